import sharp from 'sharp';
import type { ImageInfo } from '../../../shared/model/snapshot';

/**
 * Images larger than this (in pixels) get their header read but are not decoded: decoding is how a
 * truncated file is caught, and a legitimate widget image is far smaller (a slide is 0.7 megapixels),
 * so this only bounds the memory of a decode (4000x4000 RGBA is 64 MB).
 */
export const DECODE_PIXEL_LIMIT = 16_000_000;

/** Formats whose truncation only shows when the pixels are decoded; both decode in a few milliseconds at widget sizes. */
const FULLY_DECODED = new Set(['png', 'jpeg']);

/**
 * Real format (from the content, not the name), size and decodability of one image.
 * Never throws: anything sharp cannot read becomes `error`, which image/corrupt reports.
 */
export async function readImageInfo(path: string, bytes: Uint8Array): Promise<ImageInfo> {
  const info: ImageInfo = { path, format: null, width: null, height: null, bytes: bytes.length, error: null };
  if (bytes.length === 0) return { ...info, error: 'the file is empty' };
  // 'error' rather than sharp's default 'warning': libpng warns about harmless things (an old sRGB
  // profile) that browsers and the marketplace ignore, and those must not count as corrupt.
  const options = { limitInputPixels: DECODE_PIXEL_LIMIT, failOn: 'error' as const };
  try {
    const metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    info.format = metadata.format;
    info.width = metadata.autoOrient?.width ?? metadata.width;
    info.height = metadata.pageHeight ?? metadata.autoOrient?.height ?? metadata.height;
    if (FULLY_DECODED.has(metadata.format) && metadata.width * metadata.height <= DECODE_PIXEL_LIMIT) {
      // A raw decode reads every row; sharp's stats() would do the same plus histograms, ten times slower.
      await sharp(bytes, options).raw().toBuffer();
    }
    return info;
  } catch (error) {
    const sniffed = sniffUnsupportedFormat(bytes);
    if (sniffed && info.format === null) return { ...info, ...sniffed };
    return { ...info, error: describeSharpError(error) };
  }
}

/** Formats sharp does not decode but browsers show: recognised from their header so they are not called corrupt. */
function sniffUnsupportedFormat(bytes: Uint8Array): Pick<ImageInfo, 'format' | 'width' | 'height'> | null {
  if (bytes.length >= 26 && bytes[0] === 0x42 && bytes[1] === 0x4d) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { format: 'bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/i.test(head)) return { format: 'svg', width: null, height: null };
  return null;
}

function describeSharpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) return 'the content is not an image in any format a browser shows';
  if (/premature end|truncat|read error|unexpected end/i.test(message)) return `the file is cut short or damaged (${message})`;
  return message;
}
