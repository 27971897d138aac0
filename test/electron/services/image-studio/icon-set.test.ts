import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icnsFile, icoFile, makeIconSet } from '../../../../electron/services/image-studio/icon-set';

const ASSETS = resolve(__dirname, '../../../../assets');

function icoEntries(ico: Buffer) {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const at = 6 + index * 16;
    const size = ico.readUInt8(at) || 256;
    const data = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
    return { size, data };
  });
}

function icnsEntries(icns: Buffer) {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) entries.push({ type: icns.toString('ascii', at, at + 4), data: icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)) });
  return entries;
}

describe('the app icon, rendered by the image studio', () => {
  it('renders the SVG source at exact square sizes with transparent corners', async () => {
    const images = await makeIconSet(readFileSync(join(ASSETS, 'icon.svg')), [16, 256]);
    for (const image of images) {
      const { data, info } = await sharp(image.data).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([image.size, image.size]);
      expect(data[3]).toBe(0);
      const centre = (Math.floor(image.size / 2) * image.size + Math.floor(image.size / 2)) * 4;
      expect(data[centre + 3]).toBe(255);
    }
  });

  it('packs PNGs into .ico and .icns that read back entry by entry', async () => {
    const images = await makeIconSet(readFileSync(join(ASSETS, 'icon.svg')), [16, 256]);
    expect(icoEntries(icoFile(images)).map((entry) => [entry.size, entry.data.equals(images[entry.size === 16 ? 0 : 1].data)])).toEqual([
      [16, true],
      [256, true],
    ]);
    expect(icnsEntries(icnsFile(images)).map((entry) => entry.type)).toEqual(['icp4', 'ic08']);
    expect(() => icnsFile([{ size: 20, data: Buffer.alloc(1) }])).toThrow(/no element for 20/);
  });

  it('is committed in every set the installers take, each a real PNG of its size, and small', async () => {
    const linux = readdirSync(join(ASSETS, 'icons')).sort();
    expect(linux).toEqual(['128x128.png', '16x16.png', '256x256.png', '32x32.png', '48x48.png', '512x512.png', '64x64.png']);
    const ico = icoEntries(readFileSync(join(ASSETS, 'icon.ico')));
    expect(ico.map((entry) => entry.size)).toContain(256);
    const icns = icnsEntries(readFileSync(join(ASSETS, 'icon.icns')));
    expect(icns.map((entry) => entry.type)).toContain('ic09');
    for (const entry of [...ico, ...icns]) expect((await sharp(entry.data).metadata()).format).toBe('png');
    expect((await sharp(join(ASSETS, 'icons', '512x512.png')).metadata()).width).toBe(512);
    expect(readFileSync(join(ASSETS, 'icon.icns')).length + readFileSync(join(ASSETS, 'icon.ico')).length).toBeLessThan(200_000);
  });
});
