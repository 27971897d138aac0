import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { defectiveWidgetFolder, removeTempDirs, tempDir } from './fixtures';

describe('journey: the draft survives a restart; secrets never reach the disk in clear text', () => {
  let harness: Harness;
  let folder: string;
  let userData: string;

  beforeAll(async () => {
    folder = await defectiveWidgetFolder();
    userData = await tempDir('wp-e2e-userdata-keep-');
    harness = await launchHarness({ userData });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('autosaves the manual confirmations as they are ticked', async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await harness.sendMenuCommand({ command: 'open-folder' });
    await page.locator('.finding-group').first().waitFor();
    await page.getByRole('button', { name: 'Review and export' }).click();
    await page.getByRole('checkbox', { name: /only collects data it needs/ }).check();
    await page.getByRole('checkbox', { name: /uses OAuth 2\.0/ }).check();
    await page.getByText('Draft saved').waitFor();
    // The draft also remembers the step, so "Draft saved" may show before the ticks are written.
    await expect.poll(() => harness.main.settings.getDraft(folder)?.manualConfirmed?.sort()).toEqual(['development/oauth2', 'general/minimal-data']);
  });

  it('stores test credentials encrypted, and gives them back after a restart', async () => {
    const { page } = harness;
    const saved = await page.evaluate(
      ([path]) => window.api!.saveDraft(path, { testCredentials: 'login demo@acme.io / password Hunter2-secret', manualConfirmed: ['development/oauth2'] }),
      [folder] as const,
    );
    expect(saved).toMatchObject({ ok: true, value: { credentialsStored: true } });
    const onDisk = await readFile(join(userData, 'config.json'), 'utf8');
    expect(onDisk).not.toContain('Hunter2-secret');
    expect(onDisk).toContain('development/oauth2');

    await harness.reload();
    await page.locator('.recent').first().click();
    await page.locator('.finding-group').first().waitFor();
    await page.getByRole('button', { name: 'Review and export' }).click();
    await expect(page.getByRole('checkbox', { name: /uses OAuth 2\.0/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /only collects data it needs/ }).isChecked()).resolves.toBe(false);
    const draft = await page.evaluate(([path]) => window.api!.getDraft(path), [folder] as const);
    expect(draft).toMatchObject({ ok: true, value: { testCredentials: 'login demo@acme.io / password Hunter2-secret' } });
  });

  it('answers a malformed request from the page with an error instead of acting on it', async () => {
    const { page } = harness;
    const answer = await page.evaluate(() => (window.api!.revealInFolder as unknown as (path: unknown) => Promise<unknown>)('relative/path'));
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
    const external = await page.evaluate(() => window.api!.openExternal('file:///etc/passwd'));
    expect(external).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(harness.main.revealed).toEqual([]);
    expect(harness.main.external).toEqual([]);
    expect(Object.keys(await page.evaluate(() => window.api!))).not.toContain('invoke');
    expect(harness.problems).toEqual([]);
  });
});
