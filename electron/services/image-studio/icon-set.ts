import { loadSource } from './decode-source';
import { encodePngWithinBudget } from './encode-within-budget';
import { frameFrom } from './render-frame';
import { resolveFrameOptions, type ImageSource } from './studio-options';

/** Square PNGs of one source at each size: the app icon sets (png for Linux, inside .icns and .ico). */
export interface IconImage {
  size: number;
  data: Buffer;
}

/** An icon is at most this big per pixel side; flat artwork stays far below it. */
const BYTES_PER_SIDE_PIXEL = 400;

export async function makeIconSet(source: ImageSource, sizes: readonly number[]): Promise<IconImage[]> {
  const options = resolveFrameOptions({ fit: 'contain', padding: 0 }, { background: 'transparent', padding: 0 });
  const frames = sizes.map((size) => ({ width: size, height: size, ...options }));
  const image = await loadSource(source, 'icon', frames);
  return Promise.all(
    sizes.map(async (size) => {
      const encoded = await encodePngWithinBudget(frameFrom(image, { width: size, height: size }, options), Math.max(4096, size * BYTES_PER_SIDE_PIXEL));
      return { size, data: encoded.data };
    }),
  );
}

/** Windows .ico: a directory of PNG images (Vista and later read PNG entries; 256 is written as 0). */
export function icoFile(images: readonly IconImage[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(image.size >= 256 ? 0 : image.size, 0);
    entry.writeUInt8(image.size >= 256 ? 0 : image.size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** The icns element type holding a PNG of each size (Apple's "icns" format; 1x types only). */
export const ICNS_TYPES: Readonly<Record<number, string>> = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** macOS .icns: a big-endian container of (type, length, PNG) elements. */
export function icnsFile(images: readonly IconImage[]): Buffer {
  const elements = images.map((image) => {
    const type = ICNS_TYPES[image.size];
    if (!type) throw new Error(`icns has no element for ${image.size} x ${image.size}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + image.data.length, 4);
    return Buffer.concat([head, image.data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}
