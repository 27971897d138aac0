import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyWidgetWrite, plannedPaths } from '../../../electron/services/widget-writer';
import { removeTempFolders, tempFolder, writeTree } from './widget-on-disk';

afterAll(removeTempFolders);

const text = (path: string) => readFile(path, 'utf8');

describe('a Save written into the widget folder', () => {
  it('swaps two slides by name without losing either, then writes the manifest that lists them', async () => {
    const root = await writeTree(await tempFolder('wp-writer-'), {
      'images/tour_1_en.png': 'first',
      'images/tour_2_en.png': 'second',
      'manifest.json': '{"old": true}\n',
    });
    const written = await applyWidgetWrite(root, {
      texts: [{ path: 'manifest.json', text: '{"new": true}\n' }],
      images: [],
      renames: [
        { from: 'images/tour_2_en.png', to: 'images/tour_1_en.png' },
        { from: 'images/tour_1_en.png', to: 'images/tour_2_en.png' },
      ],
    });
    expect(await text(join(root, 'images/tour_1_en.png'))).toBe('second');
    expect(await text(join(root, 'images/tour_2_en.png'))).toBe('first');
    expect(await text(join(root, 'manifest.json'))).toBe('{"new": true}\n');
    expect(written).toEqual(['images/tour_1_en.png', 'images/tour_2_en.png', 'manifest.json']);
  });

  it('writes new images before renaming them, skips a rename whose file is missing, and keeps a file’s permissions', async () => {
    const root = await writeTree(await tempFolder('wp-writer-'), { 'i18n/en.json': '{}\n' });
    await chmod(join(root, 'i18n/en.json'), 0o640);
    await applyWidgetWrite(root, {
      texts: [{ path: 'i18n/en.json', text: '{"widget": {}}\n' }],
      images: [{ folder: 'images', files: [{ file: 'tour_1_en.png', data: Buffer.from('made') }, { file: 'tour_2_en.png', data: Buffer.from('made 2') }] }],
      renames: [
        { from: 'images/tour_2_en.png', to: 'images/tour_1_en.png' },
        { from: 'images/tour_1_en.png', to: 'images/tour_2_en.png' },
        { from: 'images/tour_9_en.png', to: 'images/tour_3_en.png' },
      ],
    });
    expect(await text(join(root, 'images/tour_1_en.png'))).toBe('made 2');
    expect(await text(join(root, 'images/tour_2_en.png'))).toBe('made');
    await expect(stat(join(root, 'images/tour_3_en.png'))).rejects.toThrow();
    expect((await stat(join(root, 'i18n/en.json'))).mode & 0o777).toBe(0o640);
  });

  it('names every path it touches, so the caller can check each one', () => {
    const paths = plannedPaths('/w', {
      texts: [{ path: 'manifest.json', text: '' }],
      images: [{ folder: 'images', files: [{ file: 'logo.png', data: Buffer.alloc(0) }] }],
      renames: [{ from: 'images/a.png', to: 'images/b.png' }],
    });
    expect(paths).toEqual(['/w/manifest.json', '/w/images/logo.png', '/w/images/a.png', '/w/images/b.png']);
  });
});
