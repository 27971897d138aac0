import { readFile, stat } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { UserError } from '../user-error';
import { largestScale, type FrameRequest, type Size } from './placement';
import { sourceName, type ImageSource } from './studio-options';

/** Sharp's pixel limit for every decode: a 100-megapixel image is already bigger than any camera's default. */
export const PIXEL_LIMIT = 100_000_000;
/** Files above this are refused before they are read into memory. */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;
/** Formats the studio promises to read; sharp could read more, but these are the ones tested. */
export const SOURCE_FORMATS = ['png', 'jpeg', 'webp', 'gif', 'svg', 'tiff', 'heif'] as const;
/**
 * The decode keeps this many times the detail the largest output needs, so the final resize still
 * has pixels to average (sharper than resizing once from a much larger image costs).
 */
const DETAIL_MARGIN = 2;
const SVG_BASE_DENSITY = 72;
const MAX_SVG_DENSITY = 100_000;

/** A source decoded once, oriented, in 8-bit sRGB: every output size is resized from these pixels. */
export interface DecodedImage {
  name: string;
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
  /** The source as the user sees it (after EXIF orientation; an SVG at 72 dpi). */
  original: Size & { format: string };
  /** Vector sources are rendered at the needed size, so enlarging them loses nothing. */
  vector: boolean;
}

/**
 * Read and decode a source once, at just enough resolution for `frames`.
 * Every problem is a UserError naming the file: missing, empty, too big, not an image, damaged.
 */
export async function decodeSource(source: ImageSource, fallbackName: string, frames: readonly FrameRequest[]): Promise<DecodedImage> {
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
  const original = { width, height, format };
  const vector = format === 'svg';
  if (!vector && width * height > PIXEL_LIMIT) {
    throw new UserError(
      `${name}: the image is ${width} x ${height} (${megapixels(width * height)} megapixels), over the ` +
        `${megapixels(PIXEL_LIMIT)}-megapixel limit. Scale it down (4000 px on the long side is plenty) and try again.`,
      name,
    );
  }
  const scale = Math.max(largestScale(original, frames) * DETAIL_MARGIN, Number.MIN_VALUE);
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
  // An alpha channel that is opaque everywhere only costs bytes in every output.
  if (info.channels === 4 && isOpaque(decoded.data)) {
    return { name, data: dropAlpha(decoded.data), width: info.width, height: info.height, channels: 3, original, vector };
  }
  return { name, data: decoded.data, width: info.width, height: info.height, channels: info.channels, original, vector };
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
  const pixelsAtScale = original.width * original.height * scale * scale;
  const limited = pixelsAtScale > PIXEL_LIMIT / 4 ? scale * Math.sqrt(PIXEL_LIMIT / 4 / pixelsAtScale) : scale;
  const density = Math.min(MAX_SVG_DENSITY, Math.max(1, SVG_BASE_DENSITY * limited));
  return sharp(bytes, { density, limitInputPixels: PIXEL_LIMIT, failOn: 'error' });
}

function isOpaque(rgba: Buffer): boolean {
  for (let index = 3; index < rgba.length; index += 4) {
    if (rgba[index] !== 255) return false;
  }
  return true;
}

function dropAlpha(rgba: Buffer): Buffer {
  const rgb = Buffer.allocUnsafe((rgba.length / 4) * 3);
  for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
    rgb[to] = rgba[from];
    rgb[to + 1] = rgba[from + 1];
    rgb[to + 2] = rgba[from + 2];
  }
  return rgb;
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
