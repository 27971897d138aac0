import { execFileSync } from 'node:child_process';
import { chmod, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../shared/config/widget-config';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { readWidget } from '../../../electron/services/widget-reader';
import { UserError } from '../../../electron/services/user-error';
import { planPackage } from '../../../electron/services/widget-packer';
import {
  craftZip,
  hasCommand,
  jpegOf,
  noisyPngOf,
  pngOf,
  removeTempFolders,
  tempFolder,
  validWidgetOnDiskFiles,
  writeTree,
  zipWithJszip,
} from './widget-on-disk';

afterAll(removeTempFolders);

const MANIFEST = { widget: { name: 'widget.name' } };

function filesOf(snapshot: WidgetSnapshot) {
  return snapshot.files.map((file) => ({ path: file.path, size: file.size, bytes: file.bytes }));
}

async function zipFile(bytes: Uint8Array, name = 'widget.zip'): Promise<string> {
  const path = join(await tempFolder(), name);
  await writeFile(path, bytes);
  return path;
}

describe('readWidget: folder and zip', () => {
  it('reads the same files from a folder and from a zip of it', async () => {
    const files = await validWidgetOnDiskFiles();
    const folder = await writeTree(await tempFolder(), files);
    const fromFolder = await readWidget(folder);
    const fromZip = await readWidget(await zipFile(await zipWithJszip(files)));

    expect(fromFolder.snapshot.source).toEqual({ kind: 'folder', path: folder });
    expect(fromZip.snapshot.source.kind).toBe('zip');
    expect(filesOf(fromZip.snapshot)).toEqual(filesOf(fromFolder.snapshot));
    expect(fromZip.snapshot.images).toEqual(fromFolder.snapshot.images);
    expect(fromFolder.snapshot.files.map((file) => file.path)).toContain('i18n/en.json');
    expect(fromFolder.snapshot.nestedRoot).toBeNull();
    expect(fromFolder.snapshot.unsafeEntries).toEqual([]);
    expect(fromFolder.config).toEqual({});
  });

  it('reads a zip made by the system zip command like the folder it came from', async (context) => {
    if (!hasCommand('zip')) context.skip();
    const files = await validWidgetOnDiskFiles();
    const folder = await writeTree(await tempFolder(), files);
    const out = join(await tempFolder(), 'widget.zip');
    execFileSync('zip', ['-r', '-q', '-X', out, '.'], { cwd: folder });
    const fromZip = await readWidget(out);
    const fromFolder = await readWidget(folder);
    expect(filesOf(fromZip.snapshot)).toEqual(filesOf(fromFolder.snapshot));
    expect(fromZip.snapshot.unsafeEntries).toEqual([]);
  });

  it('reads a ZIP64 archive made by zip -fz', async (context) => {
    if (!hasCommand('zip')) context.skip();
    const folder = await writeTree(await tempFolder(), { 'manifest.json': MANIFEST, 'i18n/en.json': { widget: {} } });
    const out = join(await tempFolder(), 'widget.zip');
    execFileSync('zip', ['-r', '-q', '-fz', out, 'manifest.json', 'i18n'], { cwd: folder });
    const { snapshot } = await readWidget(out);
    expect(snapshot.files.map((file) => file.path)).toEqual(['i18n/en.json', 'manifest.json']);
    expect(snapshot.unsafeEntries).toEqual([]);
  });

  it('reads a zip whose sizes are in data descriptors (streamed archivers)', async () => {
    const files = { 'manifest.json': MANIFEST, 'script.js': 'define([], function () {});\n' };
    const { snapshot } = await readWidget(await zipFile(await zipWithJszip(files, { streamFiles: true })));
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json', 'script.js']);
  });

  it('detects a zip by its content, whatever its name', async () => {
    const { snapshot } = await readWidget(await zipFile(await zipWithJszip({ 'manifest.json': MANIFEST }), 'release.bin'));
    expect(snapshot.source.kind).toBe('zip');
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
  });

  it('returns an empty widget for an empty folder and an empty zip', async () => {
    expect((await readWidget(await tempFolder())).snapshot.files).toEqual([]);
    const empty = await readWidget(await zipFile(await zipWithJszip({})));
    expect(empty.snapshot.files).toEqual([]);
    expect(empty.snapshot.unsafeEntries).toEqual([]);
  });
});

describe('readWidget: nested root', () => {
  it('steps into the widget/ folder of a zip and drops the __MACOSX beside it', async () => {
    const zip = await zipWithJszip({
      'widget/manifest.json': MANIFEST,
      'widget/i18n/en.json': { widget: {} },
      '__MACOSX/widget/._manifest.json': new Uint8Array([0, 5, 22, 7]),
      '.DS_Store': new Uint8Array([0, 0, 0, 1]),
    });
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.nestedRoot).toBe('widget');
    expect(snapshot.files.map((file) => file.path)).toEqual(['i18n/en.json', 'manifest.json']);
  });

  it('steps into a folder that only wraps the widget', async () => {
    const folder = await writeTree(await tempFolder(), {
      'my-widget/manifest.json': MANIFEST,
      'my-widget/script.js': '',
      '.DS_Store': new Uint8Array([1]),
    });
    const { snapshot } = await readWidget(folder);
    expect(snapshot.nestedRoot).toBe('my-widget');
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json', 'script.js']);
  });

  it('does not call a widget nested when manifest.json is at the root', async () => {
    const { snapshot } = await readWidget(await zipFile(await zipWithJszip({ 'manifest.json': MANIFEST, 'src/a.js': '' })));
    expect(snapshot.nestedRoot).toBeNull();
  });

  it('does not call two top-level folders nested', async () => {
    const { snapshot } = await readWidget(await zipFile(await zipWithJszip({ 'a/manifest.json': MANIFEST, 'b/x.js': '' })));
    expect(snapshot.nestedRoot).toBeNull();
    expect(snapshot.files.map((file) => file.path)).toEqual(['a/manifest.json', 'b/x.js']);
  });
});

describe('readWidget: junk', () => {
  it('keeps __MACOSX and .DS_Store in the snapshot (the junk rule reports them; pack leaves them out)', async () => {
    const zip = await zipWithJszip({
      'manifest.json': MANIFEST,
      'images/logo.png': await pngOf(130, 100),
      '__MACOSX/images/._logo.png': new Uint8Array([0, 5, 22, 7, 0, 2]),
      '.DS_Store': new Uint8Array([0, 0, 0, 1]),
    });
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.files.map((file) => file.path)).toEqual(['.DS_Store', '__MACOSX/images/._logo.png', 'images/logo.png', 'manifest.json']);
    // An AppleDouble file named .png is not an image of the widget: no "corrupt image" noise for it.
    expect(Object.keys(snapshot.images)).toEqual(['images/logo.png']);
    expect(planPackage(snapshot).map((file) => file.path)).toEqual(['images/logo.png', 'manifest.json']);
  });

  it('lists node_modules and .git once instead of walking them', async () => {
    const files: Record<string, string> = { 'manifest.json': '{}' };
    for (let index = 0; index < 50; index += 1) {
      files[`node_modules/lib${index}/index.js`] = 'module.exports = 1;';
      files[`.git/objects/${index}`] = 'blob';
    }
    const { snapshot } = await readWidget(await writeTree(await tempFolder(), files));
    expect(snapshot.files.map((file) => file.path)).toEqual(['.git/', 'manifest.json', 'node_modules/']);
    expect(snapshot.files[0]).toMatchObject({ size: 0, bytes: null });
  });
});

describe('readWidget: unsafe zip entries', () => {
  const base = { name: 'manifest.json', data: new TextEncoder().encode('{}') };

  it('reports ../ and absolute entries without reading them', async () => {
    const zip = await zipWithJszip({ 'manifest.json': '{}', '../evil.js': 'pwned()', '/etc/cron.d/x': 'y' });
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
    expect(snapshot.unsafeEntries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '../evil.js', kind: 'parent' }),
        expect.objectContaining({ name: '/etc/cron.d/x', kind: 'absolute' }),
      ]),
    );
  });

  it('reports Windows drive paths as absolute and backslash names as backslash', async () => {
    const zip = craftZip([base, { name: 'C:/Windows/x.dll', data: new Uint8Array([1]) }, { name: 'images\\logo.png', data: new Uint8Array([2]) }, { name: '..\\up.js' }]);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([
      ['C:/Windows/x.dll', 'absolute'],
      ['images\\logo.png', 'backslash'],
      ['..\\up.js', 'parent'],
    ]);
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
  });

  it('reports a duplicate name (also after ./ normalisation) and keeps the first copy', async () => {
    const zip = craftZip([
      base,
      { name: 'script.js', data: new TextEncoder().encode('first') },
      { name: 'script.js', data: new TextEncoder().encode('second') },
      { name: './manifest.json', data: new TextEncoder().encode('{"x":1}') },
    ]);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([
      ['script.js', 'duplicate'],
      ['./manifest.json', 'duplicate'],
    ]);
    expect(new TextDecoder().decode(snapshot.files.find((file) => file.path === 'script.js')?.bytes ?? undefined)).toBe('first');
  });

  it('treats names that differ only in case as different files', async () => {
    const zip = craftZip([base, { name: 'Logo.png' }, { name: 'logo.png' }]);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.unsafeEntries).toEqual([]);
  });

  it('reports a symlink entry and an encrypted entry', async () => {
    const zip = craftZip([
      base,
      { name: 'link.js', data: new TextEncoder().encode('/etc/passwd'), method: 0, unixMode: 0o120777 },
      { name: 'secret.js', data: new Uint8Array(12), method: 0, flags: 0x0001 },
    ]);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([
      ['link.js', 'symlink'],
      ['secret.js', 'encrypted'],
    ]);
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
  });

  it('reports the symlinks and password of zips made by the zip command', async (context) => {
    if (!hasCommand('zip')) context.skip();
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'script.js': 'x' });
    await symlink('script.js', join(folder, 'alias.js'));
    const linked = join(await tempFolder(), 'linked.zip');
    execFileSync('zip', ['-r', '-q', '-y', linked, '.'], { cwd: folder });
    const withLink = await readWidget(linked);
    expect(withLink.snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([['alias.js', 'symlink']]);

    const locked = join(await tempFolder(), 'locked.zip');
    execFileSync('zip', ['-q', '-P', 'secret', locked, 'manifest.json'], { cwd: folder });
    const withPassword = await readWidget(locked);
    expect(withPassword.snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([['manifest.json', 'encrypted']]);
  });

  it('refuses a 300 MB zip bomb from its declared size without inflating it', async () => {
    const bomb = await deflatedZeros(300 * 1024 * 1024);
    const zip = craftZip([base, { name: 'bomb.bin', compressed: bomb.compressed, crc: bomb.crc, declaredSize: bomb.size }]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.files).toEqual([]);
    expect(snapshot.unsafeEntries).toEqual([expect.objectContaining({ name: 'widget.zip', kind: 'too-large' })]);
    expect(snapshot.unsafeEntries[0].detail).toMatch(/300\.0 MB/);
  });

  it('refuses one oversized entry (limit from options) and reads the rest', async () => {
    const zip = await zipWithJszip({ 'manifest.json': '{}', 'video.mp4': new Uint8Array(200_000) });
    const { snapshot } = await readWidget(await zipFile(zip), { maxEntryBytes: 100_000 });
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
    expect(snapshot.unsafeEntries).toEqual([expect.objectContaining({ name: 'video.mp4', kind: 'too-large' })]);
  });

  it('refuses the whole zip over maxTotalBytes', async () => {
    const zip = await zipWithJszip({ 'manifest.json': '{}', 'a.bin': new Uint8Array(60_000), 'b.bin': new Uint8Array(60_000) });
    const { snapshot } = await readWidget(await zipFile(zip), { maxTotalBytes: 100_000 });
    expect(snapshot.files).toEqual([]);
    expect(snapshot.unsafeEntries).toEqual([expect.objectContaining({ kind: 'too-large' })]);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const real = new Uint8Array(2_000_000);
    const zip = craftZip([base, { name: 'liar.js', data: real, declaredSize: 1000 }]);
    const { snapshot } = await readWidget(await zipFile(zip));
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
    expect(snapshot.unsafeEntries).toEqual([expect.objectContaining({ name: 'liar.js', kind: 'too-large' })]);
  });
});

describe('readWidget: config and ignore', () => {
  const config = { platform: 'kommo', ignore: ['docs/', '*.psd', 'src/**/*.test.js'] };
  const files = {
    'manifest.json': MANIFEST,
    'widget-publisher.json': config,
    'script.js': 'x',
    'docs/readme.md': '# docs',
    'design/logo.psd': new Uint8Array([8, 66, 80, 83]),
    'src/app.js': 'a',
    'src/deep/app.test.js': 't',
  };
  const expected = ['manifest.json', 'script.js', 'src/app.js'];

  it('leaves ignored files and the config itself out of a folder snapshot', async () => {
    const { snapshot, config: parsed } = await readWidget(await writeTree(await tempFolder(), files));
    expect(snapshot.files.map((file) => file.path)).toEqual(expected);
    expect(parsed).toEqual(config);
    expect(JSON.parse(snapshot.configText ?? '')).toEqual(config);
  });

  it("hides nothing of a zip with the archive's own ignore globs: every entry ships, the config too", async () => {
    const nested = Object.fromEntries(Object.entries(files).map(([path, content]) => [`widget/${path}`, content]));
    const { snapshot, config: parsed } = await readWidget(await zipFile(await zipWithJszip(nested)));
    expect(snapshot.nestedRoot).toBe('widget');
    expect(snapshot.files.map((file) => file.path)).toEqual(Object.keys(files).sort());
    expect(parsed.platform).toBe('kommo');
  });

  it('can ignore node_modules so the junk rule never sees it', async () => {
    const folder = await writeTree(await tempFolder(), {
      'manifest.json': '{}',
      'widget-publisher.json': { ignore: ['node_modules'] },
      'node_modules/x/index.js': '',
    });
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
  });

  it('throws a ConfigError with the line of a bad config', async () => {
    const folder = await writeTree(await tempFolder(), {
      'manifest.json': '{}',
      'widget-publisher.json': '{\n  "platform": "bitrix"\n}\n',
    });
    const error = await readWidget(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).line).toBe(2);
  });
});

describe('readWidget: folders on disk', () => {
  it('records a symlink as unsafe and does not follow it', async () => {
    const outside = await writeTree(await tempFolder(), { 'secret.txt': 'password' });
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}' });
    await symlink(join(outside, 'secret.txt'), join(folder, 'notes.txt'));
    await symlink(outside, join(folder, 'linked-dir'));
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.map((file) => file.path)).toEqual(['manifest.json']);
    expect(snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind]).sort()).toEqual([
      ['linked-dir', 'symlink'],
      ['notes.txt', 'symlink'],
    ]);
  });

  it('reports links deep inside nested folders and reads the files beside them', async () => {
    const outside = await writeTree(await tempFolder(), { 'secret.js': 'var password = 1;' });
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'js/a/b/c/real.js': 'define([], {});' });
    await symlink(join(outside, 'secret.js'), join(folder, 'js', 'a', 'b', 'c', 'linked.js'));
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.map((file) => file.path)).toEqual(['js/a/b/c/real.js', 'manifest.json']);
    expect(snapshot.unsafeEntries.map((entry) => [entry.name, entry.kind])).toEqual([['js/a/b/c/linked.js', 'symlink']]);
  });

  it.runIf(hasCommand('mkfifo'))('lists a pipe in a nested folder as nothing, and returns instead of waiting on it', async () => {
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'js/app.js': 'define([], {});' });
    execFileSync('mkfifo', [join(folder, 'js', 'feed.js')]);
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.map((file) => file.path)).toEqual(['js/app.js', 'manifest.json']);
  });

  it('reads every byte of empty, small and pool-sized-over files', async () => {
    const big = new Uint8Array(300 * 1024).map((_, index) => index % 251);
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'empty.txt': '', 'small.js': 'var a = 1;\n', 'data/big.json': big });
    const { snapshot } = await readWidget(folder);
    const byPath = new Map(snapshot.files.map((file) => [file.path, file]));
    expect(byPath.get('empty.txt')).toMatchObject({ size: 0 });
    expect(byPath.get('empty.txt')?.bytes?.length ?? 0).toBe(0);
    expect(new TextDecoder().decode(byPath.get('small.js')?.bytes ?? undefined)).toBe('var a = 1;\n');
    expect(byPath.get('data/big.json')?.size).toBe(big.length);
    expect(byPath.get('data/big.json')?.bytes).toEqual(big);
  });

  it('skips the bytes of big binaries but keeps their size', async () => {
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'media/demo.mp4': new Uint8Array(6 * 1024 * 1024) });
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.find((file) => file.path === 'media/demo.mp4')).toMatchObject({ size: 6 * 1024 * 1024, bytes: null });
  });

  it('names an unreadable file in a UserError', async (context) => {
    if (process.getuid?.() === 0) context.skip();
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'script.js': 'x' });
    await chmod(join(folder, 'script.js'), 0o000);
    const error = await readWidget(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/script\.js.*permission denied/);
  });
});

describe('readWidget: paths the user gets wrong', () => {
  it('says clearly that nothing is at a missing path', async () => {
    const missing = join(await tempFolder(), 'nope');
    const error = await readWidget(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(missing);
    expect((error as UserError).message).toMatch(/widget folder|widget\.zip/);
  });

  it('refuses a file that is neither a folder nor a zip', async () => {
    const path = await zipFile(new TextEncoder().encode('just text'), 'notes.txt');
    await expect(readWidget(path)).rejects.toThrow(/not a widget folder nor a zip/);
    const renamed = await zipFile(new TextEncoder().encode('Rar!'), 'widget.zip');
    await expect(readWidget(renamed)).rejects.toThrow(/not a zip archive/);
  });

  it('turns a damaged zip into a UserError, not a crash', async () => {
    const zip = await zipWithJszip({ 'manifest.json': '{}', 'script.js': 'x'.repeat(5000) });
    const cut = await zipFile(zip.subarray(0, zip.length - 30));
    const error = await readWidget(cut).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/cannot be read.*Make the archive again/);

    const manifest = { name: 'manifest.json', data: new TextEncoder().encode('{}') };
    const wrongChecksum = craftZip([manifest, { name: 'script.js', data: new TextEncoder().encode('x'), crc: 12345 }]);
    await expect(readWidget(await zipFile(wrongChecksum))).rejects.toThrow(/script\.js" is damaged/);
    const garbage = craftZip([manifest, { name: 'script.js', compressed: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 10, crc: 0 }]);
    await expect(readWidget(await zipFile(garbage))).rejects.toThrow(/script\.js" cannot be unpacked/);
  });
});

describe('readWidget: image metadata', () => {
  it('reads the real format and size of every image, and why a broken one fails', async () => {
    const good = await pngOf(400, 272);
    const folder = await writeTree(await tempFolder(), {
      'manifest.json': '{}',
      'images/logo_main.png': good,
      'images/logo.png': await jpegOf(130, 100),
      'images/logo_small.png': good.subarray(0, Math.floor(good.length * 0.6)),
      'images/logo_min.png': 'not an image at all',
      'images/big.png': await noisyPngOf(400, 272),
      'images/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="24"></svg>',
      'images/empty.gif': new Uint8Array(0),
    });
    const { images } = (await readWidget(folder)).snapshot;
    expect(images['images/logo_main.png']).toEqual({ path: 'images/logo_main.png', format: 'png', width: 400, height: 272, bytes: good.length, error: null });
    expect(images['images/logo.png']).toMatchObject({ format: 'jpeg', width: 130, height: 100, error: null });
    expect(images['images/logo_small.png']).toMatchObject({ format: 'png', width: 400, height: 272 });
    expect(images['images/logo_small.png'].error).toMatch(/cut short|damaged/);
    expect(images['images/logo_min.png']).toMatchObject({ format: null, width: null });
    expect(images['images/logo_min.png'].error).toMatch(/not an image/);
    expect(images['images/big.png'].bytes).toBeGreaterThan(300_000);
    expect(images['images/big.png'].error).toBeNull();
    expect(images['images/icon.svg']).toMatchObject({ format: 'svg', width: 16, height: 24, error: null });
    expect(images['images/empty.gif'].error).toMatch(/empty/);
  });

  it('reads a JPEG cut short as damaged', async () => {
    const jpeg = await jpegOf(1188, 616);
    const folder = await writeTree(await tempFolder(), { 'manifest.json': '{}', 'images/tour.jpg': jpeg.subarray(0, jpeg.length - 100) });
    const { images } = (await readWidget(folder)).snapshot;
    expect(images['images/tour.jpg'].error).toMatch(/cut short|damaged/);
  });
});

describe('readWidget: large widgets', () => {
  it('reads a 5,000-file folder and its zip quickly', async () => {
    const files: Record<string, string | Uint8Array> = { 'manifest.json': JSON.stringify(MANIFEST) };
    for (let index = 0; index < 5000; index += 1) {
      files[`vendor/lib${index % 50}/module${index}.js`] = `export const value${index} = ${index};\n`;
    }
    const icon = await pngOf(16, 16);
    for (let index = 0; index < 100; index += 1) files[`images/icons/icon${index}.png`] = icon;
    const folder = await writeTree(await tempFolder(), files);

    let started = performance.now();
    const fromFolder = await readWidget(folder);
    const folderMs = performance.now() - started;
    // Stored, not deflated: JSZip's pure-JS Deflate of 5,000 entries would dominate the test's time.
    const zipPath = await zipFile(await zipWithJszip(files, { compression: 'STORE' }));
    started = performance.now();
    const fromZip = await readWidget(zipPath);
    const zipMs = performance.now() - started;

    console.info(`readWidget 5,101 files: folder ${Math.round(folderMs)} ms, zip ${Math.round(zipMs)} ms`);
    expect(fromFolder.snapshot.files).toHaveLength(5101);
    expect(filesOf(fromZip.snapshot)).toEqual(filesOf(fromFolder.snapshot));
    expect(Object.keys(fromFolder.snapshot.images)).toHaveLength(100);
  });
});

async function deflatedZeros(size: number): Promise<{ compressed: Uint8Array; crc: number; size: number }> {
  const chunk = new Uint8Array(1024 * 1024);
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return { compressed: new Uint8Array(Buffer.concat(parts)), crc, size };
}
