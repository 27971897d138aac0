import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs, tempDir } from './fixtures';

/** The whole way from a blank page to a checked zip is test/e2e/wizard-new-widget.test.ts. */
describe('journey: a new widget needs an empty folder', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    folder = await tempDir('wp-e2e-new-');
    await writeFile(join(folder, 'notes.txt'), 'something that is not a widget');
    harness = await launchHarness({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('refuses a folder that already holds files, and starts nothing', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: /New widget/ }).click();
    harness.main.dialogs.newWidgetFolder.push(folder);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByRole('button', { name: 'Start the wizard' }).click();
    await page.getByText(/is not empty/).waitFor();
    await expect(page.getByRole('heading', { name: 'New widget' }).count()).resolves.toBe(1);
    expect(harness.main.settings.getDraft(folder)).toBeNull();
    expect(harness.problems).toEqual([]);
  });
});
