import { readFile, stat } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { UserError } from '../user-error';
import { describeNonFile } from '../atomic-write';
import { largestScale, type FrameRequest, type Size } from './placement';
import { sourceName, type ImageSource, type Rgb } from './studio-options';
import { crop, isOpaqueWithin, opaqueToRgbCopy, opaqueToRgbInPlace, visibleBox, type Box, type Raw } from './raw-pixels';
import { clearUniformBackground, uniformBorderColour } from './uniform-background';

/** Sharp's pixel limit for every decode: a 100-megapixel image is already bigger than any camera's default. */
export const PIXEL_LIMIT = 100_000_000;
/** Files above this are refused before they are read into memory. */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;
/** Formats the studio promises to read; sharp could read more, but these are the ones tested. */
export const SOURCE_FORMATS = ['png', 'jpeg', 'webp', 'gif', 'svg', 'tiff', 'heif'] as const;
/**
 * The decode keeps this many times the detail the largest output needs: the final resize still averages
 * several source pixels per output pixel, and decoding more would cost time for no visible gain.
 */
const DETAIL_MARGIN = 2;
const SVG_BASE_DENSITY = 72;
/** Detail kept when decoding a source whose transparent margins will be trimmed (2000 x 2000). */
const TRIM_DECODE_PIXELS = 4_000_000;
/**
 * A one-frame source with an alpha channel up to this size is decoded into memory first, so an opaque one
 * (most screenshots are saved as RGBA) loses its alpha there: resizing three channels skips libvips'
 * alpha premultiplication and flattening, which cost as much as the resize. Larger ones stream as before.
 */
const IN_MEMORY_ALPHA_PIXELS = 4_000_000;
const MAX_SVG_DENSITY = 100_000;

/**
 * A source ready to be resized: oriented, in 8-bit sRGB. `pipeline()` gives a fresh sharp pipeline of
 * it each time, so one output can be encoded more than once (palette retries) without reading the file again.
 */
export interface SourceImage {
  name: string;
  /** Size of the pixels `pipeline()` yields. */
  width: number;
  height: number;
  hasAlpha: boolean;
  /** The source as the user sees it (after EXIF orientation; an SVG at 72 dpi). */
  original: Size & { format: string };
  /** The part of `original` that is used, in its pixels: all of it, or less its transparent margins when trimmed. */
  content: Size;
  trimmed: boolean;
  /** Vector sources are rendered at the needed size, so enlarging them loses nothing. */
  vector: boolean;
  /** The colour of a uniform opaque border around the image (a logo on a solid background), when it was decoded. */
  uniformBackground: Rgb | null;
  /** That background was made transparent (`clearBackground`). */
  backgroundCleared: boolean;
  pipeline(): Sharp;
  /** Turn a failure of `pipeline()` into a message about the file (an open source decodes lazily). */
  explain(error: unknown): Error;
}

interface CheckedSource {
  name: string;
  bytes: Buffer;
  original: Size & { format: string };
  vector: boolean;
  hasAlpha: boolean;
}

/**
 * Load a source for `frames`. With several frames it is decoded once into memory, at just enough
 * resolution for the largest, and every frame is resized from those pixels. With one frame the decode
 * is left to that frame's own pipeline, so libvips streams it (JPEG shrink-on-load included) in one pass,
 * unless it has an alpha channel (see IN_MEMORY_ALPHA_PIXELS).
 * Every problem is a UserError naming the file: missing, empty, too big, not an image, damaged.
 */
export async function loadSource(
  source: ImageSource,
  fallbackName: string,
  frames: readonly FrameRequest[],
  options: { trim?: boolean; clearBackground?: boolean } = {},
): Promise<SourceImage> {
  const checked = await checkSource(source, fallbackName);
  const scale = Math.max(largestScale(checked.original, frames) * DETAIL_MARGIN, Number.MIN_VALUE);
  const clear = options.clearBackground === true;
  if ((options.trim && checked.hasAlpha) || clear) {
    // The margins' size is only known once decoded: keep enough detail for a logo that fills a fraction of its canvas.
    const { width, height } = checked.original;
    const detail = Math.sqrt(TRIM_DECODE_PIXELS / (width * height));
    const decodeScale = Math.max(scale, checked.vector ? detail : Math.min(1, detail));
    return decodeOnce(checked, { scale: decodeScale, trim: options.trim === true, clearBackground: clear, findBackground: true, frames });
  }
  if (frames.length > 1) return decodeOnce(checked, { scale, trim: false, clearBackground: false, findBackground: true });
  const { width, height } = checked.original;
  if (checked.hasAlpha && !checked.vector && width * height <= IN_MEMORY_ALPHA_PIXELS) {
    // Full detail, as the streamed pipeline would resize it: the same pixels, only without the alpha work.
    return decodeOnce(checked, { scale: 1, trim: false, clearBackground: false, findBackground: false });
  }
  return openSource(checked, scale);
}

async function checkSource(source: ImageSource, fallbackName: string): Promise<CheckedSource> {
  const name = sourceName(source, fallbackName);
  const bytes = await readSourceBytes(source, name);
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw decodeError(name, error);
    });
  const format = metadata.format ?? 'unknown';
  if (!(SOURCE_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`${name}: ${format.toUpperCase()} images are not supported. Save it as PNG, JPEG, WebP, GIF, SVG or TIFF.`, name);
  }
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) throw new UserError(`${name}: the image has no width or height; export it again from your editor.`, name);
  const vector = format === 'svg';
  if (vector && !canDrawSvgText() && hasSvgText(bytes)) {
    throw new UserError(
      `${name}: the SVG has text, and this build of the app draws SVG without fonts (on Linux it uses the ` +
        'WebAssembly image engine), so the letters would be missing. Convert the text to outlines (paths) in your editor, or use a PNG.',
      name,
    );
  }
  if (!vector && width * height > PIXEL_LIMIT) {
    throw new UserError(
      `${name}: the image is ${width} x ${height} (${megapixels(width * height)} megapixels), over the ` +
        `${megapixels(PIXEL_LIMIT)}-megapixel limit. Scale it down (4000 px on the long side is plenty) and try again.`,
      name,
    );
  }
  return { name, bytes, original: { width, height, format }, vector, hasAlpha: metadata.hasAlpha === true };
}

/** One frame: the file is decoded inside that frame's pipeline. */
function openSource(checked: CheckedSource, scale: number): SourceImage {
  const { name, bytes, original, vector, hasAlpha } = checked;
  const density = vector ? svgDensity(original, scale) : undefined;
  const factor = density ? density / SVG_BASE_DENSITY : 1;
  return {
    name,
    width: Math.max(1, Math.round(original.width * factor)),
    height: Math.max(1, Math.round(original.height * factor)),
    hasAlpha,
    original,
    content: original,
    trimmed: false,
    vector,
    uniformBackground: null,
    backgroundCleared: false,
    pipeline: () =>
      sharp(bytes, { autoOrient: true, limitInputPixels: PIXEL_LIMIT, failOn: 'error', ...(density ? { density } : {}) }).toColourspace('srgb'),
    explain: (error) => (error instanceof UserError ? error : decodeError(name, error, original)),
  };
}

interface DecodeOptions {
  scale: number;
  trim: boolean;
  clearBackground: boolean;
  /** Look for a uniform background (only logos report it). */
  findBackground: boolean;
  /** After trimming, reduce the pixels to the detail these frames need (DETAIL_MARGIN). */
  frames?: readonly FrameRequest[];
}

/**
 * Decode once into raw pixels (several frames, trimming, or one frame of an RGBA source), shrunk while
 * decoding to `scale`; an alpha channel that is opaque everywhere is dropped.
 */
async function decodeOnce(checked: CheckedSource, options: DecodeOptions): Promise<SourceImage> {
  const { name, bytes, original, vector } = checked;
  const { scale, trim, clearBackground } = options;
  const pipeline = vector ? svgPipeline(bytes, original, scale) : rasterPipeline(bytes, original, scale);
  const decoded = await pipeline
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw decodeError(name, error, original);
    });
  const { info } = decoded;
  if (info.channels !== 3 && info.channels !== 4) {
    throw new UserError(`${name}: the image has ${info.channels} colour channels; save it as an RGB or RGBA image.`, name);
  }
  let pixels: Raw = { data: decoded.data, width: info.width, height: info.height, channels: info.channels };
  const uniformBackground = options.findBackground ? uniformBorderColour(pixels) : null;
  if (clearBackground && uniformBackground) pixels = clearUniformBackground(pixels, uniformBackground);
  let content: Size = original;
  // The visible part of a trimmed source, when it is smaller than the decoded image.
  let visible: Box | null = null;
  if (trim && pixels.channels === 4) {
    const box = visibleBox(pixels);
    if (!box) throw new UserError(`${name}: the image is fully transparent; there is no logo in it.`, name);
    if (box.width !== pixels.width || box.height !== pixels.height) {
      content = { width: (original.width * box.width) / pixels.width, height: (original.height * box.height) / pixels.height };
      visible = box;
    }
  }
  const detail = options.frames ? neededDetail(visible ?? pixels, options.frames) : null;
  // A see-through logo that is shrunk next is cut out by that same resize, without copying it first.
  if (visible && (!detail || isOpaqueWithin(pixels, visible))) {
    pixels = crop(pixels, visible);
    visible = null;
  }
  // An alpha channel that is opaque everywhere only costs bytes in every output, and time in every resize.
  // Pixels still in the WebAssembly heap are packed into a Buffer of their own (see ownedPixels).
  const toRgb = isHeapView(pixels.data) ? opaqueToRgbCopy : opaqueToRgbInPlace;
  const rgb = pixels.channels === 4 && !visible ? toRgb(pixels.data) : null;
  if (rgb) pixels = { ...pixels, data: rgb, channels: 3 };
  pixels = { ...pixels, data: ownedPixels(pixels.data) };
  if (detail) pixels = await shrinkTo(pixels, visible, detail);
  const { data, width, height, channels } = pixels;
  return {
    name,
    width,
    height,
    hasAlpha: channels === 4,
    original,
    content,
    trimmed: content !== original,
    vector,
    uniformBackground,
    backgroundCleared: clearBackground && uniformBackground !== null,
    pipeline: () => sharp(data, { raw: { width, height, channels } }),
    explain: (error) => error as Error,
  };
}

/**
 * A trimmed source was decoded at full detail (its margins were unknown); once trimmed, it is shrunk once
 * to DETAIL_MARGIN times what the largest frame needs, as an untrimmed one is shrunk while decoding. Each
 * frame then resizes a few hundred thousand pixels instead of millions (with alpha, every resize of a
 * big source premultiplies all of it again). Null when no shrinking is needed.
 */
function neededDetail(source: Size, frames: readonly FrameRequest[]): Size | null {
  const scale = largestScale(source, frames) * DETAIL_MARGIN;
  if (scale >= 1) return null;
  return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
}

/** `pixels` (only its `visible` part, when given) resized to `size`. */
async function shrinkTo(pixels: Raw, visible: Box | null, size: Size): Promise<Raw> {
  let pipeline = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  if (visible) pipeline = pipeline.extract(visible);
  const data = ownedPixels(await pipeline.resize(size.width, size.height, { fit: 'fill' }).raw().toBuffer());
  return { data, width: size.width, height: size.height, channels: pixels.channels };
}

/** A view of the WebAssembly heap, as sharp's WebAssembly build (the Linux app's) returns pixels. */
function isHeapView(data: Buffer): boolean {
  return data.buffer instanceof SharedArrayBuffer;
}

/**
 * Pixels that can be handed back to sharp again and again. The WebAssembly build takes a view of its heap
 * back without a copy only while the heap has not grown since; once it has (other images decode at the
 * same time), it copies the whole old heap, tens of megabytes, each time the pixels are used: making a set
 * took twice the memory. A copy of just these pixels is copied alone. Native sharp's Buffers are used as they are.
 */
function ownedPixels(data: Buffer): Buffer {
  if (!isHeapView(data)) return data;
  const owned = Buffer.allocUnsafeSlow(data.length);
  owned.set(data);
  return owned;
}

/**
 * Native libvips draws SVG with librsvg and the system fonts; sharp's WebAssembly build (the Linux
 * desktop app's) uses resvg with no fonts at all, so <text> would vanish without a word.
 */
export function canDrawSvgText(): boolean {
  return sharp.versions.rsvg !== undefined;
}

function hasSvgText(bytes: Buffer): boolean {
  return /<(?:[\w-]+:)?text[\s>/]/.test(bytes.toString('utf8'));
}

/** Sources are always read into memory first: an SVG given as bytes cannot pull in files next to it. */
async function readSourceBytes(source: ImageSource, name: string): Promise<Buffer> {
  const path = typeof source === 'string' ? source : 'path' in source ? source.path : null;
  if (path === null) {
    const data = Buffer.isBuffer(source) ? source : (source as { data: Buffer }).data;
    if (data.length === 0) throw new UserError(`${name}: the image is empty (0 bytes).`, name);
    if (data.length > MAX_SOURCE_BYTES) throw tooLarge(name, data.length);
    return data;
  }
  const info = await stat(path).catch(() => null);
  if (!info) throw new UserError(`${name}: no such file. Check the path of the image.`, name);
  if (info.isDirectory()) throw new UserError(`${name} is a folder; give the path of an image file.`, name);
  // A device or pipe reports size 0; "the file is empty" would send the user looking in the wrong place.
  if (!info.isFile()) throw new UserError(`${name} is ${describeNonFile(info)}, not an image file; give the path of an image file.`, name);
  if (info.size === 0) throw new UserError(`${name}: the file is empty (0 bytes).`, name);
  if (info.size > MAX_SOURCE_BYTES) throw tooLarge(name, info.size);
  return readFile(path).catch((error: unknown) => {
    throw new UserError(`${name}: could not read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, name);
  });
}

function rasterPipeline(bytes: Buffer, original: Size, scale: number): Sharp {
  const pipeline = sharp(bytes, { autoOrient: true, limitInputPixels: PIXEL_LIMIT, failOn: 'error' });
  if (scale >= 1) return pipeline;
  return pipeline.resize(
    Math.max(1, Math.round(original.width * scale)),
    Math.max(1, Math.round(original.height * scale)),
    { fit: 'fill' },
  );
}

/** An SVG is rendered straight at the resolution the outputs need (an icon with a 24 px viewBox too). */
function svgPipeline(bytes: Buffer, original: Size, scale: number): Sharp {
  return sharp(bytes, { density: svgDensity(original, scale), limitInputPixels: PIXEL_LIMIT, failOn: 'error' });
}

function svgDensity(original: Size, scale: number): number {
  const pixelsAtScale = original.width * original.height * scale * scale;
  const limited = pixelsAtScale > PIXEL_LIMIT / 4 ? scale * Math.sqrt(PIXEL_LIMIT / 4 / pixelsAtScale) : scale;
  return Math.min(MAX_SVG_DENSITY, Math.max(1, SVG_BASE_DENSITY * limited));
}

function tooLarge(name: string, bytes: number): UserError {
  return new UserError(
    `${name}: the file is ${Math.round(bytes / 1024 / 1024)} MB, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for a source image.`,
    name,
  );
}

function megapixels(pixels: number): string {
  return String(Math.round(pixels / 1_000_000));
}

/** Sharp's messages are for programmers; say what is wrong with the file and what to do. */
export function decodeError(name: string, error: unknown, size?: Size): UserError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) {
    return new UserError(
      `${name}: not an image that can be read. Use a PNG, JPEG, WebP, GIF, SVG or TIFF file (a renamed file of another kind does not work).`,
      name,
    );
  }
  if (/empty/i.test(message)) return new UserError(`${name}: the image is empty (0 bytes).`, name);
  if (/pixel limit/i.test(message)) {
    const dimensions = size ? ` (${size.width} x ${size.height})` : '';
    return new UserError(`${name}: the image is too large to decode safely${dimensions}. Scale it down and try again.`, name);
  }
  return new UserError(
    `${name}: the image is damaged or cut short and cannot be decoded (${message.trim()}). Export it again from your editor.`,
    name,
  );
}
