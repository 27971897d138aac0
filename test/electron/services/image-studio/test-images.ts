import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Real images for the studio's tests, made with sharp (and one hand-built hostile PNG). */

/** A filled circle on a transparent square: the logo that must stay round at every size. */
export function roundLogo(size = 1000, colour = '#1e88e5'): Promise<Buffer> {
  const r = size / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${r}" cy="${r}" r="${r}" fill="${colour}"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** An opaque image split in three vertical bands: green, blue, red. */
export function threeBands(width: number, height: number): Promise<Buffer> {
  const third = width / 3;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges">` +
    `<rect width="${third}" height="${height}" fill="#00ff00"/>` +
    `<rect x="${third}" width="${third}" height="${height}" fill="#0000ff"/>` +
    `<rect x="${2 * third}" width="${third}" height="${height}" fill="#ff0000"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export function solid(width: number, height: number, colour: string, channels: 3 | 4 = 3): Promise<Buffer> {
  return sharp({ create: { width, height, channels, background: colour } }).png().toBuffer();
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every pixel random: the worst case for any compressor. */
export function pureNoise(width: number, height: number, seed = 7): Promise<Buffer> {
  const random = seededRandom(seed);
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) pixels[index] = Math.floor(random() * 256);
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
}

/** A photo-like image: smooth colour gradients with sensor-like noise of +-amplitude/2, saved as JPEG. */
export function noisyPhoto(width = 2400, height = 1600, amplitude = 40, seed = 11): Promise<Buffer> {
  const random = seededRandom(seed);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3;
      const base = [(x / width) * 255, (y / height) * 255, ((x + y) / (width + height)) * 255];
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.max(0, Math.min(255, Math.round(base[channel] + (random() - 0.5) * amplitude)));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

export interface AlphaBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  /** Pixels with alpha above half. */
  coverage: number;
}

/** Bounding box of the pixels that are more than half opaque, and how many there are. */
export async function alphaBox(png: Buffer): Promise<AlphaBox & { frameWidth: number; frameHeight: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let top = info.height;
  let right = -1;
  let bottom = -1;
  let coverage = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * 4 + 3] > 127) {
        coverage++;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return {
    left,
    top,
    right,
    bottom,
    width: right - left + 1,
    height: bottom - top + 1,
    coverage,
    frameWidth: info.width,
    frameHeight: info.height,
  };
}

export async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * 4;
  return [...data.subarray(offset, offset + 4)];
}

/** The smallest alpha value in the image (255 for an image without alpha). */
export async function minimumAlpha(image: Buffer): Promise<number> {
  const { data } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let minimum = 255;
  for (let index = 3; index < data.length; index += 4) minimum = Math.min(minimum, data[index]);
  return minimum;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A decompression bomb: a valid 1-bit PNG of `side` x `side` pixels (144 megapixels by default)
 * whose zero rows compress to a few kilobytes.
 */
export function decompressionBombPng(side = 12_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(side / 8);
  const idat = deflateSync(Buffer.alloc(rowBytes * side), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
