import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeLogoSet, makeSlides } from '../../../../electron/services/image-studio';
import { PLATFORM_PROFILES, requiredBrandingImages } from '../../../../shared/platform/profiles';
import { pngFiltering } from '../../../helpers/png-filtering.mjs';

/**
 * The studio's shortcuts (an opaque alpha channel dropped before resizing, a trimmed logo shrunk once to
 * the detail its sizes need, unfiltered PNG for flat graphics) must not change what the user gets. These
 * compare its outputs with the plain recipe: one sharp pipeline from the full source to each frame.
 */
const profile = PLATFORM_PROFILES.amocrm;
const { slide, maxBytes } = profile.images;

/**
 * A CRM-like screenshot saved as RGBA (as most screenshot tools do): opaque, see-through but for its
 * drawing with a see-through blue corner (top left), or opaque but for a few see-through pixels at the very end.
 */
function screenshot(width: number, height: number, seeThroughCorner: false | 'top-left' | 'bottom-right' = false): Promise<Buffer> {
  const rows = Array.from({ length: 12 }, (_, row) => {
    const y = 120 + row * 70;
    return `<rect x="300" y="${y}" width="${width - 400}" height="56" rx="8" fill="#fff" stroke="#e2e8f0"/>
      <circle cx="340" cy="${y + 28}" r="18" fill="hsl(${row * 30},70%,60%)"/>
      <rect x="380" y="${y + 18}" width="${300 + row * 40}" height="12" rx="6" fill="#334155"/>`;
  }).join('');
  // Bottom right: the studio has checked and packed most of the image as opaque before it meets these pixels.
  const at = seeThroughCorner === 'bottom-right' ? ` x="${width - 3}" y="${height - 2}"` : '';
  const size = seeThroughCorner === 'bottom-right' ? { width: 3, height: 2 } : { width: width / 4, height: height / 4 };
  const corner = seeThroughCorner ? `<rect${at} width="${size.width}" height="${size.height}" fill="#0080ff" fill-opacity="0.4"/>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="#f1f5f9"${seeThroughCorner === 'top-left' ? ' fill-opacity="0"' : ''}/>
    <rect width="${width}" height="64" fill="#3b4fa0"/><rect y="64" width="260" height="${height - 64}" fill="#1e293b"/>
    ${rows}${corner}</svg>`;
  return sharp(Buffer.from(svg)).ensureAlpha().png().toBuffer();
}

/** Contain on white, in one pipeline from the source: what every slide looked like before the shortcuts. */
async function plainSlide(source: Buffer): Promise<Buffer> {
  const { width, height } = await sharp(source).metadata();
  const scale = Math.min(slide.width / width!, slide.height / height!);
  const placed = { width: Math.round(width! * scale), height: Math.round(height! * scale) };
  const left = Math.floor((slide.width - placed.width) / 2);
  const top = Math.floor((slide.height - placed.height) / 2);
  return sharp(source)
    .flatten({ background: '#ffffff' })
    .resize(placed.width, placed.height, { fit: 'fill' })
    .extend({ left, top, right: slide.width - placed.width - left, bottom: slide.height - placed.height - top, background: '#ffffff' })
    .raw()
    .toBuffer();
}

async function rgbOn(image: Buffer, background: string): Promise<Buffer> {
  return sharp(image).flatten({ background }).raw().toBuffer();
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): { mean: number; max: number } {
  expect(a.length).toBe(b.length);
  let sum = 0;
  let max = 0;
  for (let index = 0; index < a.length; index++) {
    const difference = Math.abs(a[index] - b[index]);
    sum += difference;
    max = Math.max(max, difference);
  }
  return { mean: sum / a.length, max };
}

describe('the studio gives the same pictures as the plain recipe', () => {
  it('makes slides from RGBA screenshots pixel for pixel as before, unfiltered and about as small', async () => {
    const sources = await Promise.all([
      screenshot(1920, 1080),
      screenshot(1440, 900, 'top-left'),
      screenshot(2880, 1800),
      screenshot(1920, 1080, 'bottom-right'),
    ]);
    const { files } = await makeSlides(sources, 'en');
    for (const [index, file] of files.entries()) {
      expect([file.width, file.height], file.file).toEqual([slide.width, slide.height]);
      expect(file.bytes, file.file).toBeLessThanOrEqual(maxBytes);
      const same = (await rgbOn(file.data, '#ffffff')).equals(await plainSlide(sources[index]));
      expect(same, `${file.file} has the pixels of the plain recipe`).toBe(true);
      // Flat graphics: unfiltered, within a few percent of the adaptively filtered PNG every lossless output used to be.
      const filtered = await sharp(file.data).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
      expect(pngFiltering(file.data), file.file).toBe('unfiltered');
      expect(file.bytes, file.file).toBeLessThanOrEqual(filtered.length * 1.1);
    }
    // An opaque screenshot loses its useless alpha channel; the see-through one keeps its white letterbox only.
    expect((await sharp(files[0].data).metadata()).hasAlpha).toBe(false);
  });

  it('makes every logo size within a hair of resizing the full-detail source once', async () => {
    const logo = await sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600">
          <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4f46e5"/><stop offset="1" stop-color="#06b6d4"/></linearGradient></defs>
          <circle cx="800" cy="800" r="700" fill="url(#g)"/>
          <path d="M450 1100 L800 380 L1150 1100 Z" fill="none" stroke="#fff" stroke-width="90" stroke-linejoin="round"/></svg>`,
      ),
    )
      .png()
      .toBuffer();
    const { files } = await makeLogoSet(logo, { dp: true, padding: 0 });
    const specs = requiredBrandingImages(profile, ['digital_pipeline']);
    // The visible logo is 1400 x 1400 in the middle of the canvas: trimmed, then fitted to each frame.
    const trimmed = await sharp(logo).extract({ left: 100, top: 100, width: 1400, height: 1400 }).png().toBuffer();
    for (const [index, file] of files.entries()) {
      const spec = specs[index];
      expect([file.file, file.width, file.height]).toEqual([spec.file, spec.width, spec.height]);
      expect(file.bytes, file.file).toBeLessThanOrEqual(maxBytes);
      const side = Math.min(spec.width, spec.height);
      const plain = await sharp(trimmed)
        .resize(side, side, { fit: 'fill' })
        .extend({
          left: Math.floor((spec.width - side) / 2),
          right: spec.width - side - Math.floor((spec.width - side) / 2),
          top: Math.floor((spec.height - side) / 2),
          bottom: spec.height - side - Math.floor((spec.height - side) / 2),
          background: { r: 0, g: 0, b: 0, alpha: 0 },
        })
        .png()
        .toBuffer();
      for (const background of ['#000000', '#ffffff']) {
        const difference = meanAbsoluteDifference(await rgbOn(file.data, background), await rgbOn(plain, background));
        // Under half a level of 255 on average; edge pixels may move a few levels, never a visible amount.
        expect(difference.mean, `${file.file} on ${background}`).toBeLessThan(0.5);
        expect(difference.max, `${file.file} on ${background}`).toBeLessThan(32);
      }
    }
  });

  it('filters a smooth gradient, where filtering makes the file many times smaller', async () => {
    const width = 1920;
    const height = 1080;
    const pixels = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const offset = (y * width + x) * 3;
        pixels[offset] = Math.round((x / width) * 255);
        pixels[offset + 1] = Math.round((y / height) * 255);
        pixels[offset + 2] = Math.round(((x + y) / (width + height)) * 255);
      }
    }
    const gradient = await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
    const [file] = (await makeSlides([gradient], 'en')).files;
    expect(file.encoding).toBe('png');
    expect(pngFiltering(file.data)).toBe('filtered');
    const unfiltered = await sharp(file.data).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer();
    expect(file.bytes * 4).toBeLessThan(unfiltered.length);
  });
});
