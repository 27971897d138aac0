import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeLogoSet } from '../../../../electron/services/image-studio';
import { pixelAt } from './test-images';

/** A blue rounded mark with a white "hole" in its middle, on a solid background of `background`. */
async function logoOn(background: string, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="${background}"/><rect x="120" y="120" width="360" height="360" rx="60" fill="#2f54eb"/><circle cx="300" cy="300" r="60" fill="#ffffff"/></svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}

async function transparentLogo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect x="120" y="120" width="360" height="360" rx="60" fill="#2f54eb"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const file = (result: Awaited<ReturnType<typeof makeLogoSet>>, name: string) => result.files.find((image) => image.file === name)!.data;

describe('a logo on a uniform opaque background', () => {
  it('is found, and left as it is until the user chooses', async () => {
    const result = await makeLogoSet(await logoOn('#ffffff'), { platform: 'kommo', padding: 0 });
    expect(result.uniformBackground).toBe('#ffffff');
    expect(result.backgroundCleared).toBe(false);
    // The square sizes are filled edge to edge by the square source: its white corner is there, opaque.
    expect(await pixelAt(Buffer.from(file(result, 'logo_small.png')), 1, 1)).toEqual([255, 255, 255, 255]);
  });

  it('becomes transparent in one step, while white inside the logo stays', async () => {
    const result = await makeLogoSet(await logoOn('#ffffff', 'jpeg'), { platform: 'kommo', clearBackground: true, padding: 0 });
    expect(result.backgroundCleared).toBe(true);
    const logo = Buffer.from(file(result, 'logo_main.png'));
    const { width, height } = await sharp(logo).metadata();
    const [, , , corner] = await pixelAt(logo, 1, 1);
    expect(corner).toBe(0);
    // The white circle in the middle of the mark is part of the logo, not its background.
    const centre = await pixelAt(logo, Math.floor((width ?? 0) / 2), Math.floor((height ?? 0) / 2));
    expect(centre[3]).toBe(255);
    expect(centre[0]).toBeGreaterThan(240);
  });

  it('is not claimed for a logo that is already transparent, or drawn on a mixed background', async () => {
    expect((await makeLogoSet(await transparentLogo(), { platform: 'kommo' })).uniformBackground).toBeNull();
    const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient></defs><rect width="600" height="600" fill="url(#g)"/><rect x="200" y="200" width="200" height="200" fill="#f00"/></svg>`;
    expect((await makeLogoSet(await sharp(Buffer.from(gradient)).png().toBuffer(), { platform: 'kommo' })).uniformBackground).toBeNull();
  });
});
