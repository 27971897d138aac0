import { describe, expect, it } from 'vitest';
import { dropAlphaInPlace, isOpaque } from '../../../../electron/services/image-studio/raw-pixels';

/** RGBA bytes with every channel different, so a byte landing in the wrong place shows. */
function rgba(pixels: number, alpha = () => 255): Buffer {
  const data = Buffer.alloc(pixels * 4);
  for (let pixel = 0; pixel < pixels; pixel++) data.set([pixel % 251, (pixel * 7) % 253, (pixel * 13) % 255, alpha()], pixel * 4);
  return data;
}

function rgbOf(data: Buffer): number[] {
  return [...data].filter((_, index) => index % 4 !== 3);
}

describe('raw pixels', () => {
  it('drops alpha in place for every pixel count, word-aligned or not', () => {
    for (const pixels of [1, 3, 4, 5, 1023, 4096]) {
      const aligned = rgba(pixels);
      const expected = rgbOf(aligned);
      expect([...dropAlphaInPlace(aligned)], `${pixels} pixels`).toEqual(expected);
      // A buffer that starts at an odd byte cannot be read as words: the byte loop gives the same result.
      const unaligned = Buffer.alloc(pixels * 4 + 1).subarray(1);
      rgba(pixels).copy(unaligned);
      expect([...dropAlphaInPlace(unaligned)], `${pixels} pixels, unaligned`).toEqual(expected);
    }
  });

  it('sees a single pixel that is not fully opaque, wherever it is', () => {
    expect(isOpaque(rgba(1001))).toBe(true);
    for (const where of [0, 500, 1000]) {
      const data = rgba(1001);
      data[where * 4 + 3] = 254;
      expect(isOpaque(data), `pixel ${where}`).toBe(false);
      const unaligned = Buffer.alloc(data.length + 1).subarray(1);
      data.copy(unaligned);
      expect(isOpaque(unaligned), `pixel ${where}, unaligned`).toBe(false);
    }
  });
});
