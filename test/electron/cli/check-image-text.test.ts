import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slidePng } from '../../helpers/ui-screenshots';
import { initWidget, run, tempFolder } from './cli-harness';

describe('check and pack read the words in the slides', { timeout: 240_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
    await initWidget(work.path, 'widget');
    // The English slide was taken in a Russian account: its menu is Russian.
    await writeFile(join(work.path, 'widget/images/tour_1_en.png'), await slidePng({ menu: 'ru', content: 'en' }));
    await writeFile(join(work.path, 'widget/images/tour_1_ru.png'), await slidePng({ menu: 'ru', content: 'ru', brands: ['Telegram'] }));
  });
  afterAll(async () => work.remove());

  it('warns about the Russian words on the English slide, and the manual checklist item points at them', async () => {
    const result = await run(work.path, ['check', 'widget', '--manual']);
    expect(result.stdout).toMatch(/^widget\/images\/tour_1_en\.png\n {2}warning {2}\[en\] tour_1_en\.png \(en\) shows Russian text: .*«Сделки».* {2}image\/foreign-text\n {11}help: .*Words read: .*«Сделки» at \d+,\d+/m);
    expect(result.stdout).not.toContain('tour_1_ru.png (ru)');
    expect(result.stdout).toContain('↳ image/foreign-text: 1 finding above (images/tour_1_en.png)');
    expect(result.code).toBe(0);
  });

  it('reads nothing with --no-ocr, in check and in pack', async () => {
    const check = await run(work.path, ['check', 'widget', '--no-ocr']);
    expect(check.stdout).not.toContain('image/foreign-text:');
    expect(check.stdout).not.toContain('shows Russian text');
    const pack = await run(work.path, ['pack', 'widget', '--no-ocr', '-o', 'widget.zip']);
    expect(pack.code).toBe(0);
    expect(pack.stdout).not.toContain('image/foreign-text');
    const packRead = await run(work.path, ['pack', 'widget', '-o', 'widget.zip']);
    expect(packRead.code).toBe(0);
    expect(packRead.stdout).toContain('shows Russian text');
  });
});
