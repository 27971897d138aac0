import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageSetStore } from '../../../electron/services/image-set-store';
import type { GeneratedImage } from '../../../electron/services/image-studio';
import { pngOf, removeTempFolders, tempFolder } from './widget-on-disk';

afterAll(removeTempFolders);

async function generated(file: string, width: number, height: number): Promise<GeneratedImage> {
  const data = Buffer.from(await pngOf(width, height));
  return { file, width, height, bytes: data.length, encoding: 'png', mediaType: 'image/png', data };
}

describe('image sets kept until they are saved', () => {
  it('gives back the same bytes from a new store over the same folder (as after a restart)', async () => {
    const folder = await tempFolder('wp-sets-');
    const images = [await generated('logo_main.png', 400, 272), await generated('logo.png', 130, 100)];
    const id = await new ImageSetStore(folder).put(images, [{ file: 'logo.png', message: 'enlarged' }]);
    const again = await new ImageSetStore(folder).get(id);
    expect(again?.images.map((image) => [image.file, image.width, image.height, image.bytes])).toEqual(images.map((image) => [image.file, image.width, image.height, image.bytes]));
    expect(again?.images.every((image, index) => image.data.equals(images[index].data))).toBe(true);
    expect(again?.warnings).toEqual([{ file: 'logo.png', message: 'enlarged' }]);
    expect(await readdir(folder)).toEqual([id]);
  });

  it('answers null for an unknown id, a path in disguise, or a set whose files were damaged', async () => {
    const folder = await tempFolder('wp-sets-');
    const store = new ImageSetStore(folder);
    expect(await store.get('set-zzzzzz-000000000000')).toBeNull();
    expect(await store.get('../../etc')).toBeNull();
    const id = await store.put([await generated('tour_1_en.png', 1188, 616)], []);
    await writeFile(join(folder, id, 'tour_1_en.png'), 'cut short');
    expect(await store.get(id)).toBeNull();
    const other = await store.put([await generated('tour_1_en.png', 1188, 616)], []);
    await writeFile(join(folder, other, 'set.json'), '{ not json');
    expect(await store.get(other)).toBeNull();
  });

  it('prunes the oldest sets beyond the limit, sets past their age, and leftovers of an interrupted write', async () => {
    const folder = await tempFolder('wp-sets-');
    const store = new ImageSetStore(folder, { maxSets: 2, maxAgeMs: 10 * 24 * 3600 * 1000 });
    const image = await generated('logo.png', 130, 100);
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) ids.push(await store.put([image], []));
    const now = Date.now();
    const ageOf = (days: number) => new Date(now - days * 24 * 3600 * 1000);
    await utimes(join(folder, ids[0]), ageOf(20), ageOf(20));
    await utimes(join(folder, ids[1]), ageOf(3), ageOf(3));
    await utimes(join(folder, ids[2]), ageOf(2), ageOf(2));
    await utimes(join(folder, ids[3]), ageOf(1), ageOf(1));
    await mkdir(join(folder, '.set-old.partial'));
    await utimes(join(folder, '.set-old.partial'), ageOf(2), ageOf(2));
    await mkdir(join(folder, '.set-now.partial'));
    expect(await store.prune(now)).toBe(3);
    expect((await readdir(folder)).sort()).toEqual(['.set-now.partial', ids[2], ids[3]].sort());
    expect(await store.get(ids[3])).not.toBeNull();
  });
});
