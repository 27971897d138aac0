import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readImageInfo } from '../../../electron/services/reader/image-info';
import { plainPngInfo } from '../../../electron/services/reader/plain-png';

const LIMIT = 16_000_000;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function ihdr(width: number, height: number, bitDepth = 8, colorType = 2, interlace = 0): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([bitDepth, colorType, 0, 0, interlace], 8);
  return chunk('IHDR', data);
}

/** An 8-bit RGB PNG made by hand: rows of `filter` + pixels, with extra chunks placed before or after the pixels. */
function handPng(width: number, height: number, options: { filter?: number; before?: Buffer[]; after?: Buffer[]; rows?: number } = {}): Buffer {
  const rowBytes = 1 + width * 3;
  const raw = Buffer.alloc(rowBytes * (options.rows ?? height), 0x40);
  for (let row = 0; row < (options.rows ?? height); row += 1) raw[row * rowBytes] = options.filter ?? 0;
  return Buffer.concat([SIGNATURE, ihdr(width, height), ...(options.before ?? []), chunk('IDAT', deflateSync(raw)), ...(options.after ?? []), chunk('IEND', Buffer.alloc(0))]);
}

async function sharpPng(width: number, height: number, channels: 1 | 2 | 3 | 4): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * channels);
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = (index * 37) % 251;
  return sharp(pixels, { raw: { width, height, channels } }).png().toBuffer();
}

describe('plainPngInfo: a whole, ordinary PNG is read without the image library', () => {
  it('gives the size sharp gives for the PNGs image tools write: grey, grey+alpha, RGB, RGBA, 16-bit, interlaced', async () => {
    const cases = [
      await sharpPng(130, 100, 1),
      await sharpPng(84, 84, 2),
      await sharpPng(1188, 616, 3),
      await sharpPng(400, 272, 4),
      await sharp(await sharpPng(33, 17, 3)).png({ progressive: true }).toBuffer(),
      await sharp(await sharpPng(50, 9, 4)).toColourspace('rgb16').png().toBuffer(),
      handPng(3, 2, { before: [chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]))], after: [chunk('tEXt', Buffer.from('Software\0Widget Publisher', 'latin1'))] }),
    ];
    for (const bytes of cases) {
      const metadata = await sharp(bytes).metadata();
      expect(plainPngInfo(bytes, LIMIT)).toEqual({ width: metadata.width, height: metadata.height });
    }
  });

  it('leaves to sharp a PNG cut short, with a wrong checksum, with too few rows, or with data after its end', async () => {
    const good = await sharpPng(120, 80, 4);
    const badCrc = Buffer.from(good);
    badCrc[good.length - 20] ^= 0xff;
    const cases = {
      'cut short': good.subarray(0, Math.floor(good.length * 0.6)),
      'no IEND': good.subarray(0, good.length - 12),
      'a wrong checksum': badCrc,
      'too few rows': handPng(4, 4, { rows: 3 }),
      'data after IEND': Buffer.concat([good, Buffer.from('appended')]),
      'a bad row filter': handPng(4, 4, { filter: 5 }),
      'not a PNG at all': Buffer.from('GIF89a not a png'),
    };
    for (const [what, bytes] of Object.entries(cases)) expect(plainPngInfo(bytes, LIMIT), what).toBeNull();
  });

  it('leaves to sharp what it does not fully know: palettes, colour profiles, EXIF, animation, odd chunks, huge images', async () => {
    const exif = chunk('eXIf', Buffer.from('MM\0*\0\0\0\x08\0\0', 'latin1'));
    const cases = {
      'a palette': await sharp(await sharpPng(40, 40, 3)).png({ palette: true }).toBuffer(),
      EXIF: handPng(3, 3, { before: [exif] }),
      'an animation control chunk': handPng(3, 3, { before: [chunk('acTL', Buffer.alloc(8))] }),
      'an unknown chunk': handPng(3, 3, { before: [chunk('zzZz', Buffer.alloc(2))] }),
      'a colour profile': handPng(3, 3, { before: [chunk('iCCP', Buffer.from('icc\0\0xx', 'latin1'))] }),
      'two gamma chunks': handPng(3, 3, { before: [chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])), chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]))] }),
      'gamma after the pixels': handPng(3, 3, { after: [chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]))] }),
      'a malformed text keyword': handPng(3, 3, { before: [chunk('tEXt', Buffer.from(' Title\0x', 'latin1'))] }),
    };
    for (const [what, bytes] of Object.entries(cases)) expect(plainPngInfo(bytes, LIMIT), what).toBeNull();
    expect(plainPngInfo(await sharpPng(100, 100, 3), 9_999)).toBeNull();
  });
});

describe('readImageInfo with the PNG shortcut', () => {
  it('reports a whole PNG exactly as sharp does, and still finds every broken one', async () => {
    const good = await sharpPng(400, 272, 4);
    expect(await readImageInfo('images/logo_main.png', good)).toEqual({ path: 'images/logo_main.png', format: 'png', width: 400, height: 272, bytes: good.length, error: null });
    for (const broken of [good.subarray(0, good.length - 300), handPng(4, 4, { rows: 3 }), handPng(4, 4, { filter: 5 })]) {
      const info = await readImageInfo('images/logo.png', broken);
      expect(info.format).toBe('png');
      expect(info.error).not.toBeNull();
    }
  });
});
