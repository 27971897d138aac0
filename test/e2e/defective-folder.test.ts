import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { defectiveWidgetFolder, LONG_EN_NAME, removeTempDirs, shortenEnglishName, tempDir } from './fixtures';

describe('journey: a defective widget folder to an upload-ready widget.zip', () => {
  let harness: Harness;
  let folder: string;
  let outFolder: string;

  beforeAll(async () => {
    folder = await defectiveWidgetFolder();
    outFolder = await tempDir('wp-e2e-out-');
    harness = await launchHarness({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('starts on an empty start screen', async () => {
    const { page } = harness;
    await expect(page.getByRole('heading', { name: 'Widget Publisher' })).toBeTruthy();
    await page.getByText('No projects yet').waitFor();
    await harness.screenshotBothThemes('01-start-empty');
  });

  it('opens the folder and shows its findings grouped by file', async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('.finding-group').first().waitFor();

    const scriptGroup = page.locator('.finding-group[data-file="script.js"]');
    await expect(scriptGroup.getByText('file/bom').count()).resolves.toBe(1);
    await expect(scriptGroup.getByText('file/crlf').count()).resolves.toBe(1);
    const enGroup = page.locator('.finding-group[data-file="i18n/en.json"]');
    await expect(enGroup.getByText('text/name-length').count()).resolves.toBe(1);
    await expect(page.locator('.project-header__title').textContent()).resolves.toBe(LONG_EN_NAME);
    await harness.screenshotBothThemes('02-project-check-defective');
  });

  it('blocks Export while errors remain, says why on focus, and writes nothing', async () => {
    const { page } = harness;
    const out = join(outFolder, 'widget.zip');
    const headerExport = page.locator('.project-header').getByRole('button', { name: 'Export widget.zip' });
    await expect(headerExport.getAttribute('aria-disabled')).resolves.toBe('true');
    await headerExport.focus();
    await page.locator('.project-header .blocked-reason').getByText(/^Export is blocked: \d+ errors? must be fixed first/).waitFor();
    await headerExport.click({ force: true });
    expect(existsSync(out)).toBe(false);
    await harness.screenshotBothThemes('03-export-refused');
  });

  it('fixes the BOM and the line endings as part of Save, with undo until then', async () => {
    const { page } = harness;
    const before = await readFile(join(folder, 'script.js'));
    await page.getByRole('button', { name: 'Fix BOM and line endings of 1 file on Save' }).click();
    await page.getByText('1 file will be fixed by Save').waitFor();
    await page.locator('.finding-group[data-file="script.js"]').waitFor({ state: 'detached' });
    // Nothing is written before Save.
    expect(await readFile(join(folder, 'script.js'))).toEqual(before);
    await harness.screenshotBothThemes('04-after-fix');
    await page.getByRole('button', { name: 'Review and export' }).click();
    await page.locator('.export-actions').getByRole('button', { name: 'Save to folder' }).click();
    await expect.poll(async () => (await readFile(join(folder, 'script.js'))).includes('\r')).toBe(false);
    const script = await readFile(join(folder, 'script.js'));
    expect([...script.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    await page.locator('.sidebar').getByRole('button', { name: 'Code check' }).click();
  });

  it('sees a fix made on disk after checking again', async () => {
    const { page } = harness;
    await shortenEnglishName(folder);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('No problems found').waitFor();
    await harness.screenshotBothThemes('05-check-clean');
  });

  it('exports widget.zip with the files at its root', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Review and export' }).click();
    await page.getByText('Ready to export').waitFor();
    await page.getByRole('checkbox').first().check();
    await harness.screenshotBothThemes('06-review-export');

    const out = join(outFolder, 'widget.zip');
    harness.main.dialogs.saveZip.push(out);
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor();
    expect(harness.main.offeredSavePaths.at(-1)).toBe(join(folder, '..', 'widget.zip'));
    await harness.screenshotBothThemes('07-export-written');

    const zip = await JSZip.loadAsync(await readFile(out));
    const names = Object.keys(zip.files);
    expect(names).toContain('manifest.json');
    expect(names).toContain('script.js');
    expect(names).toContain('i18n/en.json');
    expect(names.some((name) => name.startsWith('deals-widget/'))).toBe(false);
    const script = await zip.file('script.js')!.async('uint8array');
    expect([...script.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(script)).not.toContain('\r');
    const en = JSON.parse(await zip.file('i18n/en.json')!.async('string'));
    expect(en.widget.name).toBe('Deals to Telegram via Acme');

    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => harness.main.revealed).toContain(out);
  });

  it('lists the project on the start screen with its last result', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'All projects' }).click();
    const recent = page.locator('.recent').first();
    await recent.getByText('No errors').waitFor();
    await expect(recent.locator('.recent__path').textContent()).resolves.toBe(folder);
    await harness.screenshotBothThemes('08-start-recent');
    expect(harness.problems).toEqual([]);
  });
});
