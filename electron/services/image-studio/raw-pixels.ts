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
/**
 * Pixels checked per step: 64 KB of RGBA, so a see-through pixel stops the scan early, and a chunk's
 * packed RGB (48 KB) stays in the CPU's cache until it is copied into place.
 */
const CHUNK_PIXELS = 16_384;

/** The RGBA buffer as signed 32-bit words (alpha in the top byte), or null where words cannot be used. */
function rgbaWords(rgba: Buffer): Int32Array | null {
  return LITTLE_ENDIAN && rgba.byteOffset % 4 === 0 && rgba.length % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : null;
}

/** Every pixel of [from, to) has alpha 255: the AND of their words keeps a full top byte (signed ops only, so V8 keeps them in registers). */
function chunkIsOpaque(words: Int32Array, from: number, to: number): boolean {
  let all = -1;
  for (let index = from; index < to; index++) all &= words[index];
  return all >> 24 === -1;
}

/** Where a chunk's RGB words are gathered while its alpha is checked (reused: the function is synchronous). */
const chunkRgb = new Int32Array((CHUNK_PIXELS / 4) * 3);

/**
 * The RGB pixels of `rgba` packed in place when every pixel is opaque, in one pass over memory: each
 * chunk's pixels are read once, their alpha checked and their RGB gathered at the same time, and the
 * gathered words copied into place only when the whole chunk is opaque. Null when some pixel is not
 * opaque, with `rgba` as it was (the chunks already packed were all opaque: they are unpacked with alpha 255).
 */
export function opaqueToRgbInPlace(rgba: Buffer): Buffer | null {
  return packOpaque(rgba, rgba);
}

/** The same as opaqueToRgbInPlace into a new Buffer, with `rgba` only read (it may be memory that is not ours to change). */
export function opaqueToRgbCopy(rgba: Buffer): Buffer | null {
  return packOpaque(rgba, Buffer.allocUnsafeSlow((rgba.length / 4) * 3));
}

function packOpaque(rgba: Buffer, target: Buffer): Buffer | null {
  const words = rgbaWords(rgba);
  const inPlace = target === rgba;
  const pixels = rgba.length / 4;
  const whole = words ? pixels - (pixels % 4) : 0;
  // A new target starts at offset 0 of its own memory, so it can always be written as words.
  const targetWords = inPlace ? words : new Int32Array(target.buffer, target.byteOffset, Math.floor(target.length / 4));
  // Chunks are multiples of 4 pixels, so each packs into whole words right after the previous one.
  for (let from = 0; words && targetWords && from < whole; from += CHUNK_PIXELS) {
    const to = Math.min(whole, from + CHUNK_PIXELS);
    let all = -1;
    let gathered = 0;
    for (let read = from; read < to; read += 4, gathered += 3) {
      const p0 = words[read];
      const p1 = words[read + 1];
      const p2 = words[read + 2];
      const p3 = words[read + 3];
      all &= p0 & p1 & p2 & p3;
      chunkRgb[gathered] = (p0 & 0xffffff) | (p1 << 24);
      chunkRgb[gathered + 1] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
      chunkRgb[gathered + 2] = ((p2 >>> 16) & 0xff) | (p3 << 8);
    }
    // Signed ops only (a full alpha byte makes the word negative), so V8 keeps them in registers.
    if (all >> 24 !== -1) return notOpaque(rgba, inPlace, from);
    // The chunk is read already, so its packed words may land over it.
    targetWords.set(gathered === chunkRgb.length ? chunkRgb : chunkRgb.subarray(0, gathered), (from / 4) * 3);
  }
  // What words cannot take: a tail of fewer than 4 pixels, or a buffer that is not word-aligned.
  for (let pixel = whole; pixel < pixels; pixel++) {
    if (rgba[pixel * 4 + 3] !== 255) return notOpaque(rgba, inPlace, whole);
  }
  packBytes(rgba, target, whole, pixels);
  return target.subarray(0, pixels * 3);
}

function notOpaque(rgba: Buffer, inPlace: boolean, packed: number): null {
  if (inPlace) unpackOpaqueInPlace(rgba, packed);
  return null;
}

function packBytes(rgba: Buffer, target: Buffer, from: number, to: number): void {
  for (let pixel = from; pixel < to; pixel++) {
    target[pixel * 3] = rgba[pixel * 4];
    target[pixel * 3 + 1] = rgba[pixel * 4 + 1];
    target[pixel * 3 + 2] = rgba[pixel * 4 + 2];
  }
}

/** Undoes the packing of the first `pixels` pixels (all opaque), from the last back, so no byte is overwritten before it is read. */
function unpackOpaqueInPlace(rgba: Buffer, pixels: number): void {
  for (let pixel = pixels - 1; pixel >= 0; pixel--) {
    rgba[pixel * 4 + 3] = 255;
    rgba[pixel * 4 + 2] = rgba[pixel * 3 + 2];
    rgba[pixel * 4 + 1] = rgba[pixel * 3 + 1];
    rgba[pixel * 4] = rgba[pixel * 3];
  }
}

/** A rectangle of an image, in its pixels. */
export type Box = Size & { left: number; top: number };

/** Whether every pixel of an RGBA image inside `box` is opaque; a see-through one in the first rows stops it early. */
export function isOpaqueWithin(rgba: Raw, box: Box): boolean {
  const words = rgbaWords(rgba.data);
  for (let y = box.top; y < box.top + box.height; y++) {
    const first = y * rgba.width + box.left;
    if (words) {
      if (!chunkIsOpaque(words, first, first + box.width)) return false;
      continue;
    }
    for (let pixel = first; pixel < first + box.width; pixel++) {
      if (rgba.data[pixel * 4 + 3] !== 255) return false;
    }
  }
  return true;
}

/** The smallest box holding every pixel that is not fully transparent; null when there is none. */
export function visibleBox(rgba: Raw): Box | null {
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

export function crop(raw: Raw, box: Box): Raw {
  const { channels } = raw;
  const data = Buffer.allocUnsafe(box.width * box.height * channels);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.top + y) * raw.width + box.left) * channels;
    raw.data.copy(data, y * box.width * channels, from, from + box.width * channels);
  }
  return { data, width: box.width, height: box.height, channels };
}
