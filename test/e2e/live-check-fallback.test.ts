import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { defectiveWidgetFolder, removeTempDirs } from './fixtures';

/** The checker chunk the page imports only when the live check cannot run in a worker. */
const PAGE_CHECKER = /\/assets\/live-check-job-[^/]+\.js$/;
const WORKER_SCRIPT = /\/assets\/live-check\.worker-[^/]+\.js$/;

interface Run {
  harness: Harness;
  requested: string[];
}

/** The app with `breakWorkers` run before its own scripts, and every URL it fetched from then on. */
async function launch(breakWorkers?: string): Promise<Run> {
  const harness = await launchHarness({ colorScheme: 'light' });
  const requested: string[] = [];
  harness.page.on('request', (request) => requested.push(request.url()));
  if (breakWorkers) await harness.page.addInitScript({ content: breakWorkers });
  await harness.reload();
  return { harness, requested };
}

async function openDefectiveFolder({ harness }: Run, folder: string): Promise<void> {
  const { page } = harness;
  harness.main.dialogs.openFolder.push(folder);
  await page.getByRole('button', { name: /Open folder/ }).click();
  const enGroup = page.locator('.finding-group[data-file="i18n/en.json"]');
  await enGroup.getByText('text/name-length').waitFor();
  await expect(page.locator('.finding-group[data-file="script.js"]').getByText('file/bom').count()).resolves.toBe(1);
  await expect(enGroup.locator('.finding__message').first().textContent()).resolves.toMatch(/allows at most 30/);
  // The finding's own advice, with the numbers of this text, under the message; and where the app fixes it.
  await expect(enGroup.locator('.finding__help').first().textContent()).resolves.toMatch(/^Shorten it by \d+: /);
  await expect(enGroup.locator('.finding__actions').first().textContent()).resolves.toContain('Edit “Name” on the “Store texts” step');
}

describe('the live check without a worker', () => {
  let folder: string;
  let run: Run | null = null;

  beforeAll(async () => {
    folder = await defectiveWidgetFolder();
  });

  afterEach(async () => {
    await run?.harness.close();
    run = null;
  });

  afterAll(async () => {
    await closeBrowser();
    await removeTempDirs();
  });

  it('runs in the worker and never loads the page copy of the checker', async () => {
    run = await launch();
    await openDefectiveFolder(run, folder);
    expect(run.requested.filter((url) => WORKER_SCRIPT.test(url))).toHaveLength(1);
    expect(run.requested.filter((url) => PAGE_CHECKER.test(url))).toEqual([]);
    expect(run.harness.problems).toEqual([]);
  });

  it('loads the checker on the page and still finds every problem when the Worker constructor throws', async () => {
    run = await launch(`window.Worker = class { constructor() { throw new DOMException('Workers are disabled here', 'SecurityError'); } };`);
    await openDefectiveFolder(run, folder);
    expect(run.requested.filter((url) => PAGE_CHECKER.test(url))).toHaveLength(1);
    expect(run.requested.filter((url) => WORKER_SCRIPT.test(url))).toEqual([]);
    expect(run.harness.problems).toEqual([]);
  });

  it('takes over on the page when the worker script fails to load', async () => {
    run = await launch(`{
      const RealWorker = window.Worker;
      window.Worker = class extends RealWorker {
        constructor(_url, options) { super(new URL('./assets/no-such-worker.js', location.href), options); }
      };
    }`);
    await openDefectiveFolder(run, folder);
    expect(run.requested.filter((url) => /no-such-worker\.js$/.test(url))).toHaveLength(1);
    expect(run.requested.filter((url) => PAGE_CHECKER.test(url))).toHaveLength(1);
    // The browser reports the missing worker script itself; nothing else may go wrong.
    expect(run.harness.problems.filter((problem) => !/404/.test(problem))).toEqual([]);
  });
});
