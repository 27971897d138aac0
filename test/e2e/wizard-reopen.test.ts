import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { LONG_EN_NAME, removeTempDirs, tempDir } from './fixtures';
import { wizardDefectiveFolder } from './wizard-fixtures';
import { goToStep, shootStep, SMALL_WINDOW } from './wizard-helpers';

describe('journey: reopening the project restores the draft and the step', () => {
  let harness: Harness;
  let folder: string;
  let userData: string;

  beforeAll(async () => {
    folder = await wizardDefectiveFolder();
    userData = await tempDir('wp-e2e-wizard-reopen-');
    harness = await launchHarness({ colorScheme: 'light', viewport: SMALL_WINDOW, userData });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  const reopen = async () => {
    await harness.reload();
    await harness.page.locator('.recent').first().click();
    await harness.page.locator('#step-title').waitFor();
  };

  it('keeps unsaved edits in the draft, never in the files, and comes back to the same step', async () => {
    const { page } = harness;
    const before = await readFile(join(folder, 'i18n', 'en.json'), 'utf8');
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: /Open folder/ }).click();
    await goToStep(page, 'Store texts');
    await page.getByRole('tab', { name: 'en' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Deals via Acme');
    await goToStep(page, 'Support and contacts');
    await page.getByLabel('Support page (widget.support.link)').fill('https://acme-widgets.io/help');
    await page.getByLabel('Support phone').fill('+1 555 0100');
    await expect.poll(() => JSON.stringify(harness.main.settings.getDraft(folder) ?? {})).toContain('+1 555 0100');
    await expect(readFile(join(folder, 'i18n', 'en.json'), 'utf8')).resolves.toBe(before);

    await reopen();
    await page.getByRole('heading', { name: 'Support and contacts', level: 1 }).waitFor();
    await page.getByText('Your unsaved changes are back').waitFor();
    await expect(page.getByLabel('Support page (widget.support.link)').inputValue()).resolves.toBe('https://acme-widgets.io/help');
    await shootStep(harness, 'wizard-30-reopened');
    await goToStep(page, 'Store texts');
    // Keyboard: arrow keys move between the locale tabs, Tab goes on to the tab's fields.
    await page.getByRole('tab', { name: 'ru' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'en' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('en');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('Deals via Acme');
  });

  it('reads files that changed on disk meanwhile, and can take the unsaved draft back', async () => {
    const { page } = harness;
    const path = join(folder, 'i18n', 'en.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Get deal alerts in Telegram within a minute', 'Deal alerts in Telegram'));
    await reopen();
    await page.getByText('The files changed since your last session').waitFor();
    await goToStep(page, 'Store texts');
    await page.getByRole('tab', { name: 'en' }).click();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(LONG_EN_NAME);
    await expect(page.getByLabel('Teaser (short description)').inputValue()).resolves.toBe('Deal alerts in Telegram');
    await page.getByRole('button', { name: 'Use my unsaved changes instead' }).click();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Deals via Acme');
    await goToStep(page, 'Support and contacts');
    await expect(page.getByLabel('Support phone').inputValue()).resolves.toBe('+1 555 0100');
  });

  it('speaks Russian when the UI language is Russian', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByRole('dialog').getByText('Русский').click();
    await page.keyboard.press('Escape');
    await page.locator('.sidebar').getByRole('button', { name: 'Тексты для магазина' }).click();
    await page.getByRole('heading', { name: 'Тексты для магазина', level: 1 }).waitFor();
    await shootStep(harness, 'wizard-31-texts-ru');
    await page.locator('.sidebar').getByRole('button', { name: 'Обзор и экспорт' }).click();
    await page.getByRole('heading', { name: 'Обзор и экспорт', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Файлы, которые будут записаны' }).waitFor();
    await shootStep(harness, 'wizard-32-review-ru');
    await page.locator('.sidebar').getByRole('button', { name: 'Брендинг' }).click();
    await shootStep(harness, 'wizard-33-branding-ru');
    expect(harness.problems).toEqual([]);
  });
});
