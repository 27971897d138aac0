import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWidget } from '../../shared/check/check-widget';
import { readWidget } from '../../electron/services/widget-reader';
import { defectiveWidgetFolder, removeTempDirs, shortenEnglishName, tempDir } from '../e2e/fixtures';
import { fillSupportStep, goToStep, writeSourceImages } from '../e2e/wizard-helpers';
import { launchApp, type ElectronApp } from './electron-app';

afterAll(removeTempDirs);

describe('the real Electron app', () => {
  let subject: ElectronApp;
  beforeEach(async () => {
    subject = await launchApp();
  });
  afterEach(async () => {
    await subject?.close();
  });

  it('opens a defective widget folder, fixes it, and exports a widget.zip with the files at its root', async () => {
    const { page } = subject;
    const folder = await defectiveWidgetFolder();
    const out = join(await tempDir('wp-electron-out-'), 'widget.zip');
    await page.getByText('No projects yet').waitFor();
    expect(await subject.sandboxed()).toBe(true);
    // The settings went to this launch's own folder, not the account's.
    expect(existsSync(join(subject.userData, 'config.json'))).toBe(true);

    await subject.answerNextDialog({ open: [folder] });
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('.finding-group[data-file="script.js"]').getByText('file/bom').waitFor();

    await page.getByRole('button', { name: 'Fix BOM and line endings' }).click();
    await page.getByText(/^Fixed 1 file/).waitFor();
    const script = await readFile(join(folder, 'script.js'));
    expect([...script.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);

    await shortenEnglishName(folder);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('No problems found').waitFor();
    await page.getByRole('button', { name: 'Review and export' }).click();
    await page.getByText('Ready to export').waitFor();
    await page.getByRole('checkbox').first().check();
    await subject.answerNextDialog({ save: out });
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor();

    const names = Object.keys((await JSZip.loadAsync(await readFile(out))).files);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'script.js', 'i18n/en.json']));
    expect(names.some((name) => name.startsWith('deals-widget/'))).toBe(false);
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => subject.revealed()).toContain(out);
    expect(subject.problems).toEqual([]);
  });

  it('takes a new widget from a blank page through the wizard to a zip that passes the check (images made by sharp inside Electron)', async () => {
    const { page } = subject;
    const folder = join(await tempDir('wp-electron-new-'), 'acme-deals');
    const out = join(await tempDir('wp-electron-out-'), 'widget.zip');
    const sources = await writeSourceImages(await tempDir('wp-electron-sources-'));

    await page.getByRole('button', { name: /New widget/ }).click();
    await subject.answerNextDialog({ open: [folder] });
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByText(folder).waitFor();
    await page.getByLabel('Company', { exact: true }).fill('Acme');
    await page.getByLabel('Product name').fill('Deals to Telegram');
    await page.getByRole('button', { name: 'Start the wizard' }).click();
    await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();

    await goToStep(page, 'Store texts');
    for (const locale of ['ru', 'en']) {
      await page.getByRole('tab', { name: locale }).click();
      await page.getByLabel('Name', { exact: true }).fill('Deals to Telegram via Acme');
      await page.getByLabel('Teaser (short description)').fill('Get deal alerts in Telegram within a minute');
      await page.getByLabel('Description', { exact: true }).fill('The widget sends alerts about new deals in the #SUBDOMAIN# account to your Telegram chat.');
      await page.getByLabel('Tour description').fill('Connect the bot and receive deal alerts.');
    }

    await fillSupportStep(page);

    await goToStep(page, 'Branding');
    await subject.answerNextDialog({ open: [sources.logo] });
    await page.locator('.source-row').first().getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => page.locator('.image-tile img').count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(5);

    await goToStep(page, 'Tour');
    for (const locale of ['ru', 'en']) {
      await page.getByRole('tab', { name: locale }).click();
      await subject.answerNextDialog({ open: sources.slides });
      await page.getByRole('button', { name: 'Choose 1–5 images…' }).click();
      await expect.poll(() => page.locator('.slide img').count(), { timeout: 120_000 }).toBe(2);
    }

    await goToStep(page, 'Review and export');
    await page.locator('.planned-list').getByText('images/logo_main.png').waitFor();
    for (const box of await page.locator('.manual input[type="checkbox"]').all()) await box.check();
    await page.getByRole('button', { name: 'Save to folder' }).first().click();
    await page.getByText('Everything is saved').first().waitFor({ timeout: 120_000 });
    expect(existsSync(join(folder, 'images', 'logo_main.png'))).toBe(true);

    await subject.answerNextDialog({ save: out });
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor({ timeout: 120_000 });
    const { snapshot, config } = await readWidget(out);
    expect(checkWidget(snapshot, { config }).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(subject.problems).toEqual([]);
  });

  it('closes the window only through the held close, after the page answered', async () => {
    const { page, app } = subject;
    await page.getByText('No projects yet').waitFor();
    const closed = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string[]>((resolve) => {
          const [window] = BrowserWindow.getAllWindows();
          const seen: string[] = [];
          window.on('close', () => seen.push('close'));
          window.once('closed', () => resolve(seen));
          window.close();
        }),
    );
    // The first close is held; the second comes once the page has flushed and answered.
    await expect(closed).resolves.toEqual(['close', 'close']);
  });
});
