import JSZip from 'jszip';
import sharp from 'sharp';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWidget } from '../../shared/check/check-widget';
import { readWidget } from '../../electron/services/widget-reader';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';
import { fillSupportStep, goToStep, shootStep, SMALL_WINDOW, startNewWidget, timings, writeSourceImages } from './wizard-helpers';

const TEXTS = {
  ru: {
    name: 'Сделки в Telegram via Acme',
    teaser: 'Уведомления о сделках в Telegram за минуту',
    description: 'Виджет отправляет уведомления о новых сделках аккаунта #SUBDOMAIN# в ваш Telegram-чат.',
    tour: 'Подключите бота и получайте уведомления о сделках.',
    label: 'Ключ API',
  },
  en: {
    name: 'Deals to Telegram via Acme',
    teaser: 'Get deal alerts in Telegram within a minute',
    description: 'The widget sends alerts about new deals in the #SUBDOMAIN# account to your Telegram chat.',
    tour: 'Connect the bot and receive deal alerts.',
    label: 'API key',
  },
};

describe('journey: a new widget from a blank page, through every step, to a zip that passes the check', () => {
  let harness: Harness;
  let folder: string;
  let outFolder: string;
  let sources: { logo: string; slides: string[] };

  beforeAll(async () => {
    const parent = await tempDir('wp-e2e-wizard-new-');
    folder = join(parent, 'acme-deals');
    outFolder = await tempDir('wp-e2e-wizard-out-');
    sources = await writeSourceImages(await tempDir('wp-e2e-sources-'));
    harness = await launchHarness({ colorScheme: 'light', viewport: SMALL_WINDOW });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('starts a new widget: marketplace, an empty folder, company and product', async () => {
    await startNewWidget(harness, folder, () => shootStep(harness, 'wizard-00-new-widget'));
    expect(existsSync(join(folder, 'manifest.json'))).toBe(false);
    await shootStep(harness, 'wizard-01-start');
  });

  it('basics come with the structure page defaults', async () => {
    const { page } = harness;
    await goToStep(page, 'Basics');
    await expect(page.getByLabel('Version (widget.version)').inputValue()).resolves.toBe('1.0.0');
    await shootStep(harness, 'wizard-02-basics');
  });

  it('store texts count characters per keystroke and flag the name without “via”', async () => {
    const { page } = harness;
    await goToStep(page, 'Store texts');
    for (const locale of ['ru', 'en'] as const) {
      await page.getByRole('tab', { name: locale }).click();
      const name = page.getByLabel('Name', { exact: true });
      await name.fill('Deals to Telegram');
      await page.getByText('“via”').first().waitFor();
      await name.pressSequentially(' via Acme', { delay: 5 });
      await page.getByLabel('Teaser (short description)').fill(TEXTS[locale].teaser);
      await page.getByLabel('Description', { exact: true }).fill(TEXTS[locale].description);
      await page.getByLabel('Tour description').fill(TEXTS[locale].tour);
      await name.fill(TEXTS[locale].name);
    }
    await expect(page.locator('.counter').first().textContent()).resolves.toContain('26/30');
    await shootStep(harness, 'wizard-03-texts');
  });

  it('locales show every key in a grid', async () => {
    const { page } = harness;
    await goToStep(page, 'Locales and translations');
    await page.getByLabel('New key (a text your script uses)').fill('userLang.button');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.locator('.key-grid__cell--empty').count()).resolves.toBe(2);
    await page.getByLabel('userLang.button in ru').fill('Отправить');
    await page.getByLabel('userLang.button in en').fill('Send');
    await shootStep(harness, 'wizard-04-locales');
  });

  it('locations open the block a location needs', async () => {
    const { page } = harness;
    await goToStep(page, 'Locations and blocks');
    await page.getByLabel(/Digital pipeline/).check();
    const dp = page.locator('.location[data-area="digital_pipeline"]');
    await dp.getByText('The “dp” block').waitFor();
    await dp.getByRole('radio', { name: 'No (false)' }).check();
    await dp.getByLabel('Webhook URL (webhook_url)').fill('https://acme-widgets.io/dp-hook');
    await shootStep(harness, 'wizard-05-locations');
  });

  it('settings fields are added with a label per locale', async () => {
    const { page } = harness;
    await goToStep(page, 'Settings fields');
    await page.getByLabel('Code of a new field').fill('api_key');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByLabel('Label (ru)').fill(TEXTS.ru.label);
    await page.getByLabel('Label (en)').fill(TEXTS.en.label);
    await page.getByLabel('Required').check();
    await shootStep(harness, 'wizard-06-settings');
  });

  it('support takes the link, the email and the phone', async () => {
    const { page } = harness;
    await fillSupportStep(page);
    await shootStep(harness, 'wizard-07-support');
  });

  it('branding makes every size from one logo and shows the mock-ups', async () => {
    const { page } = harness;
    await goToStep(page, 'Branding');
    harness.main.dialogs.openImages.push([sources.logo]);
    await page.locator('.source-row').first().getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => page.locator('.image-tile img').count(), { timeout: 60_000 }).toBe(6);
    await page.getByText('logo_dp.png').first().waitFor();
    await shootStep(harness, 'wizard-08-branding');
  });

  it('tour makes 1188x616 slides per locale', async () => {
    const { page } = harness;
    await goToStep(page, 'Tour');
    for (const locale of ['ru', 'en']) {
      await page.getByRole('tab', { name: locale }).click();
      harness.main.dialogs.openImages.push(sources.slides);
      await page.getByRole('button', { name: 'Choose 1–5 images…' }).click();
      await expect.poll(() => page.locator('.slide img').count(), { timeout: 60_000 }).toBe(2);
    }
    await page.getByRole('button', { name: 'Move slide 2 up' }).click();
    await expect(page.locator('.slide code').first().textContent()).resolves.toBe('/images/tour_2_en.png');
    await shootStep(harness, 'wizard-09-tour');
  });

  it('the code check of the widget as it will be saved finds no error', async () => {
    const { page } = harness;
    await goToStep(page, 'Code check');
    await page.locator('.chips, .empty-state').first().waitFor();
    await expect(page.locator('.finding--error').count()).resolves.toBe(0);
    await shootStep(harness, 'wizard-10-code-check');
  });

  it('review lists the files, saves them, exports the zip and reveals it', async () => {
    const { page } = harness;
    await goToStep(page, 'Review and export');
    const planned = page.locator('.planned-list');
    await planned.getByText('manifest.json').waitFor();
    await planned.getByText('script.js').waitFor();
    await planned.getByText('images/logo_main.png').waitFor();
    await planned.locator('.planned[data-path="manifest.json"] .planned__toggle').click();
    await page.locator('.diff').getByText('"widget.short_description"').first().waitFor();
    for (const box of await page.locator('.manual input[type="checkbox"]').all()) await box.check();
    await shootStep(harness, 'wizard-11-review');

    await page.getByRole('button', { name: 'Save to folder' }).first().click();
    await page.getByText('Everything is saved').first().waitFor({ timeout: 60_000 });
    expect(existsSync(join(folder, 'images', 'logo_dp.png'))).toBe(true);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.widget.locale).toEqual(['ru', 'en']);
    // Slides are saved under the names of their new places: tour_1_en.png is the one made from the second source.
    expect(manifest.tour.tour_images.en).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png']);
    const { data: pixel } = await sharp(join(folder, 'images', 'tour_1_en.png')).extract({ left: 594, top: 600, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...pixel]).toEqual([0xff, 0xe8, 0xcc]);
    expect(manifest.dp).toEqual({ action_multiple: false, webhook_url: 'https://acme-widgets.io/dp-hook' });

    const out = join(outFolder, 'widget.zip');
    harness.main.dialogs.saveZip.push(out);
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => harness.main.revealed).toContain(out);
    await shootStep(harness, 'wizard-12-exported');

    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['manifest.json', 'script.js', 'style.css', 'i18n/ru.json', 'i18n/en.json', 'images/tour_1_ru.png']));
    const { snapshot, config } = await readWidget(out);
    const report = checkWidget(snapshot, { config });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('writes the moderation request, copies it and saves it as a file', async () => {
    const { page } = harness;
    await page.getByLabel('Integration id').fill('4f1c2a9e-0000-4000-8000-000000000001');
    await page.getByLabel('Account id').fill('31234567');
    await page.getByLabel('How the widget works').fill('Sends a Telegram message when a deal is created.');
    await page.getByLabel('How to connect it and work with it').fill('Install, paste the bot token, create a deal.');
    // Test data is an explicit answer: until one is chosen, the request lists it as missing.
    await page.getByText(/test data \(or that none is needed\)/).waitFor();
    await page.getByText('None needed: the widget connects to no other system').click();
    const text = page.locator('#moderation-text');
    await expect.poll(() => text.inputValue()).toContain('31234567');
    await text.fill(`${await text.inputValue()}\nP.S. Thank you!`);
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => harness.main.clipboard.at(-1) ?? '').toContain('P.S. Thank you!');
    const saved = join(outFolder, 'moderation-request-ru.txt');
    harness.main.dialogs.saveText.push(saved);
    await page.getByRole('button', { name: 'Save as a file…' }).click();
    await page.getByText(`Saved to ${saved}.`).waitFor();
    await expect(readFile(saved, 'utf8')).resolves.toContain('31234567');
    await page.locator('#message-title').scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('wizard-13-moderation-message');
  });

  it('checks every keystroke within a frame', async () => {
    const measured = await timings(harness.page);
    console.info('wizard validation timings (ms)', JSON.stringify(measured));
    expect(measured['wp:validate-store-text'].median).toBeLessThan(16);
    expect(measured['wp:live-check'].median).toBeLessThan(50);
    expect(harness.problems).toEqual([]);
  });
});
