import { crc32, inflateSync } from 'node:zlib';

/**
 * A whole, ordinary PNG is told from its own bytes, without the image library: loading sharp takes longer
 * than checking a small widget, and a widget's logos and slides are nearly always such PNGs. "Whole" means
 * what decoding it would prove: every chunk's CRC is right, the pixel data inflates to exactly the size
 * its header promises, and every row starts with a valid filter. Anything unusual (palette images, colour
 * profiles, EXIF, animation, data after the end, any error) is left to sharp, which also words the error.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bit depths each colour type allows (PNG spec, IHDR); palette images (type 3) go to sharp. */
const BIT_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 4: [8, 16], 6: [8, 16] };
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
/** Adam7: where each of the seven passes starts and how far it steps, as [x0, y0, dx, dy]. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
const MAX_FILTER = 4;
const MAX_UINT31 = 0x7fffffff;

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/**
 * Ancillary chunks that change nothing about size or decodability, each with the shape the PNG spec gives
 * it. Any other chunk, or one of these malformed, sends the file to sharp.
 */
const PLAIN_ANCILLARY: Record<string, (data: Uint8Array, header: Header) => boolean> = {
  gAMA: (data) => data.length === 4 && uint32(data, 0) !== 0 && uint32(data, 0) <= MAX_UINT31,
  cHRM: (data) => data.length === 32 && Array.from({ length: 8 }, (_, index) => uint32(data, index * 4)).every((value) => value <= MAX_UINT31),
  sRGB: (data) => data.length === 1 && data[0] <= 3,
  sBIT: (data, header) => data.length === CHANNELS[header.colorType] && data.every((bits) => bits >= 1 && bits <= header.bitDepth),
  bKGD: (data, header) => samplesFit(data, header, header.colorType === 0 || header.colorType === 4 ? 1 : 3),
  tRNS: (data, header) => (header.colorType === 0 || header.colorType === 2) && samplesFit(data, header, header.colorType === 0 ? 1 : 3),
  pHYs: (data) => data.length === 9 && uint32(data, 0) <= MAX_UINT31 && uint32(data, 4) <= MAX_UINT31 && data[8] <= 1,
  tIME: (data) => data.length === 7 && data[2] >= 1 && data[2] <= 12 && data[3] >= 1 && data[3] <= 31 && data[4] <= 23 && data[5] <= 59 && data[6] <= 60,
  tEXt: plainText,
};
/** The only ancillary chunks the spec lets come after the pixel data. */
const AFTER_PIXELS = new Set(['tIME', 'tEXt']);
/** The only ones that may appear more than once. */
const REPEATABLE = new Set(['tEXt']);

export interface PlainPng {
  width: number;
  height: number;
}

/** Width and height of a whole, ordinary PNG of at most `maxPixels`; null for anything else (sharp decides). */
export function plainPngInfo(bytes: Uint8Array, maxPixels: number): PlainPng | null {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((value, index) => bytes[index] !== value)) return null;
  const idat: Uint8Array[] = [];
  const seen = new Set<string>();
  let header: Header | null = null;
  let offset = SIGNATURE.length;
  for (;;) {
    if (offset + 12 > bytes.length) return null;
    const length = uint32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const end = offset + 12 + length;
    if (length > MAX_UINT31 || end > bytes.length || crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== uint32(bytes, end - 4)) return null;
    offset = end;
    if (header === null) {
      header = type === 'IHDR' && length === 13 ? readHeader(data) : null;
      if (header === null || header.width * header.height > maxPixels) return null;
      continue;
    }
    if (type === 'IEND') break;
    if (type === 'IDAT') {
      // The pixel data is one unbroken run of IDAT chunks.
      if (idat.length > 0 && seen.has('after-IDAT')) return null;
      idat.push(data);
      continue;
    }
    if (idat.length > 0) seen.add('after-IDAT');
    const plain = PLAIN_ANCILLARY[type];
    if (!plain?.(data, header) || (seen.has(type) && !REPEATABLE.has(type)) || (idat.length > 0 && !AFTER_PIXELS.has(type))) return null;
    seen.add(type);
  }
  // Nothing may follow IEND: such a file is not what it seems, and sharp words it.
  if (idat.length === 0 || offset !== bytes.length) return null;
  return wholePixelData(idat, header) ? { width: header.width, height: header.height } : null;
}

function uint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
}

function readHeader(data: Uint8Array): Header | null {
  const width = uint32(data, 0);
  const height = uint32(data, 4);
  const [bitDepth, colorType, compression, filter, interlace] = data.subarray(8, 13);
  if (width === 0 || height === 0 || width > MAX_UINT31 || height > MAX_UINT31) return null;
  if (!BIT_DEPTHS[colorType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || interlace > 1) return null;
  return { width, height, bitDepth, colorType, interlaced: interlace === 1 };
}

/** `count` 16-bit samples, each within the image's bit depth (bKGD, tRNS). */
function samplesFit(data: Uint8Array, header: Header, count: number): boolean {
  if (data.length !== count * 2) return false;
  for (let index = 0; index < count; index += 1) {
    if (((data[index * 2] << 8) | data[index * 2 + 1]) >= 2 ** header.bitDepth) return false;
  }
  return true;
}

/** tEXt: a Latin-1 keyword of 1-79 printable characters without outer or double spaces, a zero byte, Latin-1 text. */
function plainText(data: Uint8Array): boolean {
  const separator = data.indexOf(0);
  if (separator < 1 || separator > 79) return false;
  const keyword = data.subarray(0, separator);
  const printable = (byte: number) => (byte >= 32 && byte <= 126) || byte >= 161;
  if (!keyword.every(printable) || keyword[0] === 32 || keyword[separator - 1] === 32) return false;
  if (keyword.some((byte, index) => byte === 32 && keyword[index + 1] === 32)) return false;
  return data.subarray(separator + 1).every((byte) => byte === 10 || printable(byte));
}

/** The rows of each pass (one pass unless interlaced) as [row count, bytes per row without its filter byte]. */
function passes(header: Header): Array<[number, number]> {
  const bitsPerPixel = CHANNELS[header.colorType] * header.bitDepth;
  const rowBytes = (columns: number) => Math.ceil((columns * bitsPerPixel) / 8);
  if (!header.interlaced) return [[header.height, rowBytes(header.width)]];
  return ADAM7.map(([x0, y0, dx, dy]): [number, number] => {
    const columns = Math.ceil(Math.max(0, header.width - x0) / dx);
    const rows = Math.ceil(Math.max(0, header.height - y0) / dy);
    return columns === 0 ? [0, 0] : [rows, rowBytes(columns)];
  });
}

/** The IDAT stream inflates completely, to exactly the promised size, with a valid filter byte on every row. */
function wholePixelData(idat: Uint8Array[], header: Header): boolean {
  const layout = passes(header);
  const expected = layout.reduce((sum, [rows, bytes]) => sum + rows * (bytes + 1), 0);
  const stream = Buffer.concat(idat);
  let inflated: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    // `info` gives the engine, whose bytesWritten is how much input the stream used.
    inflated = inflateSync(stream, { info: true, maxOutputLength: expected + 1 }) as unknown as typeof inflated;
  } catch {
    return false;
  }
  // The zlib stream must end exactly where the data does, and hold neither less nor more than the rows.
  if (inflated.engine.bytesWritten !== stream.length || inflated.buffer.length !== expected) return false;
  let at = 0;
  for (const [rows, bytes] of layout) {
    for (let row = 0; row < rows; row += 1) {
      if (inflated.buffer[at] > MAX_FILTER) return false;
      at += bytes + 1;
    }
  }
  return true;
}
