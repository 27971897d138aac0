import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import type { Harness } from './harness/harness';
import { SCREENS_FOLDER } from './harness/paths';

/** The New widget screen filled in as a user does it, up to the wizard's first step. */
export async function startNewWidget(harness: Harness, folder: string, beforeStart?: () => Promise<void>): Promise<void> {
  const { page } = harness;
  await page.getByRole('button', { name: /New widget/ }).click();
  harness.main.dialogs.newWidgetFolder.push(folder);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await page.getByText(folder).waitFor();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Product name').fill('Deals to Telegram');
  if (beforeStart) await beforeStart();
  await page.getByRole('button', { name: 'Start the wizard' }).click();
  await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
}

/** The Support step filled with valid contacts (link, email, phone, privacy links per locale). */
export async function fillSupportStep(page: Page): Promise<void> {
  await goToStep(page, 'Support and contacts');
  await page.getByLabel('Support page (widget.support.link)').fill('https://acme-widgets.io/support');
  await page.getByLabel('Support email (widget.support.email)').fill('help@acme-widgets.io');
  await page.getByLabel('Support phone').fill('+7 900 000-00-00');
  await page.getByLabel('Privacy policy link (ru)').fill('https://acme-widgets.io/ru/privacy');
  await page.getByLabel('Privacy policy link (en)').fill('https://acme-widgets.io/privacy');
}

/** The size the wizard must be usable at. */
export const SMALL_WINDOW = { width: 1024, height: 700 };

export async function goToStep(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('.sidebar').getByRole('button', { name }).click();
  await page.locator('#step-title').waitFor();
}

/** A screenshot of the step in both themes, at the window size the test runs at. */
export async function shootStep(harness: Harness, name: string): Promise<void> {
  const content = harness.page.locator('.project-content');
  if ((await content.count()) > 0) await content.evaluate((element) => element.scrollTo({ top: 0 }));
  await harness.screenshotBothThemes(name);
  // WP_TALL_SHOTS=1 adds the whole step in one tall picture, for reviewing what is below the fold.
  if (process.env.WP_TALL_SHOTS === '1') {
    const size = harness.page.viewportSize();
    await mkdir(join(SCREENS_FOLDER, 'tall'), { recursive: true });
    await harness.page.setViewportSize({ width: size?.width ?? 1024, height: 2600 });
    await harness.screenshot(`tall/${name}`);
    if (size) await harness.page.setViewportSize(size);
  }
}

/** A logo with a transparent margin (the studio trims it) and slide sources in another aspect ratio. */
export async function writeSourceImages(folder: string): Promise<{ logo: string; slides: string[] }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640"><rect x="80" y="80" width="480" height="480" rx="96" fill="#4f5ff5"/><path d="M200 330l90 90 160-190" stroke="#fff" stroke-width="56" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  const logo = join(folder, 'logo-source.png');
  await writeFile(logo, await sharp(Buffer.from(svg)).png().toBuffer());
  const slides: string[] = [];
  for (const [index, colour] of ['#dbe4ff', '#ffe8cc'].entries()) {
    const slideSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${colour}"/><rect x="120" y="120" width="1360" height="120" rx="24" fill="#4f5ff5"/><text x="160" y="520" font-size="160" font-family="sans-serif" fill="#1d2330">Slide ${index + 1}</text></svg>`;
    const path = join(folder, `screen-${index + 1}.png`);
    await writeFile(path, await sharp(Buffer.from(slideSvg)).png().toBuffer());
    slides.push(path);
  }
  return { logo, slides };
}

/** Time spent in the wizard's validation, read from the page's user-timing entries. */
export async function timings(page: Page): Promise<Record<string, { count: number; max: number; median: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { count: number; max: number; median: number }> = {};
    for (const name of ['wp:validate-store-text', 'wp:live-check']) {
      const durations = performance
        .getEntriesByName(name)
        .map((entry) => entry.duration)
        .sort((a, b) => a - b);
      if (durations.length === 0) continue;
      out[name] = { count: durations.length, max: durations[durations.length - 1], median: durations[Math.floor(durations.length / 2)] };
    }
    return out;
  });
}
