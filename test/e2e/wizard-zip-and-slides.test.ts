import JSZip from 'jszip';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWidget } from '../../shared/check/check-widget';
import { readWidget } from '../../electron/services/widget-reader';
import { validI18n } from '../helpers/widget-fixture';
import { validWidgetOnDiskFiles, writeTree, zipWithJszip } from '../electron/services/widget-on-disk';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { LONG_EN_NAME, removeTempDirs, tempDir } from './fixtures';
import { goToStep, shootStep, SMALL_WINDOW, writeSourceImages } from './wizard-helpers';

/** The upload mistake and a text defect together: files inside `widget/`, and a store name over 30 characters. */
async function defectiveNestedZip(): Promise<string> {
  const files = await validWidgetOnDiskFiles('amocrm');
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = LONG_EN_NAME;
  files['i18n/en.json'] = en;
  const nested = Object.fromEntries(Object.entries(files).map(([path, content]) => [`widget/${path}`, content]));
  const zipPath = join(await tempDir('wp-e2e-zip-edit-'), 'widget.zip');
  await writeFile(zipPath, await zipWithJszip({ ...nested, '__MACOSX/widget/._manifest.json': 'junk' }));
  return zipPath;
}

async function listed(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).map((path) => path.split('\\').join('/')).sort();
}

describe('journey: a zip edited and saved as a folder; slides that outlive a restart and keep their order', () => {
  let harness: Harness;
  let zipPath: string;
  let work: string;
  let userData: string;

  beforeAll(async () => {
    zipPath = await defectiveNestedZip();
    work = await tempDir('wp-e2e-zip-work-');
    userData = await tempDir('wp-e2e-zip-userdata-');
    harness = await launchHarness({ colorScheme: 'light', viewport: SMALL_WINDOW, userData });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('fixes a zip in the wizard, saves it as a folder with the files at its root, and exports a zip that passes', async () => {
    const { page } = harness;
    const zipBefore = await readFile(zipPath);
    harness.main.dialogs.openZip.push(zipPath);
    await page.getByRole('button', { name: /Open widget\.zip/ }).click();
    await page.locator('#step-title').waitFor();
    await goToStep(page, 'Store texts');
    await page.getByRole('tab', { name: 'en' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Deals to Telegram via Acme');

    await goToStep(page, 'Review and export');
    await page.getByText('Save the zip as a folder to keep your changes').waitFor();
    await expect(page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await shootStep(harness, 'wizard-50-zip-review');

    const folder = join(work, 'deals-widget');
    harness.main.dialogs.newWidgetFolder.push(folder);
    await page.locator('.export-actions').getByRole('button', { name: 'Save as folder…' }).click();
    await page.locator(`.project-header__path:text-is("${folder}")`).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Review and export', level: 1 }).waitFor();
    await page.getByText('Saved as a folder', { exact: true }).waitFor();

    // The zip itself is never touched; the folder holds every file at its root, without the junk.
    expect((await readFile(zipPath)).equals(zipBefore)).toBe(true);
    const files = await listed(folder);
    expect(files).toContain('manifest.json');
    expect(files.some((path) => path.startsWith('widget') || path.startsWith('__MACOSX'))).toBe(false);
    expect(JSON.parse(await readFile(join(folder, 'i18n', 'en.json'), 'utf8')).widget.name).toBe('Deals to Telegram via Acme');

    await page.getByText('Ready to export').waitFor({ timeout: 60_000 });
    await shootStep(harness, 'wizard-51-zip-saved-as-folder');
    const out = join(work, 'widget.zip');
    harness.main.dialogs.saveZip.push(out);
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor({ timeout: 60_000 });
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files)).toContain('manifest.json');
    const { snapshot, config } = await readWidget(out);
    expect(snapshot.nestedRoot).toBeNull();
    expect(checkWidget(snapshot, { config }).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('shows slides made before a restart again, saves them in the order chosen, and renumbers the files', async () => {
    const { page } = harness;
    const folder = await writeTree(join(work, 'slides-widget'), await validWidgetOnDiskFiles('amocrm'));
    const sources = await writeSourceImages(await tempDir('wp-e2e-slide-sources-'));
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: 'All projects' }).click();
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('#step-title').waitFor();
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'en' }).click();
    harness.main.dialogs.openImages.push(sources.slides);
    await page.getByRole('button', { name: /Replace with other images/ }).click();
    // Replacing asks first: the slides there now would be discarded.
    await page.getByRole('dialog', { name: 'Replace the slides of en?' }).waitFor();
    await page.getByRole('button', { name: 'Choose new images' }).click();
    await expect.poll(() => page.locator('.slide').count(), { timeout: 60_000 }).toBe(2);
    await expect(page.locator('.slide .pill').count()).resolves.toBe(2);

    // A restart: the page is gone; the set made in main is kept on disk and comes back with the draft.
    await expect.poll(() => JSON.stringify(harness.main.settings.getDraft(folder) ?? {})).toContain('set-');
    await harness.reload();
    await page.locator('.recent').first().click();
    await page.locator('#step-title').waitFor();
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'en' }).click();
    await expect.poll(() => page.locator('.slide .pill').count(), { timeout: 30_000 }).toBe(2);
    await expect(page.locator('.slide img').count()).resolves.toBe(2);

    await page.getByRole('button', { name: 'Move slide 2 up' }).click();
    await page.getByText('Saved as images/tour_1_en.png, to match its place').waitFor();
    await shootStep(harness, 'wizard-52-slides-restored-reordered');
    await goToStep(page, 'Review and export');
    await page.getByRole('button', { name: 'Save to folder' }).first().click();
    await page.getByText('Ready to export').waitFor({ timeout: 60_000 });
    // The slide made from the second source is now the first file, and the manifest lists them in order.
    const first = await readFile(join(folder, 'images', 'tour_1_en.png'));
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.tour.tour_images.en).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png']);
    expect((await listed(join(folder, 'images'))).filter((name) => name.startsWith('tour_') && name.endsWith('_en.png'))).toEqual(['tour_1_en.png', 'tour_2_en.png']);

    // Swap the saved slides back: Save renames the files on disk, shown first as renumbered.
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'en' }).click();
    await page.getByRole('button', { name: 'Move slide 2 up' }).click();
    await goToStep(page, 'Review and export');
    await page.locator('.planned--renamed').first().waitFor();
    await expect(page.locator('.planned--renamed .planned__from').allTextContents()).resolves.toEqual(['was images/tour_2_en.png', 'was images/tour_1_en.png']);
    await shootStep(harness, 'wizard-53-slides-renumbered');
    await page.getByRole('button', { name: 'Save to folder' }).first().click();
    await page.getByText('Ready to export').waitFor({ timeout: 60_000 });
    expect((await readFile(join(folder, 'images', 'tour_2_en.png'))).equals(first)).toBe(true);
    expect(harness.problems).toEqual([]);
  });
});
