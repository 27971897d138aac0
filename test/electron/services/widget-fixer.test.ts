import { readdir, readFile, stat, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/services/user-error';
import { fixWidgetFolder } from '../../../electron/services/widget-fixer';
import { readWidget } from '../../../electron/services/widget-reader';
import { pngOf, removeTempFolders, tempFolder, writeTree, zipWithJszip } from './widget-on-disk';
import { writeFile } from 'node:fs/promises';

afterAll(removeTempFolders);

const BOM = '\uFEFF';

describe('fixWidgetFolder', () => {
  it('removes BOMs and CRLF from text files, vendor files included, and leaves binaries alone', async () => {
    const png = await pngOf(20, 20);
    // A binary that happens to hold CR LF and BOM bytes must not be touched.
    const binary = new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x00, 0x0d]);
    const folder = await writeTree(await tempFolder(), {
      'manifest.json': `${BOM}{\r\n  "widget": {}\r\n}\r\n`,
      'script.js': 'define([], function () {\r\n  return {};\r\n});\r\n',
      'style.css': '.acme {\n  color: red;\n}\n',
      'i18n/en.json': `${BOM}{"a": "b"}\n`,
      'vendor/lib.min.js': 'var a=1;\r\nvar b=2;\r\n',
      'images/logo.png': png,
      'fonts/icon.woff2': binary,
    });
    const { snapshot } = await readWidget(folder);
    const changes = await fixWidgetFolder(folder, snapshot);
    expect(changes).toEqual([
      { path: 'i18n/en.json', removedBom: true, crlfLines: 0 },
      { path: 'manifest.json', removedBom: true, crlfLines: 3 },
      { path: 'script.js', removedBom: false, crlfLines: 3 },
      { path: 'vendor/lib.min.js', removedBom: false, crlfLines: 2 },
    ]);
    expect(await readFile(join(folder, 'manifest.json'), 'utf8')).toBe('{\n  "widget": {}\n}\n');
    expect(await readFile(join(folder, 'vendor/lib.min.js'), 'utf8')).toBe('var a=1;\nvar b=2;\n');
    expect(new Uint8Array(await readFile(join(folder, 'images/logo.png')))).toEqual(png);
    expect(new Uint8Array(await readFile(join(folder, 'fonts/icon.woff2')))).toEqual(binary);
    expect((await readdir(folder)).sort()).toEqual(['fonts', 'i18n', 'images', 'manifest.json', 'script.js', 'style.css', 'vendor']);

    // A second run has nothing left to do.
    expect(await fixWidgetFolder(folder, (await readWidget(folder)).snapshot)).toEqual([]);
  });

  it('fixes files inside a nested root and keeps their permissions', async () => {
    const outer = await writeTree(await tempFolder(), { 'widget/manifest.json': '{}\r\n', 'widget/tool.js': '#!/usr/bin/env node\r\n' });
    await chmod(join(outer, 'widget/tool.js'), 0o755);
    const { snapshot } = await readWidget(outer);
    expect(await fixWidgetFolder(outer, snapshot)).toHaveLength(2);
    expect(await readFile(join(outer, 'widget/tool.js'), 'utf8')).toBe('#!/usr/bin/env node\n');
    expect((await stat(join(outer, 'widget/tool.js'))).mode & 0o777).toBe(0o755);
  });

  it('uses what is on disk now, not the bytes read earlier', async () => {
    const folder = await writeTree(await tempFolder(), { 'script.js': 'old\r\n' });
    const { snapshot } = await readWidget(folder);
    await writeFile(join(folder, 'script.js'), 'edited since\r\n');
    await fixWidgetFolder(folder, snapshot);
    expect(await readFile(join(folder, 'script.js'), 'utf8')).toBe('edited since\n');
  });

  it('refuses a zip: fix works on folders', async () => {
    const zipPath = join(await tempFolder(), 'widget.zip');
    await writeFile(zipPath, await zipWithJszip({ 'manifest.json': `${BOM}{}` }));
    const { snapshot } = await readWidget(zipPath);
    const error = await fixWidgetFolder(zipPath, snapshot).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/fix works on a widget folder/i);
  });
});
