import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeSlides } from '../../../../electron/services/image-studio';
import { PLATFORM_PROFILES } from '../../../../shared/platform/profiles';
import { minimumAlpha, noisyPhoto, pixelAt, pureNoise, threeBands } from './test-images';

const { slide, maxBytes } = PLATFORM_PROFILES.amocrm.images;

describe('makeSlides', () => {
  it('makes tour_N_<locale>.png at the slide size for each source, in order', async () => {
    const shots = await Promise.all([threeBands(1920, 1080), threeBands(1280, 800), threeBands(2400, 1600)]);
    const { files, warnings } = await makeSlides(shots, 'en');
    expect(files.map((file) => file.file)).toEqual(['tour_1_en.png', 'tour_2_en.png', 'tour_3_en.png']);
    for (const file of files) {
      const metadata = await sharp(file.data).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', slide.width, slide.height]);
      expect(file.bytes).toBeLessThanOrEqual(maxBytes);
      expect(file.encoding).toBe('png');
      expect(file.mediaType).toBe('image/png');
    }
    expect(warnings).toEqual([]);
  });

  it('letterboxes on white by default (contain) and fills the frame with cover', async () => {
    const shot = await threeBands(1920, 1080);
    const contained = (await makeSlides([shot], 'ru')).files[0];
    // 1920 x 1080 is narrower than 1188 x 616: white bars left and right, the picture untouched.
    expect(await pixelAt(contained.data, 0, 300)).toEqual([255, 255, 255, 255]);
    expect((await pixelAt(contained.data, 60, 300)).slice(0, 3)).toEqual([0, 255, 0]);
    const covered = (await makeSlides([shot], 'ru', { fit: 'cover' })).files[0];
    expect((await pixelAt(covered.data, 0, 300)).slice(0, 3)).toEqual([0, 255, 0]);
    expect(await minimumAlpha(covered.data)).toBe(255);
  });

  it('keeps a noisy photo under the limit with a palette and offers JPEG', async () => {
    const photo = await noisyPhoto(1188, 616);
    const { files, warnings } = await makeSlides([photo], 'en', { fit: 'cover' });
    expect(files[0].encoding).toMatch(/^png-palette-\d+$/);
    expect(files[0].bytes).toBeLessThanOrEqual(maxBytes);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].file).toBe('tour_1_en.png');
    expect(warnings[0].message).toMatch(/lossless PNG would be [\d.]+ MB, over the 300 KB limit; saved with \d+ colours/);
    expect(warnings[0].message).toMatch(/A JPEG at quality 85 would be \d+ KB with full colour: JPEG suits photos/);
    expect(warnings[0].advice).toBe('jpeg-slides');
  });

  it('keeps even pure noise under the limit (by cutting colours), without offering a JPEG that would not fit', async () => {
    const noise = await pureNoise(1188, 616);
    const { files, warnings } = await makeSlides([noise], 'es', { fit: 'cover' });
    expect(files[0].bytes).toBeLessThanOrEqual(maxBytes);
    expect(files[0].encoding).toMatch(/^png-palette-(4|2)$/);
    expect(warnings[0].message).not.toMatch(/JPEG/);
  });

  it('writes .jpg when the user keeps JPEG, lowering quality only when needed', async () => {
    const photo = await noisyPhoto(1188, 616);
    const { files } = await makeSlides([await threeBands(1188, 616), photo], 'pt', { format: 'jpeg' });
    expect(files.map((file) => [file.file, file.mediaType])).toEqual([
      ['tour_1_pt.jpg', 'image/jpeg'],
      ['tour_2_pt.jpg', 'image/jpeg'],
    ]);
    expect(files[0].encoding).toBe('jpeg-q90');
    expect((await sharp(files[1].data).metadata()).format).toBe('jpeg');
    const noise = await pureNoise(1188, 616);
    const squeezed = await makeSlides([noise], 'pt', { format: 'jpeg' });
    expect(squeezed.files[0].bytes).toBeLessThanOrEqual(maxBytes);
    expect(squeezed.files[0].encoding).not.toBe('jpeg-q90');
    expect(squeezed.warnings[0].message).toMatch(/JPEG at quality 90 is over the 300 KB limit; saved at quality \d+/);
  });

  it('turns a sideways-stored photo upright and a 16-bit PNG into 8-bit sRGB', async () => {
    const sideways = await sharp({ create: { width: 1232, height: 2376, channels: 3, background: '#ff0000' } })
      .rotate(90)
      .jpeg()
      .withMetadata({ orientation: 8 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).width).toBe(2376);
    const upright = (await makeSlides([sideways], 'en', { background: '#000000' })).files[0];
    // Upright it is portrait: a 308 px wide red column in the middle, black either side.
    const [r, g, b] = await pixelAt(upright.data, 594, 300);
    expect([r > 240, g < 15, b < 15]).toEqual([true, true, true]);
    expect((await pixelAt(upright.data, 400, 300)).slice(0, 3)).toEqual([0, 0, 0]);
    const deep = await sharp({ create: { width: 2376, height: 1232, channels: 3, background: '#c86432' } }).toColourspace('rgb16').png().toBuffer();
    const slide16 = (await makeSlides([deep], 'en')).files[0];
    const metadata = await sharp(slide16.data).metadata();
    expect([metadata.depth, metadata.space, metadata.width]).toEqual(['uchar', 'srgb', 1188]);
  });

  it('numbers from firstNumber and refuses more than the platform allows', async () => {
    const shot = await threeBands(600, 300);
    const { files } = await makeSlides([shot], 'en', { firstNumber: 4 });
    expect(files[0].file).toBe('tour_4_en.png');
    await expect(makeSlides(Array(6).fill(shot), 'en')).rejects.toThrow(/1 to 5 slides per locale; these would be numbered 1 to 6/);
    await expect(makeSlides([shot, shot], 'en', { firstNumber: 5 })).rejects.toThrow(/numbered 5 to 6/);
    await expect(makeSlides([], 'en')).rejects.toThrow(/at least 1 slide/);
    await expect(makeSlides([shot], 'EN!')).rejects.toThrow(/"EN!" is not a language code/);
  });

  it('gives the same bytes for the same input', async () => {
    const shot = await threeBands(1400, 700);
    const first = await makeSlides([shot], 'en');
    const second = await makeSlides([Buffer.from(shot)], 'en');
    expect(first.files[0].data.equals(second.files[0].data)).toBe(true);
  });
});
