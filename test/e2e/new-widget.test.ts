import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';

describe('journey: a new widget from a blank page passes the check', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    folder = join(await tempDir('wp-e2e-new-'), 'acme-deals');
    harness = await launchHarness({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('creates the files from a few answers and opens a widget with no errors', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: /New widget/ }).click();
    harness.main.dialogs.newWidgetFolder.push(folder);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByText(folder).waitFor();
    await page.getByLabel('Company', { exact: true }).fill('Acme');
    await page.getByLabel('Support email').fill('help@acme-widgets.io');

    const ru = page.locator('section', { has: page.locator('#locale-ru') });
    await ru.getByLabel(/Name/).fill('Сделки в Telegram');
    await ru.getByLabel('Teaser').fill('Уведомления о сделках в Telegram за минуту');
    await ru.getByLabel('Description').fill('Виджет отправляет уведомления о новых сделках в ваш Telegram-чат.');
    const en = page.locator('section', { has: page.locator('#locale-en') });
    await en.getByLabel(/Name/).fill('Deals to Telegram');
    await en.getByLabel('Teaser').fill('Get deal alerts in Telegram within a minute');
    await en.getByLabel('Description').fill('The widget sends alerts about new deals to your Telegram chat.');
    await expect(en.locator('.counter').first().textContent()).resolves.toBe('26/30');
    await harness.screenshotBothThemes('21-new-widget-form', { fullPage: true });

    await page.getByRole('button', { name: 'Create widget' }).click();
    await page.getByText('No problems found').waitFor({ timeout: 60_000 });
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.widget.locale).toEqual(['ru', 'en']);
    await harness.screenshotBothThemes('22-new-widget-created');
    expect(harness.problems).toEqual([]);
  });

  it('refuses a folder that already holds files', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'All projects' }).click();
    await page.getByRole('button', { name: /New widget/ }).click();
    harness.main.dialogs.newWidgetFolder.push(folder);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByRole('button', { name: 'Create widget' }).click();
    await page.getByText(/is not empty/).waitFor();
  });
});
