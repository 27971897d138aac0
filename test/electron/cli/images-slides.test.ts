import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threeBands } from '../services/image-studio/test-images';
import { runImageCommand } from './images-harness';

const MANIFEST = `{
  "widget": {
    "name": "widget.name",
    "locale": ["ru", "en"],
    "vendor_extra": 1
  },
  "locations": ["lcard-1"],
  "tour": {
    "is_tour": true,
    "tour_images": {
      "ru": ["/images/tour_1_ru.png"]
    },
    "tour_description": "widget.tour_description"
  }
}
`;

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'wp-slides-cli-'));
  await mkdir(join(cwd, 'widget'));
  await writeFile(join(cwd, 'widget', 'manifest.json'), MANIFEST);
  for (const [index, size] of [
    [1, [1920, 1080]],
    [2, [1280, 720]],
    [3, [2376, 1232]],
  ] as const) {
    await writeFile(join(cwd, `shot${index}.png`), await threeBands(size[0], size[1]));
  }
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('widget-publisher slides', () => {
  it('makes the slides in <widget>/images and lists them in manifest.json, keeping everything else', async () => {
    const run = await runImageCommand(cwd, ['slides', 'shot1.png', 'shot2.png', 'shot3.png', '--locale', 'en', '--update-manifest', 'widget']);
    // No --platform and no config: the widget decides, and the run says so.
    expect(run.stderr).toMatch(/^Platform: amoCRM \(detected from the widget: [^\n]+; --platform chooses another\)\.\n$/);
    expect(run.code).toBe(0);
    expect((await readdir(join(cwd, 'widget/images'))).sort()).toEqual(['tour_1_en.png', 'tour_2_en.png', 'tour_3_en.png']);
    for (const name of ['tour_1_en.png', 'tour_3_en.png']) {
      const metadata = await sharp(join(cwd, 'widget/images', name)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1188, 616]);
    }
    expect(run.stdout).toMatch(/^tour_1_en\.png\s+1188x616\s+[\d,]+\s+png$/m);
    expect(run.stdout).toContain('Added /images/tour_1_en.png, /images/tour_2_en.png, /images/tour_3_en.png to tour.tour_images.en in widget/manifest.json.');
    const text = await readFile(join(cwd, 'widget/manifest.json'), 'utf8');
    const anchor = '"ru": ["/images/tour_1_ru.png"]';
    const cut = MANIFEST.indexOf(anchor) + anchor.length;
    expect(text.slice(0, cut)).toBe(MANIFEST.slice(0, cut));
    expect(text.slice(text.indexOf('\n    },\n    "tour_description"'))).toBe(MANIFEST.slice(MANIFEST.indexOf('\n    },\n    "tour_description"')));
    expect(JSON.parse(text).tour.tour_images.en).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png', '/images/tour_3_en.png']);
  });

  it('writes .jpg slides and lists them when the user keeps JPEG', async () => {
    const run = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'ru', '--format', 'jpeg', '--fit', 'cover', '--first', '2', '--update-manifest', 'widget']);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'widget/manifest.json'), 'utf8')).tour.tour_images.ru).toEqual([
      '/images/tour_1_ru.png',
      '/images/tour_2_ru.jpg',
    ]);
    expect((await sharp(join(cwd, 'widget/images/tour_2_ru.jpg')).metadata()).format).toBe('jpeg');
  });

  it('writes to --out without touching any manifest', async () => {
    const run = await runImageCommand(cwd, ['slides', 'shot2.png', '--locale', 'es', '--out', 'out']);
    expect(run.code).toBe(0);
    expect(await readdir(join(cwd, 'out'))).toEqual(['tour_1_es.png']);
    expect(await readFile(join(cwd, 'widget/manifest.json'), 'utf8')).toBe(MANIFEST);
  });

  it('warns when the manifest does not declare the locale', async () => {
    const run = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'es', '--update-manifest', 'widget']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: widget\/manifest\.json: widget\.locale does not list "es"; add it, or these slides are never shown\.\nPlatform: amoCRM /);
  });

  it('writes nothing when the manifest is broken', async () => {
    await writeFile(join(cwd, 'widget', 'manifest.json'), '{\n  "tour": {\n    "is_tour": true,\n  }\n}\n');
    const run = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'en', '--update-manifest', 'widget']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^widget-publisher: widget\/manifest\.json:3:\d+: trailing comma/);
    await expect(stat(join(cwd, 'widget/images'))).rejects.toThrow();
  });

  it('refuses a locale no platform offers, a folder outside the widget and a missing manifest', async () => {
    const locale = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'de']);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toBe(
      'widget-publisher: --locale de is not a widget language: amoCRM offers ru, en, es, pt; Kommo offers en, es, pt, tr, id.\n' +
        'See "widget-publisher slides --help" for usage.\n',
    );
    const outside = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'en', '--update-manifest', 'widget', '--out', 'elsewhere']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/--out elsewhere is outside the widget widget/);
    const none = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'en', '--update-manifest', '.']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/manifest\.json: no manifest\.json there/);
    const missingLocale = await runImageCommand(cwd, ['slides', 'shot1.png']);
    expect(missingLocale.code).toBe(2);
    expect(missingLocale.stderr).toMatch(/required option '--locale <code>' not specified/);
    expect(await readdir(cwd)).not.toContain('images');
  });

  it('names the broken slide and writes none of them', async () => {
    await writeFile(join(cwd, 'broken.png'), 'x');
    const run = await runImageCommand(cwd, ['slides', 'shot1.png', 'broken.png', '--locale', 'en', '--update-manifest', 'widget']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^widget-publisher: broken\.png: not an image/);
    await expect(stat(join(cwd, 'widget/images'))).rejects.toThrow();
    expect(await readFile(join(cwd, 'widget/manifest.json'), 'utf8')).toBe(MANIFEST);
  });

  it('reads the platform from the config of the widget the slides go into, as the other commands do', async () => {
    await writeFile(join(cwd, 'widget', 'widget-publisher.json'), '{ "platform": "kommo" }\n');
    const russian = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'ru', '--out', 'widget/images']);
    expect(russian.code).toBe(2);
    expect(russian.stderr).toContain('--locale ru is not a widget language: Kommo offers en, es, pt, tr, id.');
    const turkish = await runImageCommand(cwd, ['slides', 'shot1.png', '--locale', 'TR', '--out', 'widget/images']);
    expect(turkish.code).toBe(0);
    expect(await readdir(join(cwd, 'widget/images'))).toEqual(['tour_1_tr.png']);

    await writeFile(join(cwd, 'widget', 'widget-publisher.json'), '{\n  "platform": "bitrix"\n}\n');
    const logos = await runImageCommand(cwd, ['images', 'shot1.png', '--out', 'widget/images']);
    expect(logos.code).toBe(2);
    expect(logos.stderr).toMatch(/^widget-publisher: widget-publisher\.json:2:\d+: "platform"/);
  });
});
