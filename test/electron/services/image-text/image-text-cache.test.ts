import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { userCacheFolder } from '../../../../electron/services/image-text/cache-folder';
import { readImageTexts } from '../../../../electron/services/image-text/image-text-reader';
import { snapshotFromFiles } from '../../../helpers/widget-fixture';
import { logoPng, slidePng } from '../../../helpers/ui-screenshots';

const folders: string[] = [];
async function cacheFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wp-ocr-cache-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function widget() {
  return snapshotFromFiles(
    {
      'manifest.json': { widget: { name: 'Deals', locale: ['ru', 'en'] }, tour: { tour_images: { en: ['/images/tour_1_en.png'] } } },
      'images/tour_1_en.png': await slidePng({ menu: 'en', content: 'en' }),
      'images/logo_main.png': await logoPng('Acme', 'Лучший помощник продаж'),
      'images/logo_small.png': await logoPng('Acme', null),
    },
    {
      images: {
        'images/tour_1_en.png': { width: 1188, height: 616 },
        'images/logo_main.png': { width: 400, height: 272 },
        'images/logo_small.png': { width: 108, height: 108 },
      },
    },
  );
}

async function resultFiles(folder: string): Promise<string[]> {
  const buckets = await readdir(join(folder, 'results'));
  return (await Promise.all(buckets.map(async (bucket) => (await readdir(join(folder, 'results', bucket))).map((name) => join(folder, 'results', bucket, name))))).flat();
}

describe('the image text cache', { timeout: 240_000 }, () => {
  it('reads a slide and the large logo once; a repeated check reads nothing and gets the same words', async () => {
    const folder = await cacheFolder();
    const snapshot = await widget();
    const first = await readImageTexts(snapshot, {}, { cacheFolder: folder });
    expect(first.problems).toEqual([]);
    expect(first.recognized).toBe(2);
    // logo_small.png (108 px) carries no readable words and is not read.
    expect(Object.keys(first.texts).sort()).toEqual(['images/logo_main.png', 'images/tour_1_en.png']);
    expect(first.texts['images/logo_main.png'].words.map((word) => word.text)).toEqual(expect.arrayContaining(['Лучший', 'помощник']));
    expect(first.texts['images/tour_1_en.png'].languages).toBe('eng+rus');
    // The toolbar's buttons and the first menu item, in the slide's top row, are read too.
    expect(first.texts['images/tour_1_en.png'].words.map((word) => word.text)).toEqual(expect.arrayContaining(['Dashboard', 'Cancel', 'Add']));

    const second = await readImageTexts(snapshot, {}, { cacheFolder: folder });
    expect(second.recognized).toBe(0);
    expect(second.texts).toEqual(first.texts);
  });

  it('reads an image again when its cached result is damaged', async () => {
    const folder = await cacheFolder();
    const snapshot = await widget();
    await readImageTexts(snapshot, {}, { cacheFolder: folder });
    const [damaged] = await resultFiles(folder);
    await writeFile(damaged, '{"key": "something else"');
    const again = await readImageTexts(snapshot, {}, { cacheFolder: folder });
    expect(again.recognized).toBe(1);
    expect(again.problems).toEqual([]);
  });

  it('reads nothing when image/foreign-text is turned off in the config', async () => {
    const folder = await cacheFolder();
    const result = await readImageTexts(await widget(), { rules: { 'image/foreign-text': 'off' } }, { cacheFolder: folder });
    expect(result).toEqual({ texts: {}, recognized: 0, problems: [] });
  });
});

describe('the user cache folder', () => {
  it('follows each platform: XDG on Linux (absolute only), Library/Caches on macOS, LOCALAPPDATA on Windows', () => {
    expect(userCacheFolder({ XDG_CACHE_HOME: '/tmp/xdg' }, 'linux', '/home/u')).toBe('/tmp/xdg/widget-publisher');
    expect(userCacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.cache/widget-publisher');
    expect(userCacheFolder({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/widget-publisher');
    expect(userCacheFolder({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toContain('widget-publisher');
  });
});
