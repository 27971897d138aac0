/**
 * Scans and copies over decoded 8-bit pixels in memory. They run on whole screenshots (2 megapixels and
 * more), so the hot loops read 32-bit words: one RGBA pixel per read instead of four byte reads.
 */
import { endianness } from 'node:os';
import type { Size } from './placement';

export interface Raw extends Size {
  data: Buffer;
  channels: 3 | 4;
}

/** Word reads put R in the low byte only on little-endian machines (every platform the app ships for). */
const LITTLE_ENDIAN = endianness() === 'LE';
const OPAQUE_WORD = 0xff000000;

function rgbaWords(rgba: Buffer): Uint32Array | null {
  return LITTLE_ENDIAN && rgba.byteOffset % 4 === 0 && rgba.length % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : null;
}

export function isOpaque(rgba: Buffer): boolean {
  const words = rgbaWords(rgba);
  if (words) {
    for (let index = 0; index < words.length; index++) {
      if (words[index] < OPAQUE_WORD) return false;
    }
    return true;
  }
  for (let index = 3; index < rgba.length; index += 4) {
    if (rgba[index] !== 255) return false;
  }
  return true;
}

/**
 * RGB pixels of an RGBA buffer, packed in place (the buffer is reused: 25 % less memory than a copy,
 * which counts with nine screenshots decoded at once). `rgba` must not be used afterwards.
 */
export function dropAlphaInPlace(rgba: Buffer): Buffer {
  const pixels = rgba.length / 4;
  const words = rgbaWords(rgba);
  let done = 0;
  if (words) {
    // Four RGBA words become three RGB words; every write lands at or before bytes already read.
    for (let from = 0, to = 0; from + 4 <= pixels; from += 4, to += 3) {
      const p0 = words[from];
      const p1 = words[from + 1];
      const p2 = words[from + 2];
      const p3 = words[from + 3];
      words[to] = (p0 & 0xffffff) | (p1 << 24);
      words[to + 1] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
      words[to + 2] = ((p2 >>> 16) & 0xff) | (p3 << 8);
    }
    done = pixels - (pixels % 4);
  }
  for (let pixel = done; pixel < pixels; pixel++) {
    rgba[pixel * 3] = rgba[pixel * 4];
    rgba[pixel * 3 + 1] = rgba[pixel * 4 + 1];
    rgba[pixel * 3 + 2] = rgba[pixel * 4 + 2];
  }
  return rgba.subarray(0, pixels * 3);
}

/** The smallest box holding every pixel that is not fully transparent; null when there is none. */
export function visibleBox(rgba: Raw): (Size & { left: number; top: number }) | null {
  let left = rgba.width;
  let right = -1;
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < rgba.height; y++) {
    const row = y * rgba.width * 4;
    let first = -1;
    for (let x = 0; x < rgba.width; x++) {
      if (rgba.data[row + x * 4 + 3] !== 0) {
        first = x;
        break;
      }
    }
    if (first < 0) continue;
    let last = first;
    for (let x = rgba.width - 1; x > first; x--) {
      if (rgba.data[row + x * 4 + 3] !== 0) {
        last = x;
        break;
      }
    }
    if (top < 0) top = y;
    bottom = y;
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  return top < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

export function crop(raw: Raw, box: Size & { left: number; top: number }): Raw {
  const { channels } = raw;
  const data = Buffer.allocUnsafe(box.width * box.height * channels);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.top + y) * raw.width + box.left) * channels;
    raw.data.copy(data, y * box.width * channels, from, from + box.width * channels);
  }
  return { data, width: box.width, height: box.height, channels };
}
