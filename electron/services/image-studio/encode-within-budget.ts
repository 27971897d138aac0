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

export function encodeLosslessPng(frame: FramePipeline): Promise<Buffer> {
  return encode(frame, (pipeline) => pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer());
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

/** Lossless PNG at maximum compression; when over `maxBytes`, palettes with falling colour counts until it fits. */
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
