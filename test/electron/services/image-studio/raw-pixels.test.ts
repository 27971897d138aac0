import { describe, expect, it } from 'vitest';
import { isOpaqueWithin, opaqueToRgbCopy, opaqueToRgbInPlace } from '../../../../electron/services/image-studio/raw-pixels';

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
  it('packs opaque pixels to RGB for every pixel count, word-aligned or not', () => {
    for (const pixels of [1, 3, 4, 5, 1023, 4096]) {
      const aligned = rgba(pixels);
      const expected = rgbOf(aligned);
      expect([...(opaqueToRgbCopy(aligned) ?? [])], `${pixels} pixels, copied`).toEqual(expected);
      expect([...(opaqueToRgbInPlace(aligned) ?? [])], `${pixels} pixels`).toEqual(expected);
      // A buffer that starts at an odd byte cannot be read as words: the byte loop gives the same result.
      const unaligned = Buffer.alloc(pixels * 4 + 1).subarray(1);
      rgba(pixels).copy(unaligned);
      expect([...(opaqueToRgbCopy(unaligned) ?? [])], `${pixels} pixels, unaligned, copied`).toEqual(expected);
      expect([...(opaqueToRgbInPlace(unaligned) ?? [])], `${pixels} pixels, unaligned`).toEqual(expected);
    }
  });

  it('sees a single pixel that is not fully opaque, wherever it is', () => {
    for (const where of [0, 500, 1000]) {
      const data = rgba(1001);
      data[where * 4 + 3] = 254;
      expect(opaqueToRgbInPlace(data), `pixel ${where}`).toBeNull();
      const unaligned = Buffer.alloc(data.length + 1).subarray(1);
      data.copy(unaligned);
      expect(opaqueToRgbInPlace(unaligned), `pixel ${where}, unaligned`).toBeNull();
      expect(unaligned.equals(data), `pixel ${where}, unaligned: untouched`).toBe(true);
    }
  });

  it('packs an opaque image to RGB in one pass, and leaves one with a see-through pixel exactly as it was', () => {
    // Several 16,384-pixel chunks and a tail that is not a multiple of 4.
    const pixels = 16_384 * 3 + 7;
    for (const offset of [0, 1]) {
      const opaque = Buffer.alloc(pixels * 4 + offset).subarray(offset);
      rgba(pixels).copy(opaque);
      const expected = rgbOf(opaque);
      // The copy leaves its source as it was (on the Linux app's build it is sharp's memory, not ours).
      const source = Buffer.from(opaque);
      const copied = opaqueToRgbCopy(opaque);
      expect(copied && [...copied], `copied, offset ${offset}`).toEqual(expected);
      expect(opaque.equals(source), `copied from, offset ${offset}: untouched`).toBe(true);
      const packed = opaqueToRgbInPlace(opaque);
      expect(packed && [...packed], `opaque, offset ${offset}`).toEqual(expected);
      // In the first chunk, after two chunks were already packed, and in the very last pixel.
      for (const where of [0, 16_384 * 2 + 100, pixels - 1]) {
        const data = Buffer.alloc(pixels * 4 + offset).subarray(offset);
        rgba(pixels).copy(data);
        data[where * 4 + 3] = 128;
        const before = Buffer.from(data);
        expect(opaqueToRgbCopy(data), `pixel ${where}, offset ${offset}, copied`).toBeNull();
        expect(opaqueToRgbInPlace(data), `pixel ${where}, offset ${offset}`).toBeNull();
        expect(data.equals(before), `pixel ${where}, offset ${offset}: untouched`).toBe(true);
      }
    }
  });

  it('sees whether the part inside a box is opaque, whatever lies around it', () => {
    const width = 40;
    const height = 30;
    const box = { left: 5, top: 4, width: 20, height: 10 };
    for (const offset of [0, 1]) {
      // Transparent everywhere but the box.
      const data = Buffer.alloc(width * height * 4 + offset).subarray(offset);
      for (let y = box.top; y < box.top + box.height; y++) {
        for (let x = box.left; x < box.left + box.width; x++) data.set([10, 20, 30, 255], (y * width + x) * 4);
      }
      const image = { data, width, height, channels: 4 as const };
      expect(isOpaqueWithin(image, box), `offset ${offset}`).toBe(true);
      expect(isOpaqueWithin(image, { ...box, width: box.width + 1 }), `one column wider, offset ${offset}`).toBe(false);
      data[((box.top + box.height - 1) * width + box.left + box.width - 1) * 4 + 3] = 254;
      expect(isOpaqueWithin(image, box), `last pixel see-through, offset ${offset}`).toBe(false);
    }
  });
});
