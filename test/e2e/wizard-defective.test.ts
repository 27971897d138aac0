import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWidget } from '../../shared/check/check-widget';
import { readWidget } from '../../electron/services/widget-reader';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';
import { wizardDefectiveFolder } from './wizard-fixtures';
import { goToStep, shootStep, SMALL_WINDOW, writeSourceImages } from './wizard-helpers';

async function errorsIn(harness: Harness, step: string): Promise<number> {
  await goToStep(harness.page, step);
  return harness.page.locator('.step-findings .finding--error').count();
}

describe('journey: a defective widget, each finding fixed in its step, then exported', () => {
  let harness: Harness;
  let folder: string;
  let outFolder: string;
  let userData: string;
  let sources: { logo: string; slides: string[] };

  beforeAll(async () => {
    folder = await wizardDefectiveFolder();
    outFolder = await tempDir('wp-e2e-wizard-out-');
    userData = await tempDir('wp-e2e-wizard-userdata-');
    sources = await writeSourceImages(await tempDir('wp-e2e-sources-'));
    harness = await launchHarness({ colorScheme: 'dark', viewport: SMALL_WINDOW, userData });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('opens the folder and places every finding in the step that fixes it', async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('.finding-group[data-file="script.js"]').waitFor();
    for (const rule of ['file/bom', 'file/crlf', 'text/name-length', 'i18n/structure-mismatch', 'manifest/support', 'manifest/location-block', 'image/missing']) {
      await expect(page.getByText(rule, { exact: true }).count(), rule).resolves.toBeGreaterThan(0);
    }
    await page.getByRole('button', { name: 'Fix in “Store texts”' }).first().waitFor();
    await shootStep(harness, 'wizard-20-defective-code-check');
    await expect.poll(() => page.locator('.sidebar .status-dot--error').count()).toBeGreaterThanOrEqual(5);
  });

  it('fixes BOM and CRLF in one click, written by the next Save', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Fix BOM and line endings of 1 file on Save' }).click();
    await page.getByText('1 file will be fixed by Save').waitFor();
    await expect.poll(() => page.getByText('file/bom', { exact: true }).count()).toBe(0);
    const script = await readFile(join(folder, 'script.js'));
    expect([...script.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('shortens the store name in Store texts', async () => {
    const { page } = harness;
    await goToStep(page, 'Store texts');
    await page.getByRole('tab', { name: 'en' }).click();
    await page.locator('.field', { hasText: 'Name' }).locator('.counter--over').waitFor();
    await shootStep(harness, 'wizard-21-defective-texts');
    await page.getByLabel('Name', { exact: true }).fill('Deals to Telegram via Acme');
    await expect.poll(() => errorsIn(harness, 'Store texts')).toBe(0);
  });

  it('fills the missing translation in the key grid', async () => {
    const { page } = harness;
    await goToStep(page, 'Locales and translations');
    await expect(page.locator('.key-grid__cell--missing').count()).resolves.toBe(1);
    await shootStep(harness, 'wizard-22-defective-locales');
    await page.getByLabel('settings.api_key in ru').fill('Ключ API');
    await expect.poll(() => page.locator('.key-grid__cell--missing').count()).toBe(0);
    await expect.poll(() => errorsIn(harness, 'Locales and translations')).toBe(0);
  });

  it('completes the dp block the Digital pipeline location needs', async () => {
    const { page } = harness;
    await goToStep(page, 'Locations and blocks');
    const dp = page.locator('.location[data-area="digital_pipeline"]');
    await dp.getByRole('button', { name: 'Add the “dp” block' }).click();
    await dp.getByRole('radio', { name: 'Yes (true)' }).check();
    await expect.poll(() => errorsIn(harness, 'Locations and blocks')).toBe(0);
  });

  it('adds the support contacts', async () => {
    const { page } = harness;
    await goToStep(page, 'Support and contacts');
    await page.getByLabel('Support page (widget.support.link)').fill('http://acme-widgets.io/help');
    await page.getByText('Use an https:// address.').first().waitFor();
    await page.getByLabel('Support page (widget.support.link)').fill('https://acme-widgets.io/help');
    await page.getByLabel('Support email (widget.support.email)').fill('help@acme-widgets.io');
    await expect.poll(() => errorsIn(harness, 'Support and contacts')).toBe(0);
  });

  it('makes the branding set, logo_dp.png included', async () => {
    const { page } = harness;
    await goToStep(page, 'Branding');
    harness.main.dialogs.openImages.push([sources.logo]);
    await page.locator('.source-row').first().getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => page.locator('.image-tile .pill').count(), { timeout: 60_000 }).toBe(6);
    await page.locator('.segmented__option', { hasText: '2x' }).click();
    await shootStep(harness, 'wizard-23-defective-branding-2x');
    await expect.poll(() => errorsIn(harness, 'Branding')).toBe(0);
  });

  it('gives the Russian tour its slides', async () => {
    const { page } = harness;
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'ru' }).click();
    harness.main.dialogs.openImages.push([sources.slides[0]]);
    await page.getByRole('button', { name: 'Choose 1–5 images…' }).click();
    await expect.poll(() => page.locator('.slide img').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => errorsIn(harness, 'Tour')).toBe(0);
  });

  it('saves: the manifest keeps the unknown key in its place, and the zip passes the check', async () => {
    const { page } = harness;
    await goToStep(page, 'Code check');
    await page.locator('.empty-state, .chips').first().waitFor();
    await expect(page.locator('.finding--error').count()).resolves.toBe(0);
    await goToStep(page, 'Review and export');
    await page.getByText('Save before you export').waitFor();
    await page.locator('.planned[data-path="i18n/en.json"] .planned__toggle').click();
    await page.locator('.diff__line--added').getByText('Deals to Telegram via Acme').waitFor();
    await shootStep(harness, 'wizard-24-defective-review');
    await page.getByRole('button', { name: 'Save to folder' }).first().click();
    await page.getByText('Ready to export').waitFor({ timeout: 60_000 });

    const manifestText = await readFile(join(folder, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    expect(Object.keys(manifest).slice(0, 2)).toEqual(['widget', 'x_partner_build']);
    expect(manifest.x_partner_build).toEqual({ channel: 'stable', id: 42 });
    expect(manifest.dp).toEqual({ action_multiple: true });
    expect(manifest.widget.support).toEqual({ link: 'https://acme-widgets.io/help', email: 'help@acme-widgets.io' });
    expect(manifestText).not.toContain('\r');

    const out = join(outFolder, 'widget.zip');
    harness.main.dialogs.saveZip.push(out);
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor({ timeout: 60_000 });
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files)).toContain('images/logo_dp.png');
    const { snapshot, config } = await readWidget(out);
    expect(checkWidget(snapshot, { config }).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(harness.problems).toEqual([]);
  });
});
