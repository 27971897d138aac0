// Reads how a PNG was filtered from its own bytes: the benchmark uses it to make its lower bound and
// ImageMagick encode each output as the studio did, the studio's tests to check which encoding it chose.
import { inflateSync } from 'node:zlib';

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** 'filtered' when any row uses a PNG filter (adaptive filtering), 'unfiltered' when every row has filter 0. */
export function pngFiltering(png) {
  const chunks = [];
  let header = null;
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), depth: data[8], colourType: data[9], interlaced: data[12] !== 0 };
    if (type === 'IDAT') chunks.push(data);
    offset += 12 + length;
  }
  if (!header || header.interlaced || !CHANNELS[header.colourType]) throw new Error('expected a non-interlaced PNG');
  const rowBytes = 1 + Math.ceil((header.width * CHANNELS[header.colourType] * header.depth) / 8);
  const rows = inflateSync(Buffer.concat(chunks));
  for (let row = 0; row < rows.length; row += rowBytes) if (rows[row] !== 0) return 'filtered';
  return 'unfiltered';
}
