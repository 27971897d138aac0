import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_FLAGS, run, tempFolder } from './cli-harness';

describe('init -> check -> pack -> check the zip', { timeout: 180_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
  });
  afterAll(async () => work.remove());

  it('makes a widget that passes check with no errors and no warnings, and a zip that passes again', async () => {
    const init = await run(work.path, ['init', 'deals', ...INIT_FLAGS]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Created deals (amoCRM; locales ru, en)');

    const files = await readdir(join(work.path, 'deals'), { recursive: true });
    expect(files.map((file) => file.split('\\').join('/')).sort()).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'script.js',
        'style.css',
        'widget-publisher.json',
        'i18n/ru.json',
        'i18n/en.json',
        'images/logo.png',
        'images/logo_main.png',
        'images/logo_medium.png',
        'images/logo_small.png',
        'images/logo_min.png',
        'images/tour_1_ru.png',
        'images/tour_1_en.png',
      ]),
    );
    const ru = JSON.parse(await readFile(join(work.path, 'deals/i18n/ru.json'), 'utf8'));
    expect(ru.widget.name).toBe('Сделки в Telegram via Acme');

    const check = await run(work.path, ['check', 'deals', '--format', 'json']);
    const report = JSON.parse(check.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(check.code).toBe(0);

    const text = await run(work.path, ['check', 'deals', '--max-warnings', '0']);
    expect(text.stdout).toContain('✔ ready for moderation');
    expect(text.code).toBe(0);

    const pack = await run(work.path, ['pack', 'deals']);
    expect(pack.code).toBe(0);
    expect(pack.stdout).toMatch(/^Wrote widget\.zip \(12 files, [\d.]+ KB\)\.\n$/);
    const zip = join(work.path, 'widget.zip');
    expect((await stat(zip)).isFile()).toBe(true);

    const checkZip = await run(work.path, ['check', 'widget.zip', '--format', 'json']);
    const zipReport = JSON.parse(checkZip.stdout);
    expect(zipReport.summary.errors).toBe(0);
    expect(zipReport.findings).toEqual([]);
    expect(checkZip.code).toBe(0);

    const again = await run(work.path, ['pack', 'deals', '-o', 'again.zip']);
    expect(again.code).toBe(0);
    expect(await readFile(join(work.path, 'again.zip'))).toEqual(await readFile(zip));
  });
});
