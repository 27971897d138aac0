import JSZip from 'jszip';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWidgetConfig } from '../../shared/config/widget-config';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { REPO_ROOT } from './harness/paths';
import { removeTempDirs, tempDir } from './fixtures';
import { kommoRealWorldFolder } from './kommo-fixture';
import { goToStep, shootStep } from './wizard-helpers';

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x640', width: 1024, height: 640 },
] as const;

const STEPS = ['Start', 'Basics', 'Store texts', 'Locales and translations', 'Locations and blocks', 'Settings fields', 'Support and contacts', 'Branding', 'Tour', 'Code check', 'Review and export'];

/** The exported zip of this journey is kept here, to be checked independently of the test. */
const EXPORTED_ZIP = join(REPO_ROOT, 'test-output', 'kommo-journey-widget.zip');

/** The document itself never scrolls: every step's content scrolls inside its own pane. */
async function expectDocumentNeverScrolls(page: Page, where: string): Promise<void> {
  const sizes = await page.evaluate(() => {
    window.scrollTo(0, 100_000);
    const scrolled = window.scrollY;
    window.scrollTo(0, 0);
    return { scrollHeight: document.documentElement.scrollHeight, bodyHeight: document.body.scrollHeight, viewport: window.innerHeight, scrolled };
  });
  expect({ where, ...sizes }).toEqual({ where, scrollHeight: sizes.viewport, bodyHeight: sizes.viewport, viewport: sizes.viewport, scrolled: 0 });
}

async function fieldTop(page: Page, label: string): Promise<number> {
  const box = await page.getByLabel(label, { exact: true }).boundingBox();
  if (!box) throw new Error(`${label} is not on screen`);
  return box.y;
}

describe('journey: a real-world Kommo widget (es/pt/en, JPEG slides, a README and screenshots, a replaced slide)', () => {
  let harness: Harness;
  let folder: string;
  let logoSource: string;

  beforeAll(async () => {
    folder = await kommoRealWorldFolder();
    logoSource = join(await tempDir('wp-e2e-kommo-logo-'), 'logo-on-white.jpg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800" fill="#ffffff"/><rect x="160" y="160" width="480" height="480" rx="90" fill="#2f54eb"/></svg>';
    await writeFile(logoSource, await sharp(Buffer.from(svg)).jpeg({ quality: 92 }).toBuffer());
    harness = await launchHarness({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('opens as Kommo, says why, and keeps the badge, the checks and the saved settings on the confirmed marketplace', async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await page.getByRole('button', { name: /Open folder/ }).first().click();
    await page.locator('#step-title').waitFor();
    await goToStep(page, 'Start');
    // The Company is not in any file: typing it claims no unsaved file changes.
    await page.getByLabel('Company', { exact: true }).fill('Acme Widgets');
    await page.waitForTimeout(400);
    await expect(page.getByText('Unsaved changes', { exact: true }).count()).resolves.toBe(0);
    await page.getByLabel('Company', { exact: true }).fill('Acme');
    await expect(page.locator('.project-header .badge--platform').textContent()).resolves.toBe('Kommo');
    await page.getByText('The widget looks like a Kommo widget', { exact: false }).waitFor();
    await expect(page.locator('.platform-choice__reasons li').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Confirm Kommo' }).click();
    await page.getByText('Kommo is your choice', { exact: false }).waitFor();

    // Switching changes the badge at once; switching back returns it.
    await page.locator('.platform-choice').getByText('amoCRM', { exact: true }).click();
    await expect(page.locator('.project-header .badge--platform').textContent()).resolves.toBe('amoCRM');
    // The checks follow the choice too: the Code check names the checklist of the marketplace chosen.
    await goToStep(page, 'Code check');
    await page.getByText('rule of the amoCRM checklist', { exact: false }).waitFor();
    await goToStep(page, 'Start');
    await page.locator('.platform-choice').getByText('Kommo', { exact: true }).click();
    await expect(page.locator('.project-header .badge--platform').textContent()).resolves.toBe('Kommo');
    await goToStep(page, 'Code check');
    await page.getByText('rule of the Kommo checklist', { exact: false }).waitFor();
    await expect(page.locator('.project-content').textContent()).resolves.not.toContain('amoCRM');
    expect(harness.problems).toEqual([]);
  });

  it('lists the locale checkboxes in the order of the key grid columns, the widget’s own order (not the platform’s)', async () => {
    const { page } = harness;
    await goToStep(page, 'Locales and translations');
    const checked = await page.locator('.locale-picker input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((box) => box.parentElement?.querySelector('code')?.textContent ?? ''));
    const columns = (await page.locator('.key-grid__table thead th').allTextContents()).map((text) => text.trim()).filter((text) => /^[a-z]{2}$/.test(text));
    expect(checked).toEqual(['es', 'pt', 'en']);
    expect(columns).toEqual(checked);
  });

  it('never scrolls the document, on every step, in both themes and both window sizes, with a screenshot of each', async () => {
    const { page } = harness;
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const [index, step] of STEPS.entries()) {
        await goToStep(page, step);
        await page.waitForTimeout(150);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
          await expectDocumentNeverScrolls(page, `${step} ${size.name} ${scheme}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
        // Scrolling the pane to its end still leaves the document where it was.
        await page.locator('.project-content').evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
        await expectDocumentNeverScrolls(page, `${step} ${size.name} scrolled`);
        await shootStep(harness, `kommo-${String(index + 1).padStart(2, '0')}-${step.toLowerCase().replace(/\s+/g, '-')}-${size.name}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps each store text field where it is while typing past its limit, with its findings under it, once', async () => {
    const { page } = harness;
    await goToStep(page, 'Store texts');
    await page.getByRole('tab', { name: 'es' }).click();
    const limits = [
      { label: 'Name', limit: 30 },
      { label: 'Teaser (short description)', limit: 60 },
      { label: 'Description', limit: 400 },
    ];
    for (const { label, limit } of limits) {
      const field = page.getByLabel(label, { exact: true });
      await field.scrollIntoViewIfNeeded();
      const before = await fieldTop(page, label);
      const listedAtTop = await page.locator('.step-findings .finding').count();
      await field.fill('');
      await field.pressSequentially('a'.repeat(limit - 2), { delay: 0 });
      await field.pressSequentially('bcde', { delay: 5 });
      await page.waitForTimeout(400);
      expect({ label, top: await fieldTop(page, label) }).toEqual({ label, top: before });
      const container = page.locator('.field').filter({ has: field });
      await expect(container.locator('.field__problem').count()).resolves.toBeGreaterThan(0);
      // Nothing was added at the top of the step: the field's findings are under it, once.
      await expect(page.locator('.step-findings .finding').count()).resolves.toBe(listedAtTop);
      await field.fill(label === 'Name' ? 'Tratos a Telegram via Acme' : label === 'Description' ? 'El widget envía avisos sobre nuevos tratos de la cuenta #SUBDOMAIN# a tu chat de Telegram.' : 'Recibe avisos de tratos en Telegram al instante');
    }
    await shootStep(harness, 'kommo-texts-after-typing');
  });

  it('edits the check settings: the guessed CSS root, picked from the stylesheet, and the files left out of the zip', async () => {
    const { page } = harness;
    await goToStep(page, 'Code check');
    await page.getByRole('heading', { name: 'Check settings' }).scrollIntoViewIfNeeded();
    await page.getByText('Guessed from the stylesheets: .acme-deals', { exact: false }).waitFor();
    await page.locator('.candidate-list').getByRole('button', { name: /^\.acme-deals\s/ }).click();
    await page.getByText('as set here', { exact: false }).waitFor();
    // A rule with a finding here can be given another severity; the unused files are warnings until left out.
    await page.getByRole('combobox', { name: 'Add rule' }).selectOption('package/unused-file');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByLabel('package/unused-file', { exact: true }).selectOption('info');
    await page.getByLabel('Third-party code (vendor)').fill('lib/**');
    await page.getByLabel('Third-party code (vendor)').press('Enter');
    for (const entry of ['README.md']) {
      await page.getByLabel('Left out of the zip (ignore)').fill(entry);
      await page.getByLabel('Left out of the zip (ignore)').press('Enter');
    }
    await expect(page.locator('.list-editor__item code').allTextContents()).resolves.toEqual(expect.arrayContaining(['.acme-deals', 'README.md', 'lib/**']));
    await shootStep(harness, 'kommo-check-settings');
  });

  it('adds a tour slide after the ones there, undoes it, and asks before replacing a locale’s slides', async () => {
    const { page } = harness;
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'es' }).click();
    await expect(page.locator('.slide').count()).resolves.toBe(2);
    harness.main.dialogs.openImages.push([logoSource]);
    await page.getByRole('button', { name: 'Add up to 3 slides…' }).click();
    await expect.poll(() => page.locator('.slide').count(), { timeout: 60_000 }).toBe(3);
    await expect(page.locator('.slide code').allTextContents()).resolves.toEqual(['/images/tour_1_es.jpg', '/images/tour_2_es.jpg', '/images/tour_3_es.png']);
    await shootStep(harness, 'kommo-tour-added');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.slide').count()).resolves.toBe(2);

    // Inserted before the first slide: it takes the first place, and Save would name it after that place.
    harness.main.dialogs.openImages.push([logoSource]);
    await page.getByRole('button', { name: 'Insert slides before slide 1' }).click();
    await expect.poll(() => page.locator('.slide').count(), { timeout: 60_000 }).toBe(3);
    await expect(page.locator('.slide code').allTextContents()).resolves.toEqual(['/images/tour_3_es.png', '/images/tour_1_es.jpg', '/images/tour_2_es.jpg']);
    await page.locator('.slide').first().getByText('Saved as images/tour_1_es.png', { exact: false }).waitFor();
    await shootStep(harness, 'kommo-tour-inserted');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.slide code').allTextContents()).resolves.toEqual(['/images/tour_1_es.jpg', '/images/tour_2_es.jpg']);
    await page.getByRole('button', { name: /Replace with other images/ }).click();
    await page.getByRole('dialog', { name: 'Replace the slides of es?' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.slide').count()).resolves.toBe(2);
  });

  it('finds the white box around a logo and makes it transparent in one click', async () => {
    const { page } = harness;
    await goToStep(page, 'Branding');
    harness.main.dialogs.openImages.push([logoSource]);
    await page.locator('.source-row').first().getByRole('button', { name: 'Choose…' }).click();
    await page.getByText('The logo sits on a solid #ffffff background').waitFor({ timeout: 60_000 });
    await shootStep(harness, 'kommo-branding-opaque-logo');
    // Kept on purpose can be taken back: the question comes again.
    await page.getByRole('button', { name: 'Keep it on purpose' }).click();
    await page.getByText('The #ffffff background around the logo is kept on purpose.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Make the background transparent' }).click();
    await page.getByText('The #ffffff background around the logo is transparent in every size.').waitFor({ timeout: 60_000 });
  });

  it('answers the moderation request, saves the settings and privacy links with the widget, and exports a zip without stale files', async () => {
    const { page } = harness;
    await goToStep(page, 'Support and contacts');
    await page.getByLabel('Support phone').fill('+34 600 000 000');
    for (const locale of ['es', 'pt', 'en']) await page.getByLabel(`Privacy policy link (${locale})`).fill(`https://acme-widgets.io/${locale}/privacy`);

    // A slide removed from the tour is deleted by the next Save.
    await goToStep(page, 'Tour');
    await page.getByRole('tab', { name: 'pt' }).click();
    await page.getByRole('button', { name: 'Remove slide 2' }).click();

    await goToStep(page, 'Review and export');
    const headerExport = page.locator('.project-header').getByRole('button', { name: 'Export' });
    await expect(headerExport.getAttribute('aria-disabled')).resolves.toBe('true');
    await headerExport.focus();
    await page.locator('.project-header .blocked-reason').waitFor({ state: 'visible' });
    await page.getByLabel('Integration id').fill('4f1c2a9e-1111-2222-3333-444455556666');
    await page.getByLabel('Account id').fill('31234567');
    await page.getByLabel('How the widget works').fill('Sends a Telegram message for every new deal.');
    await page.getByLabel('How to connect it and work with it').fill('Install it, paste the bot token in the settings, save.');
    await page.getByText('None needed: the widget connects to no other system').click();
    const message = page.locator('#moderation-text');
    await message.waitFor();
    const text = await message.inputValue();
    expect(text).toContain('Kommo');
    expect(text).toContain('https://acme-widgets.io/pt/privacy');
    expect(text).toContain('https://acme-widgets.io/support');
    expect(text).toContain('+34 600 000 000');

    // Review › Unused files: one click leaves the screenshot out of the zip, one deletes the backup copy with the Save.
    const unused = page.locator('#review-unused-files');
    await unused.getByRole('heading', { name: 'Unused files' }).waitFor();
    await unused.locator('[data-path="screenshots/card.png"]').getByRole('button', { name: 'Leave out of the zip' }).click();
    await unused.locator('[data-path="images/tour_2_en.old.jpg"]').getByRole('button', { name: 'Delete on Save' }).click();
    await unused.locator('[data-path="screenshots/card.png"]').getByText('left out of the zip').waitFor();

    const removed = page.locator('.planned--removed');
    await expect(removed.locator('code').allTextContents().then((paths) => paths.sort())).resolves.toEqual(['images/tour_2_en.old.jpg', 'images/tour_2_pt.jpg']);
    await shootStep(harness, 'kommo-review-before-save');
    await page.locator('.export-actions').getByRole('button', { name: 'Save to folder' }).click();
    await page.getByText('Ready to export').waitFor({ timeout: 30_000 });

    const config = parseWidgetConfig(await readFile(join(folder, 'widget-publisher.json'), 'utf8'));
    expect(config.platform).toBe('kommo');
    expect(config.css?.rootSelectors).toEqual(['.acme-deals']);
    expect(config.ignore).toEqual(['README.md', 'screenshots/card.png']);
    expect(config.vendor).toEqual(['lib/**']);
    expect(config.rules).toEqual({ 'package/unused-file': 'info' });
    expect(config.moderation).toMatchObject({ accountId: '31234567', noTestData: true, supportPhone: '+34 600 000 000', privacyPolicy: { es: 'https://acme-widgets.io/es/privacy' } });
    expect(config.moderation?.widgetCode).toMatch(/^[a-z][a-z0-9_]+$/);
    expect(await readdir(join(folder, 'images'))).not.toContain('tour_2_pt.jpg');
    expect(await readdir(join(folder, 'images'))).not.toContain('tour_2_en.old.jpg');
    // Left out of the zip, not deleted: the screenshot stays in the folder.
    expect(await readdir(join(folder, 'screenshots'))).toEqual(['card.png']);

    await mkdir(join(REPO_ROOT, 'test-output'), { recursive: true });
    harness.main.dialogs.saveZip.push(EXPORTED_ZIP);
    await expect(headerExport.getAttribute('aria-disabled')).resolves.toBeNull();
    await page.locator('.export-actions').getByRole('button', { name: 'Export widget.zip' }).click();
    await page.getByText('widget.zip is ready').waitFor({ timeout: 60_000 });
    await expect(page.getByText('The widget has changed since', { exact: false }).count()).resolves.toBe(0);
    const zip = await JSZip.loadAsync(await readFile(EXPORTED_ZIP));
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'i18n/es.json', 'i18n/pt.json', 'i18n/en.json', 'images/tour_1_pt.jpg']));
    for (const stale of ['README.md', 'screenshots/card.png', 'images/tour_2_en.old.jpg', 'images/tour_2_pt.jpg', 'widget-publisher.json']) expect(names).not.toContain(stale);
    await shootStep(harness, 'kommo-review-exported');
    expect(harness.problems).toEqual([]);
  });
  it('treats an update as one: suggests the next version and asks what changed before the request is written', async () => {
    const { page } = harness;
    await goToStep(page, 'Review and export');
    await page.getByLabel('This is an update of a published widget').check();
    await page.getByText('Version 1.0.0 is the one in the folder').waitFor();
    await page.getByRole('button', { name: 'Use 1.0.1' }).click();
    // Without "what changed" the request is not written: the missing answer is named instead.
    await page.getByText('The message needs a few more answers').waitFor();
    await page.getByLabel('What changed in this update').fill('Deals from every pipeline, not only the first one.');
    const message = page.locator('#moderation-text');
    await message.waitFor();
    // The request follows the draft as the live check sees it: the new version, not the one on disk.
    await expect.poll(() => message.inputValue(), { timeout: 10_000 }).toContain('to version 1.0.1');
    const text = await message.inputValue();
    expect(text).toContain('What changed in version 1.0.1');
    expect(text).toContain('Deals from every pipeline, not only the first one.');
    await goToStep(page, 'Basics');
    await expect(page.getByLabel('Version (widget.version)').inputValue()).resolves.toBe('1.0.1');
    // The notice of the earlier export no longer claims the zip is current.
    await page.getByText('The widget has changed since: save and export again', { exact: false }).waitFor();
    await shootStep(harness, 'kommo-basics-next-version');
    expect(harness.problems).toEqual([]);
  });
});
