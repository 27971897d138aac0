import type { ImageInfo } from '../../../shared/model/snapshot';
import { IMAGE_LIMITS } from '../../../shared/platform/limits';
import { plainPngInfo } from './plain-png';

/**
 * Images larger than this (in pixels) get their header read but are not decoded: decoding is how a
 * truncated file is caught, and a legitimate widget image is far smaller (a slide is 0.7 megapixels),
 * so this only bounds the memory of a decode (4000x4000 RGBA is 64 MB).
 */
export const DECODE_PIXEL_LIMIT = IMAGE_LIMITS.checkDecodePixels;

/** Formats whose truncation only shows when the pixels are decoded; both decode in a few milliseconds at widget sizes. */
const FULLY_DECODED = new Set(['png', 'jpeg']);

/**
 * Real format (from the content, not the name), size and decodability of one image.
 * Never throws: anything sharp cannot read becomes `error`, which image/corrupt reports.
 */
export async function readImageInfo(path: string, bytes: Uint8Array): Promise<ImageInfo> {
  const info: ImageInfo = { path, format: null, width: null, height: null, bytes: bytes.length, error: null };
  if (bytes.length === 0) return { ...info, error: 'the file is empty' };
  // A whole, ordinary PNG needs no image library: sharp is loaded only for the images that do.
  const png = plainPngInfo(bytes, DECODE_PIXEL_LIMIT);
  if (png) return { ...info, format: 'png', width: png.width, height: png.height };
  // 'error' rather than sharp's default 'warning': libpng warns about harmless things (an old sRGB
  // profile) that browsers and the marketplace ignore, and those must not count as corrupt.
  const options = { limitInputPixels: DECODE_PIXEL_LIMIT, failOn: 'error' as const };
  try {
    const { default: sharp } = await import('sharp');
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
    const sniffed = sniffBmp(bytes);
    if (sniffed && info.format === null) return { ...info, ...sniffed };
    return { ...info, error: describeFailure(error, bytes) };
  }
}

/** BMP: browsers show it, sharp does not decode it; recognised from its header so it is not called corrupt. */
function sniffBmp(bytes: Uint8Array): Pick<ImageInfo, 'format' | 'width' | 'height'> | null {
  if (bytes.length >= 26 && bytes[0] === 0x42 && bytes[1] === 0x4d) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { format: 'bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  }
  return null;
}

const CUT_SHORT = 'the file is cut short or damaged';
const NOT_AN_IMAGE = 'the content is not an image in any format a browser shows';

/**
 * Why a decode failed, decided from the file's own bytes first. libvips keeps one error buffer for the
 * whole process: when several images fail at once, sharp may report another file's message, or
 * "Unknown error" after another failure cleared it. The bytes say the same thing every time.
 */
function describeFailure(error: unknown, bytes: Uint8Array): string {
  const message = (error instanceof Error ? error.message : String(error)).trim();
  const kind = imageKind(bytes);
  if (kind === null) return NOT_AN_IMAGE;
  if (kind === 'svg') return `the SVG cannot be read (${message || 'not well-formed XML'}); browsers show it broken or not at all`;
  if (endsEarly(kind, bytes) || /premature end|truncat|read error|unexpected end/i.test(message)) return `${CUT_SHORT} (${message})`;
  return message === '' || /^unknown error$/i.test(message) || /unsupported image format/i.test(message) ? `${CUT_SHORT} (its data does not decode)` : message;
}

type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'heif' | 'svg';

function imageKind(bytes: Uint8Array): ImageKind | null {
  const at = (offset: number, ...values: number[]) => values.every((value, index) => bytes[offset + index] === value);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (at(4, 0x66, 0x74, 0x79, 0x70)) return 'heif';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/** PNG without its IEND chunk, JPEG without its end marker, GIF without its trailer: cut short. */
function endsEarly(kind: ImageKind, bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 16));
  if (kind === 'png') return !new TextDecoder('latin1').decode(tail).includes('IEND');
  if (kind === 'jpeg') return !(bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9);
  if (kind === 'gif') return bytes[bytes.length - 1] !== 0x3b;
  return false;
}
