import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveZipAsFolder } from '../../../electron/services/zip-to-folder';
import { readWidget } from '../../../electron/services/widget-reader';
import { removeTempFolders, tempFolder, toBytes, validWidgetOnDiskFiles, zipWithJszip } from './widget-on-disk';

afterAll(removeTempFolders);

async function zipFile(files: Record<string, string | Uint8Array | object>): Promise<string> {
  const folder = await tempFolder('wp-zip-src-');
  const path = join(folder, 'widget.zip');
  await writeFile(path, await zipWithJszip(files));
  return path;
}

const NO_CHANGES = { texts: [], images: [], renames: [] };

describe('a widget.zip saved as a folder', () => {
  it('unwraps a widget/ folder, leaves system junk out, keeps the config, and lays the changes over the files', async () => {
    const files = await validWidgetOnDiskFiles();
    const nested = Object.fromEntries(Object.entries(files).map(([path, content]) => [`widget/${path}`, content]));
    const source = await zipFile({
      ...nested,
      'widget/.DS_Store': 'junk',
      '__MACOSX/widget/._manifest.json': 'junk',
      'widget/widget-publisher.json': '{"ignore": ["notes/**"]}\n',
      'widget/notes/todo.txt': 'kept: ignored files are part of the project, only not packed',
    });
    const target = join(await tempFolder('wp-zip-dst-'), 'my-widget');
    const result = await saveZipAsFolder(source, target, {
      texts: [{ path: 'i18n/en.json', text: '{"widget": {"name": "changed"}}\n' }],
      images: [{ folder: 'images', files: [{ file: 'tour_9_en.png', data: Buffer.from('slide') }] }],
      renames: [],
    });
    const listed = (await readdir(target, { recursive: true })).map((path) => path.split('\\').join('/')).sort();
    expect(listed).toContain('manifest.json');
    expect(listed).toContain('widget-publisher.json');
    expect(listed).toContain('notes/todo.txt');
    expect(listed).toContain('images/tour_9_en.png');
    expect(listed.some((path) => path.startsWith('widget/') || path.includes('.DS_Store') || path.includes('__MACOSX'))).toBe(false);
    expect(await readFile(join(target, 'i18n/en.json'), 'utf8')).toBe('{"widget": {"name": "changed"}}\n');
    expect(new Uint8Array(await readFile(join(target, 'manifest.json')))).toEqual(toBytes(files['manifest.json']));
    expect(result.skipped).toContain('.DS_Store');
    expect(result.copied).toBe(Object.keys(files).length + 1);
    const reread = await readWidget(target);
    expect(reread.snapshot.nestedRoot).toBeNull();
    expect(reread.snapshot.files.map((file) => file.path)).not.toContain('notes/todo.txt');
  });

  it('refuses a folder that is not empty and leaves it as it was', async () => {
    const source = await zipFile(await validWidgetOnDiskFiles());
    const target = await tempFolder('wp-zip-dst-');
    await writeFile(join(target, 'mine.txt'), 'keep me');
    await expect(saveZipAsFolder(source, target, NO_CHANGES)).rejects.toThrow(/is not empty.*Choose a new or empty folder/);
    expect(await readdir(target)).toEqual(['mine.txt']);
  });

  it('writes nothing, and leaves no hidden leftovers, when a change cannot be written', async () => {
    const source = await zipFile(await validWidgetOnDiskFiles());
    const parent = await tempFolder('wp-zip-dst-');
    const target = join(parent, 'empty');
    await mkdir(target);
    // "images" is a folder in the widget: a text file cannot take its place.
    await expect(saveZipAsFolder(source, target, { texts: [{ path: 'images', text: 'x' }], images: [], renames: [] })).rejects.toThrow(/Nothing was written there/);
    expect(await readdir(target)).toEqual([]);
    expect(await readdir(parent)).toEqual(['empty']);
  });

  it('tells the user when the source is a folder, not a zip', async () => {
    const folder = await tempFolder('wp-zip-src-');
    await expect(saveZipAsFolder(folder, join(folder, 'copy'), NO_CHANGES)).rejects.toThrow(/already a folder/);
  });
});
