import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';
import { goToStep, shootStep } from './wizard-helpers';
import { validWidgetOnDiskFiles, writeTree } from '../electron/services/widget-on-disk';
import { logoPng, slidePng } from '../helpers/ui-screenshots';

describe('journey: a Russian menu on the English slide and a Russian slogan on the logo, boxed on the Tour and Branding steps', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    folder = join(await tempDir('wp-e2e-ocr-'), 'deals-widget');
    const files = await validWidgetOnDiskFiles('amocrm');
    files['images/tour_1_en.png'] = await slidePng({ menu: 'ru', content: 'en' });
    files['images/tour_1_ru.png'] = await slidePng({ menu: 'ru', content: 'ru' });
    // The logo every locale shows carries a Russian slogan: wrong for the English listing.
    files['images/logo_main.png'] = await logoPng('Acme', 'Лучший помощник продаж');
    await writeTree(folder, files);
    harness = await launchHarness({ colorScheme: 'light', readImageText: true });
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('the check finds the Russian words and the Tour step draws a box around each', { timeout: 300_000 }, async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('.finding-group[data-file="images/tour_1_en.png"]').waitFor({ timeout: 120_000 });
    await expect(page.locator('.finding-group[data-file="images/tour_1_en.png"]').getByText('image/foreign-text').count()).resolves.toBe(1);

    await goToStep(page, 'Tour');
    await page.locator('.locale-tab', { hasText: /^en/ }).click();
    await page.locator('.foreign-text__marks rect').first().waitFor();
    const boxed = await page.locator('.foreign-text__marks rect title').allTextContents();
    expect(boxed).toEqual(expect.arrayContaining(['Сделки', 'Контакты', 'Настройки']));
    await expect(page.locator('.foreign-text__message').first().textContent()).resolves.toMatch(/tour_1_en\.png \(en\) shows Russian text/);
    await shootStep(harness, '40-tour-foreign-text');
    await page.locator('.foreign-text').scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('40-tour-foreign-text-boxes');

    // The Russian slide's Russian menu is right: nothing is boxed there.
    await page.locator('.locale-tab', { hasText: /^ru/ }).click();
    await expect(page.locator('.foreign-text').count()).resolves.toBe(0);
  });

  it('the Branding step draws a box around the Russian slogan of the logo', async () => {
    const { page } = harness;
    await goToStep(page, 'Branding');
    await page.locator('.foreign-text__marks rect').first().waitFor();
    const boxed = await page.locator('.foreign-text__marks rect title').allTextContents();
    expect(boxed).toEqual(expect.arrayContaining(['Лучший', 'помощник', 'продаж']));
    expect(boxed).not.toContain('Acme');
    await expect(page.locator('.foreign-text__message').first().textContent()).resolves.toMatch(/logo_main\.png \(en\) shows Russian text: «Лучший»/);
    await page.locator('.foreign-text').scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('42-branding-foreign-text-boxes');
  });

  it('the manual checklist item shows what was found', async () => {
    const { page } = harness;
    await goToStep(page, 'Review and export');
    const assisted = page.locator('.manual__assisted');
    await assisted.first().waitFor();
    const listed = await assisted.first().locator('li').allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([expect.stringMatching(/^tour_1_en\.png \(en\) shows Russian text/), expect.stringMatching(/^logo_main\.png \(en\) shows Russian text/)]));
    await assisted.first().scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('41-manual-foreign-text');
    expect(harness.problems).toEqual([]);
  });
});
