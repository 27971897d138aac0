import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeLogoSet } from '../../../../electron/services/image-studio';
import { canDrawSvgText } from '../../../../electron/services/image-studio/decode-source';
import { UserError } from '../../../../electron/services/user-error';

/** The sharp-wasm project (vitest.config.ts) sets this: its sharp must be the Linux app's WebAssembly build. */
const expectWasm = process.env.WP_SHARP_BUILD === 'wasm';

const LOGO_WITH_TEXT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" fill="#2F6FDE"/>' +
    '<text x="256" y="330" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="210" font-weight="bold" fill="#FFFFFF">DT</text></svg>',
);

async function whitePixels(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let offset = 0; offset < data.length; offset += info.channels) if (data[offset] > 200 && data[offset + 1] > 200) count++;
  return count;
}

describe('SVG text and the sharp build in use', () => {
  it('runs on the build this project promises (native libvips with fonts, or the Linux app\'s WebAssembly one)', () => {
    expect((sharp.versions as Record<string, string | undefined>).emscripten !== undefined).toBe(expectWasm);
    expect(canDrawSvgText()).toBe(!expectWasm);
  });

  it('draws the letters of an SVG logo where the build has fonts, and otherwise refuses it by name instead of dropping them', async () => {
    if (canDrawSvgText()) {
      const { files } = await makeLogoSet({ data: LOGO_WITH_TEXT, name: 'initials.svg' });
      expect(await whitePixels(files[0].data)).toBeGreaterThan(1000);
      return;
    }
    const error = await makeLogoSet({ data: LOGO_WITH_TEXT, name: 'initials.svg' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^initials\.svg: the SVG has text.*outlines/);
  });

  it('still renders an SVG whose shapes carry no text on every build', async () => {
    const shapes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#ffffff"/><desc>context text</desc></svg>');
    const { files } = await makeLogoSet({ data: shapes, name: 'circle.svg' });
    expect(await whitePixels(files[0].data)).toBeGreaterThan(1000);
  });
});
