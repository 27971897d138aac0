import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeLogoSet } from '../../../../electron/services/image-studio';
import { PLATFORM_PROFILES, requiredBrandingImages } from '../../../../shared/platform/profiles';
import { alphaBox, minimumAlpha, noisyPhoto, pixelAt, pureNoise, roundLogo, solid, threeBands } from './test-images';

const profile = PLATFORM_PROFILES.amocrm;
const MAX_BYTES = profile.images.maxBytes;

let round: Buffer;
beforeAll(async () => {
  round = await roundLogo();
});

describe('makeLogoSet: sizes from the platform profile', () => {
  it('makes every required branding image at its exact size, as PNG, within the byte limit', async () => {
    const { files } = await makeLogoSet(round);
    const expected = requiredBrandingImages(profile, []);
    expect(files.map((file) => file.file)).toEqual(expected.map((spec) => spec.file));
    for (const [index, file] of files.entries()) {
      const metadata = await sharp(file.data).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', expected[index].width, expected[index].height]);
      expect([file.width, file.height]).toEqual([expected[index].width, expected[index].height]);
      expect(file.bytes).toBe(file.data.length);
      expect(file.bytes).toBeLessThanOrEqual(MAX_BYTES);
      expect(file.encoding).toBe('png');
    }
  });

  it('adds logo_dp.png (174 x 109) only with dp or the digital_pipeline location', async () => {
    const plain = await makeLogoSet(round);
    expect(plain.files.some((file) => file.file === 'logo_dp.png')).toBe(false);
    for (const options of [{ dp: true }, { areas: ['digital_pipeline', 'lcard-1'] }]) {
      const { files } = await makeLogoSet(round, options);
      const dp = files.find((file) => file.file === 'logo_dp.png');
      expect(dp && [dp.width, dp.height]).toEqual([174, 109]);
    }
  });

  it('follows the Kommo profile too', async () => {
    const { files } = await makeLogoSet(round, { platform: 'kommo' });
    expect(files.map((file) => `${file.file} ${file.width}x${file.height}`)).toEqual(
      requiredBrandingImages(PLATFORM_PROFILES.kommo, []).map((spec) => `${spec.file} ${spec.width}x${spec.height}`),
    );
  });
});

describe('makeLogoSet: contain never stretches', () => {
  it('keeps a round logo on transparency round and centred in every size', async () => {
    const { files } = await makeLogoSet(round, { dp: true, padding: 0 });
    for (const file of files) {
      const box = await alphaBox(file.data);
      const side = Math.min(file.width, file.height);
      // Whole logo, as large as the frame allows (padding 0): its diameter is the shorter side.
      expect(box.height, file.file).toBeGreaterThanOrEqual(side - 2);
      expect(Math.abs(box.width - box.height), file.file).toBeLessThanOrEqual(1);
      // Centred: equal empty space left and right, top and bottom (to a pixel).
      expect(Math.abs(box.left - (file.width - 1 - box.right)), file.file).toBeLessThanOrEqual(1);
      expect(Math.abs(box.top - (file.height - 1 - box.bottom)), file.file).toBeLessThanOrEqual(1);
      // A disc covers pi/4 of its bounding box; a square or a squashed shape would not.
      expect(box.coverage / (box.width * box.height), file.file).toBeCloseTo(Math.PI / 4, 1);
      // Outside the disc stays transparent.
      expect((await pixelAt(file.data, 0, 0))[3], file.file).toBe(0);
    }
  });

  it('keeps a 2:1 logo 2:1 in the square sizes (letterboxed, not squeezed)', async () => {
    const wide = await solid(800, 400, '#e53935', 4);
    const { files } = await makeLogoSet(wide, { padding: 0 });
    for (const file of files) {
      const box = await alphaBox(file.data);
      expect(box.width / box.height, file.file).toBeCloseTo(2, 1);
    }
    const small = files.find((file) => file.file === 'logo_small.png');
    expect(await alphaBox(small!.data)).toMatchObject({ width: 108, height: 54, top: 27 });
  });

  it('leaves 8 % of the shorter side empty around the logo by default', async () => {
    const { files } = await makeLogoSet(round);
    for (const file of files) {
      const pad = Math.round(Math.min(file.width, file.height) * 0.08);
      const box = await alphaBox(file.data);
      expect(box.top, file.file).toBeGreaterThanOrEqual(pad - 1);
      expect(box.top, file.file).toBeLessThanOrEqual(pad + 1);
      expect(box.height, file.file).toBeGreaterThanOrEqual(Math.min(file.width, file.height) - 2 * pad - 2);
    }
  });

  it('leaves the padding as a share of the shorter side on every side', async () => {
    const { files } = await makeLogoSet(round, { padding: 10 });
    const main = files.find((file) => file.file === 'logo_main.png')!;
    const box = await alphaBox(main.data);
    const pad = Math.round(272 * 0.1);
    expect(box.height).toBeGreaterThanOrEqual(272 - 2 * pad - 2);
    expect(box.height).toBeLessThanOrEqual(272 - 2 * pad);
    expect(box.top).toBeGreaterThanOrEqual(pad - 1);
  });

  it('paints an opaque background colour and drops the alpha channel', async () => {
    const { files } = await makeLogoSet(round, { background: '#FFFFFF', padding: 5 });
    for (const file of files) {
      const metadata = await sharp(file.data).metadata();
      expect(metadata.hasAlpha, file.file).toBe(false);
      expect(await pixelAt(file.data, 0, 0), file.file).toEqual([255, 255, 255, 255]);
      const centre = await pixelAt(file.data, Math.floor(file.width / 2), Math.floor(file.height / 2));
      expect(centre, file.file).toEqual([0x1e, 0x88, 0xe5, 255]);
    }
  });
});

describe('makeLogoSet: transparent margins', () => {
  const offCentre = () =>
    sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000"><circle cx="250" cy="300" r="200" fill="#1e88e5"/></svg>',
      ),
    )
      .png()
      .toBuffer();

  it('cuts them off, so a logo drawn off-centre on its canvas is centred and full size', async () => {
    const { files } = await makeLogoSet(await offCentre(), { padding: 0 });
    for (const file of files) {
      const box = await alphaBox(file.data);
      expect(box.height, file.file).toBeGreaterThanOrEqual(Math.min(file.width, file.height) - 2);
      expect(Math.abs(box.left - (file.width - 1 - box.right)), file.file).toBeLessThanOrEqual(1);
      expect(Math.abs(box.width - box.height), file.file).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the canvas as drawn with trim: false', async () => {
    const { files } = await makeLogoSet(await offCentre(), { trim: false, padding: 0 });
    const main = files.find((file) => file.file === 'logo_main.png')!;
    const box = await alphaBox(main.data);
    // 272 px canvas: the circle is 109 px wide, its centre at a quarter of the canvas width.
    expect(box.width).toBeGreaterThanOrEqual(107);
    expect(box.width).toBeLessThanOrEqual(110);
    expect(Math.round((box.left + box.right) / 2)).toBe(64 + 68);
  });

  it('suggests a square mark when a wide wordmark has to fill the square sizes', async () => {
    const wordmark = await solid(900, 300, '#333333', 4);
    const { warnings } = await makeLogoSet(wordmark);
    expect(warnings).toEqual([
      {
        file: 'logo_min.png',
        message:
          'the logo is 3.0:1, and the small sizes (108x108, 84x84) are square: in 84 x 84 it is only 23 px tall. Give a square mark (the icon without the name) for them.',
        advice: 'small-logo',
      },
    ]);
    const withMark = await makeLogoSet(wordmark, { small: await roundLogo(300) });
    expect(withMark.warnings).toEqual([]);
  });
});

describe('makeLogoSet: cover fills the frame', () => {
  it('leaves no transparent or background border and crops instead of stretching', async () => {
    const bands = await threeBands(1200, 800);
    const { files } = await makeLogoSet(bands, { fit: 'cover' });
    for (const file of files) expect(await minimumAlpha(file.data), file.file).toBe(255);
    // 108 x 108 from a 3:2 image: the centre 800 x 800 is kept, so the outer bands are half as wide as the middle one.
    const small = files.find((file) => file.file === 'logo_small.png')!;
    const { data } = await sharp(small.data).raw().toBuffer({ resolveWithObject: true });
    const row = Array.from({ length: 108 }, (_, x) => {
      const [r, g, b] = data.subarray((54 * 108 + x) * 3, (54 * 108 + x) * 3 + 3);
      return g > 200 ? 'g' : b > 200 ? 'b' : r > 200 ? 'r' : '?';
    }).join('');
    const bandWidth = (letter: string) => row.split('').filter((c) => c === letter).length;
    expect(bandWidth('g')).toBeGreaterThanOrEqual(25);
    expect(bandWidth('g')).toBeLessThanOrEqual(28);
    expect(bandWidth('b')).toBeGreaterThanOrEqual(52);
    expect(bandWidth('r')).toBeGreaterThanOrEqual(25);
    expect(bandWidth('r')).toBeLessThanOrEqual(28);
  });

  it('keeps the photo at its aspect in the wide sizes too (crops top and bottom)', async () => {
    const bands = await threeBands(1200, 800);
    const { files } = await makeLogoSet(bands, { fit: 'cover', position: 'attention' });
    const medium = files.find((file) => file.file === 'logo_medium.png')!;
    expect([medium.width, medium.height]).toEqual([240, 84]);
    expect(await minimumAlpha(medium.data)).toBe(255);
  });
});

describe('makeLogoSet: 300 KB guaranteed', () => {
  it('keeps every size of a noisy 2400 x 1600 photo under the limit, in both fit modes', async () => {
    const photo = await noisyPhoto();
    for (const fit of ['contain', 'cover'] as const) {
      const { files } = await makeLogoSet(photo, { fit, dp: true });
      for (const file of files) {
        const metadata = await sharp(file.data).metadata();
        expect([metadata.width, metadata.height], file.file).toEqual([file.width, file.height]);
        expect(file.bytes, `${fit} ${file.file}`).toBeLessThanOrEqual(MAX_BYTES);
      }
    }
  });

  it('falls back to a palette when lossless PNG is over the limit, and says so', async () => {
    const noise = await pureNoise(400, 272);
    const { files, warnings } = await makeLogoSet(noise, { fit: 'cover' });
    const main = files.find((file) => file.file === 'logo_main.png')!;
    expect(main.encoding).toMatch(/^png-palette-\d+$/);
    expect(main.bytes).toBeLessThanOrEqual(MAX_BYTES);
    const metadata = await sharp(main.data).metadata();
    expect(metadata.isPalette).toBe(true);
    expect([metadata.width, metadata.height]).toEqual([400, 272]);
    // The small sizes still fit losslessly.
    expect(files.find((file) => file.file === 'logo_min.png')!.encoding).toBe('png');
    expect(warnings.find((warning) => warning.file === 'logo_main.png')?.message).toMatch(/over the 300 KB limit; saved with \d+ colours/);
  });

  it('lowers the colour count step by step when a tighter limit demands it', async () => {
    const noise = await pureNoise(400, 272);
    const { files } = await makeLogoSet(noise, { fit: 'cover', maxBytes: 60_000 });
    const main = files.find((file) => file.file === 'logo_main.png')!;
    expect(main.bytes).toBeLessThanOrEqual(60_000);
    expect(Number(main.encoding.replace('png-palette-', ''))).toBeLessThanOrEqual(16);
  });
});

describe('makeLogoSet: sources', () => {
  it('uses the wide and small overrides for their shapes only', async () => {
    const main = await solid(500, 500, '#ff0000');
    const wide = await solid(800, 300, '#0000ff');
    const small = await solid(300, 300, '#00ff00');
    const { files } = await makeLogoSet(main, { wide, small, dp: true, background: '#000000' });
    const centreColour = async (name: string) => {
      const file = files.find((candidate) => candidate.file === name)!;
      return (await pixelAt(file.data, Math.floor(file.width / 2), Math.floor(file.height / 2))).slice(0, 3);
    };
    expect(await centreColour('logo_main.png')).toEqual([0, 0, 255]);
    expect(await centreColour('logo_medium.png')).toEqual([0, 0, 255]);
    expect(await centreColour('logo_small.png')).toEqual([0, 255, 0]);
    expect(await centreColour('logo_min.png')).toEqual([0, 255, 0]);
    expect(await centreColour('logo.png')).toEqual([255, 0, 0]);
    expect(await centreColour('logo_dp.png')).toEqual([255, 0, 0]);
  });

  it('applies EXIF orientation (a portrait photo stored sideways stays portrait)', async () => {
    const sideways = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#ff0000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { files } = await makeLogoSet(sideways, { padding: 0 });
    const box = await alphaBox(files.find((file) => file.file === 'logo_main.png')!.data);
    expect([box.width, box.height]).toEqual([136, 272]);
  });

  it('reads 16-bit PNG, CMYK JPEG, WebP, GIF, TIFF and SVG, and writes 8-bit sRGB', async () => {
    const base = sharp({ create: { width: 300, height: 300, channels: 3, background: '#c86432' } });
    const sources: Record<string, Buffer> = {
      png16: await base.clone().toColourspace('rgb16').png().toBuffer(),
      cmyk: await base.clone().toColourspace('cmyk').jpeg().toBuffer(),
      webp: await base.clone().webp({ lossless: true }).toBuffer(),
      gif: await base.clone().gif().toBuffer(),
      tiff: await base.clone().tiff().toBuffer(),
      svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"><rect width="30" height="30" fill="#c86432"/></svg>'),
    };
    for (const [kind, source] of Object.entries(sources)) {
      const { files } = await makeLogoSet(source);
      const min = files.find((file) => file.file === 'logo_min.png')!;
      const metadata = await sharp(min.data).metadata();
      expect([metadata.format, metadata.space, metadata.depth, metadata.width], kind).toEqual(['png', 'srgb', 'uchar', 84]);
      const [r, g, b] = await pixelAt(min.data, 42, 42);
      // CMYK round-trips through a colour profile, so allow a little drift.
      expect(Math.abs(r - 0xc8) + Math.abs(g - 0x64) + Math.abs(b - 0x32), kind).toBeLessThan(kind === 'cmyk' ? 60 : 8);
    }
  });

  it('takes the first frame of an animated GIF', async () => {
    const frames = Buffer.concat([
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#ff0000' } }).raw().toBuffer(),
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#0000ff' } }).raw().toBuffer(),
    ]);
    const gif = await sharp(frames, { raw: { width: 50, height: 100, channels: 3, pageHeight: 50 } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const { files } = await makeLogoSet(gif);
    const [r, , b] = await pixelAt(files.find((file) => file.file === 'logo_min.png')!.data, 42, 42);
    expect([r > 200, b < 50]).toEqual([true, true]);
  });

  it('renders an SVG icon at the size needed instead of enlarging 24 pixels', async () => {
    const icon = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="12" fill="#000"/></svg>',
    );
    const { files, warnings } = await makeLogoSet(icon, { padding: 0 });
    expect(warnings).toEqual([]);
    const main = files.find((file) => file.file === 'logo_main.png')!;
    const box = await alphaBox(main.data);
    expect(box.height).toBeGreaterThanOrEqual(270);
    // Crisp edge: only a thin ring of partly transparent pixels, as a circle drawn at this size has.
    const { data } = await sharp(main.data).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    let soft = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index] > 10 && data[index] < 245) soft++;
    expect(soft).toBeLessThan(Math.PI * 272 * 2);
  });

  it('warns when a small bitmap had to be enlarged', async () => {
    const tiny = await roundLogo(64);
    const { files, warnings } = await makeLogoSet(tiny);
    expect(files).toHaveLength(5);
    // Only where it grew by more than a quarter: 84 x 84 less its padding is 70 px, close enough to 64.
    expect(warnings.map((warning) => warning.file)).toEqual(['logo_main.png', 'logo.png', 'logo_small.png']);
    // 272 less 8 % padding (22 px) on both sides: 228 px from 64.
    expect(warnings[0].message).toMatch(/is 64 x 64, so it was enlarged 3\.6x for 400 x 272/);
  });
});

describe('makeLogoSet: determinism and options', () => {
  it('gives the same bytes for the same input and options, palette path included', async () => {
    const noise = await pureNoise(400, 272);
    for (const [source, options] of [
      [round, { padding: 8 }],
      [noise, { fit: 'cover' as const, position: 'entropy' as const }],
    ] as const) {
      const first = await makeLogoSet(source, options);
      const second = await makeLogoSet(Buffer.from(source), options);
      expect(second.files.map((file) => file.data.toString('base64'))).toEqual(first.files.map((file) => file.data.toString('base64')));
    }
  });

  it('refuses options out of range with a message saying what to give', async () => {
    await expect(makeLogoSet(round, { padding: 50 })).rejects.toThrow(/padding 50 is out of range: give a percentage from 0 to 40/);
    await expect(makeLogoSet(round, { background: 'red' })).rejects.toThrow(/'#RRGGBB'/);
    await expect(makeLogoSet(round, { fit: 'stretch' as 'cover' })).rejects.toThrow(/use contain or cover/);
  });
});
