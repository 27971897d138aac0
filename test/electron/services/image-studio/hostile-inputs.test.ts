import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLogoSet, makeSlides } from '../../../../electron/services/image-studio';
import { UserError } from '../../../../electron/services/user-error';
import { decompressionBombPng, pixelAt, roundLogo } from './test-images';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wp-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileWith(name: string, data: Buffer | string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, data);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('hostile and broken sources give a clear error naming the file', () => {
  it('refuses a decompression bomb before decoding it', async () => {
    const bomb = decompressionBombPng();
    expect(bomb.length).toBeLessThan(100_000);
    const path = await fileWith('bomb.png', bomb);
    const error = await failure(makeLogoSet(path));
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/12000 x 12000 \(144 megapixels\), over the 100-megapixel limit/);
    expect(error.file).toBe(path);
  });

  it('reports a truncated PNG and a truncated JPEG as damaged', async () => {
    const png = await roundLogo(400);
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    for (const [name, data] of [
      ['cut.png', png.subarray(0, Math.floor(png.length * 0.6))],
      ['cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.5))],
    ] as const) {
      const path = await fileWith(name, data);
      const error = await failure(makeLogoSet(path));
      expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the image is damaged or cut short`));
      expect(error.message).toMatch(/Export it again/);
    }
  });

  it('says a text file renamed to .png is not an image', async () => {
    const path = await fileWith('notes.png', 'these are my notes, not a picture\n');
    const error = await failure(makeLogoSet(path));
    expect(error.message).toBe(
      `${path}: not an image that can be read. Use a PNG, JPEG, WebP, GIF, SVG or TIFF file (a renamed file of another kind does not work).`,
    );
  });

  it('names an empty file, a missing file and a folder', async () => {
    const empty = await fileWith('empty.png', '');
    expect((await failure(makeLogoSet(empty))).message).toBe(`${empty}: the file is empty (0 bytes).`);
    const missing = join(folder, 'nope.png');
    expect((await failure(makeLogoSet(missing))).message).toBe(`${missing}: no such file. Check the path of the image.`);
    const dir = join(folder, 'a-folder');
    await mkdir(dir);
    expect((await failure(makeLogoSet(dir))).message).toMatch(/is a folder; give the path of an image file/);
  });

  it('names the override source that failed, not the main one', async () => {
    const good = await fileWith('good.png', await roundLogo(300));
    const bad = await fileWith('wide-broken.png', 'nope');
    const error = await failure(makeLogoSet(good, { wide: bad }));
    expect(error.message.startsWith(`${bad}:`)).toBe(true);
  });

  it('names the slide that failed', async () => {
    const good = await fileWith('shot.png', await roundLogo(300));
    const bad = await fileWith('shot-2.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const error = await failure(makeSlides([good, bad], 'en'));
    expect(error.message.startsWith(`${bad}:`)).toBe(true);
  });

  it('names a slide whose data is cut short (decoded while it is resized)', async () => {
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const path = await fileWith('cut-shot.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    const error = await failure(makeSlides([path], 'en'));
    expect(error.message.startsWith(`${path}: the image is damaged or cut short`)).toBe(true);
  });

  it('uses the given name for in-memory sources', async () => {
    const error = await failure(makeLogoSet({ name: 'dropped-logo.png', data: Buffer.from('GIF89a broken') }));
    expect(error.message.startsWith('dropped-logo.png:')).toBe(true);
  });

  it('renders an SVG that declares an enormous size at a safe resolution', async () => {
    const huge = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200000" height="200000" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#000"/></svg>',
    );
    const { files } = await makeLogoSet(huge);
    expect(files.map((file) => [file.width, file.height])).toContainEqual([400, 272]);
  });

  it('never reads files an SVG points to', async () => {
    const secret = await fileWith('secret.png', await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }).png().toBuffer());
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">' +
      `<image href="secret.png" width="100" height="100"/><image xlink:href="file://${secret}" width="100" height="100"/>` +
      '<image href="http://127.0.0.1:9/x.png" width="100" height="100"/><circle cx="50" cy="50" r="10" fill="#00f"/></svg>';
    const path = await fileWith('refs.svg', svg);
    const { files } = await makeLogoSet(path, { trim: false, padding: 0 });
    const main = files.find((file) => file.file === 'logo_main.png')!;
    const [r, , , alpha] = await pixelAt(main.data, 200 - 100, 136);
    // Where the referenced red image would be drawn, nothing is: it was not loaded.
    expect([r, alpha]).toEqual([0, 0]);
  });
});
