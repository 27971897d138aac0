import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { imageRules } from '../../../shared/rules/image';
import { UserError } from '../../../electron/services/user-error';
import { readWidget } from '../../../electron/services/widget-reader';
import { buildWidgetZip, defaultZipPath, leftOutOfPackage, planPackage, writeWidgetZip } from '../../../electron/services/widget-packer';
import { listZip } from '../../../electron/services/reader/zip-source';
import { DEFAULT_READ_LIMITS } from '../../../electron/services/reader/source-entry';
import { readZipDirectory } from '../../../electron/services/reader/zip-directory';
import { hasCommand, removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree } from './widget-on-disk';

afterAll(removeTempFolders);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

async function widgetFolderWithLeftovers(): Promise<string> {
  const files = await validWidgetOnDiskFiles();
  return writeTree(await tempFolder(), {
    ...files,
    'widget-publisher.json': { ignore: ['design/'] },
    'design/logo-source.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '.DS_Store': new Uint8Array([0, 0, 0, 1]),
    'script.js.map': '{"version":3}',
    'vendor/lib.min.js': 'var a=1;',
    'node_modules/left-pad/index.js': 'module.exports = 1;',
  });
}

describe('planPackage', () => {
  it('ships widget files and leaves out junk, the config and ignored files', async () => {
    const { snapshot } = await readWidget(await widgetFolderWithLeftovers());
    const shipped = planPackage(snapshot).map((file) => file.path);
    expect(shipped).toEqual([
      'i18n/en.json',
      'i18n/ru.json',
      'images/logo.png',
      'images/logo_main.png',
      'images/logo_medium.png',
      'images/logo_min.png',
      'images/logo_small.png',
      'images/tour_1_en.png',
      'images/tour_1_ru.png',
      'manifest.json',
      'script.js',
      'style.css',
      'vendor/lib.min.js',
    ]);
    expect(planPackage(snapshot).find((file) => file.path === 'script.js')?.size).toBeGreaterThan(100);
    expect(leftOutOfPackage(snapshot).map((file) => file.path)).toEqual(['.DS_Store', 'node_modules/', 'script.js.map']);
  });
});

describe('buildWidgetZip', () => {
  it('makes byte-identical archives across runs and time zones', async () => {
    const folder = await widgetFolderWithLeftovers();
    process.env.TZ = 'Pacific/Kiritimati';
    const first = await buildWidgetZip((await readWidget(folder)).snapshot);
    // Touching a file changes its mtime but not its content: the archive must not change.
    await writeFile(join(folder, 'style.css'), await readFile(join(folder, 'style.css')));
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(Date.UTC(1980, 0, 1)).getHours()).toBe(16);
    const second = await buildWidgetZip((await readWidget(folder)).snapshot);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('stores files at the root, sorted, dated 1980-01-01, 0644 files and 0755 folders, Deflate', async () => {
    const { snapshot } = await readWidget(await widgetFolderWithLeftovers());
    const bytes = await buildWidgetZip(snapshot);
    const names = listZip(bytes, 'widget.zip', DEFAULT_READ_LIMITS).entries.map((entry) => entry.path);
    expect(names).toEqual(planPackage(snapshot).map((file) => file.path));

    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries.map((entry) => entry.name)).toEqual([...entries.map((entry) => entry.name)].sort());
    for (const entry of entries) {
      expect(entry.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
      expect(entry.unixPermissions).toBe(entry.dir ? 0o40755 : 0o100644);
    }
    expect(entries.filter((entry) => entry.dir).map((entry) => entry.name)).toEqual(['i18n/', 'images/', 'vendor/']);
    for (const entry of readZipDirectory(bytes)) expect(entry.method).toBe(entry.isDirectory ? 0 : 8);
    // The DOS time and date fields of the first local header: 00:00:00, 1980-01-01.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('puts the files of a nested widget/ folder at the zip root', async () => {
    const files = await validWidgetOnDiskFiles();
    const outer = await tempFolder();
    await writeTree(outer, Object.fromEntries(Object.entries(files).map(([path, content]) => [`widget/${path}`, content])));
    const { snapshot } = await readWidget(outer);
    expect(snapshot.nestedRoot).toBe('widget');
    const names = Object.keys((await JSZip.loadAsync(await buildWidgetZip(snapshot))).files);
    expect(names).toContain('manifest.json');
    expect(names.some((name) => name.startsWith('widget/'))).toBe(false);
  });

  it('reads back as the same widget with no junk, and passes the image rules', async () => {
    const folder = await widgetFolderWithLeftovers();
    const { snapshot: fromFolder } = await readWidget(folder);
    const out = join(await tempFolder(), 'widget.zip');
    await writeWidgetZip(fromFolder, out);
    const { snapshot: fromZip } = await readWidget(out);
    expect(fromZip.files.map((file) => file.path)).toEqual(planPackage(fromFolder).map((file) => file.path));
    expect(fromZip.unsafeEntries).toEqual([]);
    expect(fromZip.configText).toBeNull();
    expect(checkWidget(fromZip, { rules: imageRules }).findings).toEqual([]);
  });

  it('is accepted by unzip -t and unpacks files at the root', async (context) => {
    if (!hasCommand('unzip')) context.skip();
    const { snapshot } = await readWidget(await widgetFolderWithLeftovers());
    const out = join(await tempFolder(), 'widget.zip');
    await writeWidgetZip(snapshot, out);
    expect(execFileSync('unzip', ['-t', out]).toString()).toMatch(/No errors detected/);
    const target = await tempFolder();
    execFileSync('unzip', ['-q', out, '-d', target]);
    expect((await readdir(target)).sort()).toEqual(['i18n', 'images', 'manifest.json', 'script.js', 'style.css', 'vendor']);
  });

  it('packs big binaries the reader did not load', async () => {
    const files = await validWidgetOnDiskFiles();
    const big = new Uint8Array(6 * 1024 * 1024).fill(7);
    const folder = await writeTree(await tempFolder(), { ...files, 'media/demo.bin': big });
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.find((file) => file.path === 'media/demo.bin')?.bytes).toBeNull();
    const zip = await JSZip.loadAsync(await buildWidgetZip(snapshot));
    expect((await zip.file('media/demo.bin')?.async('uint8array'))?.length).toBe(big.length);
  });
});

describe('writeWidgetZip', () => {
  it('writes widget.zip next to the folder by default', async () => {
    const parent = await tempFolder();
    const folder = join(parent, 'my-widget');
    await writeTree(folder, await validWidgetOnDiskFiles());
    expect(defaultZipPath(folder)).toBe(join(parent, 'widget.zip'));
    const { snapshot } = await readWidget(folder);
    const written = await writeWidgetZip(snapshot, defaultZipPath(folder));
    expect(written).toMatchObject({ path: join(parent, 'widget.zip'), files: 12 });
    expect((await readdir(parent)).sort()).toEqual(['my-widget', 'widget.zip']);
  });

  it('refuses to write inside the widget folder', async () => {
    const folder = await writeTree(await tempFolder(), await validWidgetOnDiskFiles());
    const { snapshot } = await readWidget(folder);
    for (const out of [join(folder, 'widget.zip'), join(folder, 'dist', 'widget.zip')]) {
      const error = await writeWidgetZip(snapshot, out).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/inside the widget folder/);
    }
    expect(await readdir(folder)).not.toContain('widget.zip');
  });

  it('sees through a symlinked path to the widget folder', async () => {
    const folder = await writeTree(await tempFolder(), await validWidgetOnDiskFiles());
    const alias = join(await tempFolder(), 'alias');
    await symlink(folder, alias);
    const { snapshot } = await readWidget(folder);
    await expect(writeWidgetZip(snapshot, join(alias, 'new-dir', 'widget.zip'))).rejects.toThrow(/inside the widget folder/);
  });

  it('refuses a folder as the output path', async () => {
    const folder = await writeTree(await tempFolder(), await validWidgetOnDiskFiles());
    const { snapshot } = await readWidget(folder);
    await expect(writeWidgetZip(snapshot, await tempFolder())).rejects.toThrow(/is a folder/);
  });
});
