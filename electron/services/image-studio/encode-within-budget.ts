import type { FramePipeline } from './render-frame';
import type { Background } from './studio-options';

export type ImageEncoding = 'png' | `png-palette-${number}` | `jpeg-q${number}`;

export interface EncodedImage {
  data: Buffer;
  encoding: ImageEncoding;
  /** Size of the lossless PNG when a smaller encoding had to be used. */
  losslessBytes?: number;
}

/**
 * Colour counts tried, in order, once lossless PNG is over the limit. libvips only honours the count
 * through the PNG bit depth (8, 4, 2, 1 bits), so 128 or 64 would give the very same file as 256.
 */
export const PALETTE_STEPS = [256, 16, 4, 2] as const;
/**
 * libimagequant's effort. Its best (7, sharp's default) makes smaller, cleaner palettes, so a logo
 * fits with more colours; on a slide-sized photo it costs seconds per try, and a JPEG is offered there.
 */
const BEST_PALETTE_EFFORT = 7;
const FAST_PALETTE_EFFORT = 3;
const BEST_EFFORT_MAX_PIXELS = 250_000;
export const JPEG_QUALITY_STEPS = [90, 85, 80, 75, 70, 60, 50, 40, 30, 20, 10] as const;

/** Run one encode of a frame; a failure there is the source's (an open source decodes only now). */
async function encode(frame: FramePipeline, run: (pipeline: ReturnType<FramePipeline['create']>) => Promise<Buffer>): Promise<Buffer> {
  try {
    return await run(frame.create());
  } catch (error) {
    throw frame.explain(error);
  }
}

/**
 * An unfiltered PNG at most this share of its raw pixels is flat graphics (screenshots, logos: runs of one
 * colour), where zlib's own matching does better than PNG's row filters: on the slides and logos of
 * bench/images.mjs it is 5-7 % smaller and 2-3x faster to make. Above it (gradients, photos), filtering can
 * make the file several times smaller, so the filtered one is made too and the smaller kept.
 */
export const FLAT_GRAPHICS_SHARE = 1 / 16;
/**
 * An unfiltered PNG this small is kept as it is: filtering could save a few kilobytes at most, far under
 * the 300 KB limit, and small logos (mostly edges, so above FLAT_GRAPHICS_SHARE) would pay a second encode.
 */
export const SMALL_PNG_BYTES = 16 * 1024;

/**
 * Lossless PNG at zlib level 9: unfiltered first, adaptively filtered as well when the unfiltered one is
 * neither small nor compressed like flat graphics. Both hold the very same pixels.
 */
export async function encodeLosslessPng(frame: FramePipeline): Promise<Buffer> {
  const unfiltered = await encode(frame, (pipeline) => pipeline.png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer());
  const rawBytes = frame.width * frame.height * (pngBytesPerPixel(unfiltered) ?? 4);
  if (unfiltered.length <= Math.max(SMALL_PNG_BYTES, rawBytes * FLAT_GRAPHICS_SHARE)) return unfiltered;
  const filtered = await encode(frame, (pipeline) => pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer());
  return filtered.length < unfiltered.length ? filtered : unfiltered;
}

/** Bytes per pixel of an 8-bit PNG, from its IHDR colour type (grey 1, grey+alpha 2, RGB 3, RGBA 4). */
function pngBytesPerPixel(png: Buffer): number | null {
  const IHDR_COLOUR_TYPE = 25;
  if (png.length <= IHDR_COLOUR_TYPE || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  return ({ 0: 1, 4: 2, 2: 3, 6: 4 } as Record<number, number>)[png[IHDR_COLOUR_TYPE]] ?? null;
}

export function encodePalettePng(frame: FramePipeline, colours: number): Promise<Buffer> {
  const effort = frame.width * frame.height <= BEST_EFFORT_MAX_PIXELS ? BEST_PALETTE_EFFORT : FAST_PALETTE_EFFORT;
  return encode(frame, (pipeline) => pipeline.png({ palette: true, colours, compressionLevel: 9, effort, dither: 1 }).toBuffer());
}

/** JPEG has no transparency: what is transparent is laid on the background colour, white when there is none. */
export function encodeJpeg(frame: FramePipeline, quality: number, background: Background): Promise<Buffer> {
  return encode(frame, (pipeline) =>
    pipeline
      .flatten({ background: background ?? { r: 255, g: 255, b: 255 } })
      .jpeg({ quality, optimiseCoding: true, chromaSubsampling: '4:2:0' })
      .toBuffer(),
  );
}

/** Lossless PNG (encodeLosslessPng); when over `maxBytes`, palettes with falling colour counts until it fits. */
export async function encodePngWithinBudget(frame: FramePipeline, maxBytes: number): Promise<EncodedImage> {
  const lossless = await encodeLosslessPng(frame);
  if (lossless.length <= maxBytes) return { data: lossless, encoding: 'png' };
  for (const colours of PALETTE_STEPS) {
    const data = await encodePalettePng(frame, colours);
    if (data.length <= maxBytes) {
      return { data, encoding: `png-palette-${paletteSize(data) ?? colours}`, losslessBytes: lossless.length };
    }
  }
  throw new Error(`a ${frame.width} x ${frame.height} PNG does not fit in ${maxBytes} bytes even with 2 colours`);
}

/** JPEG at quality 90, lowered step by step until it fits. */
export async function encodeJpegWithinBudget(frame: FramePipeline, maxBytes: number, background: Background): Promise<EncodedImage> {
  for (const quality of JPEG_QUALITY_STEPS) {
    const data = await encodeJpeg(frame, quality, background);
    if (data.length <= maxBytes) return { data, encoding: `jpeg-q${quality}` };
  }
  throw new Error(`a ${frame.width} x ${frame.height} JPEG does not fit in ${maxBytes} bytes even at quality 10`);
}

/** Entries in a PNG's PLTE chunk: the colours a palette image really uses (fewer than asked when it needs fewer). */
export function paletteSize(png: Buffer): number | null {
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'PLTE') return length / 3;
    if (type === 'IDAT') return null;
    offset += 12 + length;
  }
  return null;
}
