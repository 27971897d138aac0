import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JSHandle, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformProfile } from '../../shared/platform/profiles';
import { dragOf, dropFiles, fireDrag, registerDropFile } from './harness/file-drop';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';
import { goToStep, shootStep, SMALL_WINDOW, startNewWidget, writeSourceImages } from './wizard-helpers';

const profile = platformProfile('amocrm');
/** The sizes a new widget needs: its default locations have no digital pipeline, so no logo_dp.png. */
const BRANDING_SIZES = profile.images.branding.filter((spec) => !spec.whenLocation);
const SLIDE = profile.images.slide;

/** The pixel size an <img> really has (its bytes), not the size it is shown at. */
function naturalSize(image: Locator): Promise<string> {
  return image.evaluate((element: HTMLImageElement) => `${element.naturalWidth} × ${element.naturalHeight}`);
}

async function classOf(target: Locator): Promise<string> {
  return (await target.getAttribute('class')) ?? '';
}

/** A File made in the page and not read from disk (as a browser drag gives it): Electron has no path for it. */
function fileWithoutPath(page: Page, name: string, type: string): Promise<JSHandle<File>> {
  return page.evaluateHandle(({ fileName, mediaType }) => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], fileName, { type: mediaType }), { fileName: name, mediaType: type });
}

function sidebarStep(page: Page, name: string): Locator {
  return page.locator('.sidebar').getByRole('button', { name, exact: true });
}

describe('journey: images dropped from the file manager onto Branding and Tour', () => {
  let harness: Harness;
  let folder: string;
  let sources: { logo: string; slides: string[] };
  let notes: string;

  beforeAll(async () => {
    folder = join(await tempDir('wp-e2e-drop-'), 'acme-drop');
    const sourceFolder = await tempDir('wp-e2e-drop-sources-');
    sources = await writeSourceImages(sourceFolder);
    notes = join(sourceFolder, 'notes.txt');
    await writeFile(notes, 'Screenshots to take: the settings window, a deal card.\n');
    harness = await launchHarness({ colorScheme: 'light', viewport: SMALL_WINDOW });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('starts a new widget whose steps show no status until they are opened', async () => {
    const { page } = harness;
    await startNewWidget(harness, folder);
    // Statuses come from the live check: wait for one, or "no dot" would pass before it ran. The name typed
    // above is the user's input, so Store texts has a status: an error, as the teaser is still empty.
    await sidebarStep(page, 'Store texts').locator('.status-dot--error').waitFor();
    // The defaults a new widget gets (version 1.0.0, the default locales and locations, the script skeleton) are not work done.
    for (const step of ['Basics', 'Locales and translations', 'Locations and blocks', 'Settings fields', 'Support and contacts', 'Branding', 'Tour', 'Code check']) {
      await expect(sidebarStep(page, step).locator('.status-dot').count(), step).resolves.toBe(0);
    }
    await goToStep(page, 'Basics');
    await sidebarStep(page, 'Basics').locator('.status-dot--done').waitFor();
  });

  it('highlights the logo row while a file is dragged over it, and not after it left', async () => {
    const { page } = harness;
    await goToStep(page, 'Branding');
    const logoRow = page.locator('.source-row').first();
    const logo = await registerDropFile(page, sources.logo);
    const drag = await dragOf(page, [logo]);
    await fireDrag(logoRow, 'dragenter', drag);
    await fireDrag(logoRow, 'dragover', drag);
    await expect.poll(() => classOf(logoRow)).toContain('source-row--over');
    // The findings fill the top of the step; the picture is of the row under the pointer.
    await logoRow.scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('wizard-40-drop-branding-over');
    await fireDrag(logoRow, 'dragleave', drag);
    await expect.poll(() => classOf(logoRow)).not.toContain('source-row--over');
    await expect(page.locator('.image-tile img').count()).resolves.toBe(0);
  });

  it('makes every branding size from a logo dropped on the logo row', async () => {
    const { page } = harness;
    const logoRow = page.locator('.source-row').first();
    await dropFiles(logoRow, [await registerDropFile(page, sources.logo)]);
    await expect.poll(() => classOf(logoRow)).not.toContain('source-row--over');
    await logoRow.getByText('logo-source.png').waitFor();
    await expect.poll(() => page.locator('.image-tile img').count(), { timeout: 60_000 }).toBe(BRANDING_SIZES.length);
    for (const spec of BRANDING_SIZES) {
      const tile = page.locator('.image-tile').filter({ has: page.locator('code').getByText(spec.file, { exact: true }) });
      const size = `${spec.width} × ${spec.height}`;
      await expect(tile.locator('figcaption').textContent(), spec.file).resolves.toContain(size);
      await expect(tile.locator('.text-error').count(), spec.file).resolves.toBe(0);
      await expect(naturalSize(tile.locator('img')), spec.file).resolves.toBe(size);
    }
    await expect(page.locator('[role="alert"]').count()).resolves.toBe(0);
  });

  it('keeps the logo and says so when a text file is dropped on the logo row', async () => {
    const { page } = harness;
    const logoRow = page.locator('.source-row').first();
    await dropFiles(logoRow, [await registerDropFile(page, notes)]);
    await logoRow.getByRole('alert').getByText('notes.txt was not used: drop an image (PNG, JPEG, SVG, WebP) from your file manager.').waitFor();
    await expect(logoRow.getByText('logo-source.png').count()).resolves.toBe(1);
    await expect(page.locator('.image-tile img').count()).resolves.toBe(BRANDING_SIZES.length);
  });

  it('highlights the tour drop zone while files are over it, and not after they left', async () => {
    const { page } = harness;
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'en' }).click();
    const zone = page.locator('.drop-target');
    const drag = await dragOf(page, [await registerDropFile(page, sources.slides[0]), await registerDropFile(page, sources.slides[1])]);
    await fireDrag(zone, 'dragenter', drag);
    await fireDrag(zone, 'dragover', drag);
    await expect.poll(() => classOf(zone)).toContain('drop-target--over');
    await shootStep(harness, 'wizard-41-drop-tour-over');
    await fireDrag(zone, 'dragleave', drag);
    await expect.poll(() => classOf(zone)).not.toContain('drop-target--over');

    // Text dragged from an editor carries no files: it is no drop for this zone.
    const text = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'tour_1_en.png');
      return transfer;
    });
    await fireDrag(zone, 'dragover', text);
    await page.waitForTimeout(200);
    await expect(classOf(zone)).resolves.not.toContain('drop-target--over');
    await expect(page.locator('.slide').count()).resolves.toBe(0);
  });

  it('makes two 1188 × 616 slides from two images dropped for a locale', async () => {
    const { page } = harness;
    const zone = page.locator('.drop-target');
    await dropFiles(zone, [await registerDropFile(page, sources.slides[0]), await registerDropFile(page, sources.slides[1])]);
    await expect.poll(() => classOf(zone)).not.toContain('drop-target--over');
    await expect.poll(() => page.locator('.slide img').count(), { timeout: 60_000 }).toBe(2);
    const size = `${SLIDE.width} × ${SLIDE.height}`;
    await expect(page.locator('.slide code').allTextContents()).resolves.toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png']);
    for (const slide of await page.locator('.slide').all()) {
      await expect(slide.locator('.slide__text').textContent()).resolves.toContain(size);
      await expect(naturalSize(slide.locator('img'))).resolves.toBe(size);
    }
    await expect(page.getByRole('tab', { name: 'en' }).locator('.tab-count').textContent()).resolves.toBe('2');
    await expect(page.getByRole('tab', { name: 'ru' }).locator('.tab-count').textContent()).resolves.toBe('0');
    await shootStep(harness, 'wizard-42-drop-tour-slides');
  });

  it('uses only the images of a drop and names the files it left out, without a crash', async () => {
    const { page } = harness;
    await page.getByRole('tab', { name: 'ru' }).click();
    const zone = page.locator('.drop-target');
    await dropFiles(zone, [await registerDropFile(page, notes)]);
    await zone.getByRole('alert').getByText('notes.txt was not used', { exact: false }).waitFor();
    await expect(page.locator('.slide').count()).resolves.toBe(0);
    await zone.scrollIntoViewIfNeeded();
    await harness.screenshotBothThemes('wizard-43-drop-not-an-image');

    // An image the page made itself has no path on disk (Electron answers ''), so nothing can be made from it.
    await dropFiles(zone, [await fileWithoutPath(page, 'from-browser.png', 'image/png')]);
    await zone.getByRole('alert').getByText('from-browser.png was not used', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    await expect(page.locator('.slide').count()).resolves.toBe(0);

    await dropFiles(zone, [await registerDropFile(page, notes), await registerDropFile(page, sources.slides[1])]);
    await expect.poll(() => page.locator('.slide img').count(), { timeout: 60_000 }).toBe(1);
    await expect(page.locator('.slide code').allTextContents()).resolves.toEqual(['/images/tour_1_ru.png']);
    await expect(zone.getByRole('alert').textContent()).resolves.toContain('notes.txt was not used');
    expect(harness.problems).toEqual([]);
  });
});
