import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';
import { writeWidgetZip } from '../../../electron/services/widget-packer';
import { readWidget } from '../../../electron/services/widget-reader';
import { removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree } from './widget-on-disk';

afterAll(removeTempFolders);

describe('a cancelled export writes nothing', () => {
  it('stops a zip cancelled while it is being made: no widget.zip, no temp file, an older zip kept as it was', async () => {
    const root = join(await tempFolder('wp-cancel-'), 'widget');
    await writeTree(root, await validWidgetOnDiskFiles('amocrm'));
    const { snapshot } = await readWidget(root);
    const outFolder = await tempFolder('wp-cancel-out-');
    const out = join(outFolder, 'widget.zip');
    await writeFile(out, 'the upload from yesterday');
    const controller = new AbortController();
    const writing = writeWidgetZip(snapshot, out, { signal: controller.signal });
    controller.abort();
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await readFile(out, 'utf8')).toBe('the upload from yesterday');
    expect(await readdir(outFolder)).toEqual(['widget.zip']);
  });

  it('removes the temp file when the cancel reaches the write itself', async () => {
    const folder = await tempFolder('wp-cancel-atomic-');
    const target = join(folder, 'widget.zip');
    const controller = new AbortController();
    controller.abort();
    await expect(writeFileAtomic(target, new Uint8Array(4 * 1024 * 1024), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(target)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes the zip when nobody cancels', async () => {
    const root = join(await tempFolder('wp-cancel-'), 'widget');
    await writeTree(root, await validWidgetOnDiskFiles('amocrm'));
    const { snapshot } = await readWidget(root);
    const out = join(await tempFolder('wp-cancel-out-'), 'widget.zip');
    const written = await writeWidgetZip(snapshot, out, { signal: new AbortController().signal });
    expect(written.bytes).toBe((await readFile(out)).length);
  });
});
