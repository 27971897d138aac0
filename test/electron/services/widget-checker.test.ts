import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNodeBundles } from '../../../build.mjs';
import { checkWidget } from '../../../shared/check/check-widget';
import { createWidgetChecker } from '../../../electron/services/widget-checker';
import { validSnapshot } from '../../helpers/widget-fixture';
import { UserError } from '../../../electron/services/user-error';
import { removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree } from './widget-on-disk';

const OUT = resolve(__dirname, '../../..', 'test-output', 'check-worker-bundle');
const WORKER = join(OUT, 'main', 'check-worker.js');

beforeAll(async () => {
  await buildNodeBundles(OUT, ['main/check-worker']);
}, 120_000);

function defectiveSnapshot() {
  return validSnapshot('amocrm', { 'script.js': "define([], function () { eval('1'); console.log('x'); return {}; });\n" });
}

describe('the whole-widget check in a worker thread', () => {
  it('gives the same report as checking in-process, several times over one worker', async () => {
    const checker = createWidgetChecker(WORKER);
    const snapshot = defectiveSnapshot();
    const expected = checkWidget(snapshot, { platform: 'kommo' });
    expect(expected.summary.errors + expected.summary.warnings).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) expect(await checker.check(snapshot, { platform: 'kommo' })).toEqual(expected);
  });

  it('stops at once on cancel and checks again afterwards', async () => {
    const checker = createWidgetChecker(WORKER);
    const controller = new AbortController();
    const running = checker.check(defectiveSnapshot(), {}, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(checker.check(validSnapshot(), {})).resolves.toMatchObject({ summary: { errors: 0 } });
  });

  it('checks in-process when the worker cannot start, so a check never fails because of it', async () => {
    const broken = join(await tempFolder('wp-worker-'), 'check-worker.js');
    await writeFile(broken, 'throw new Error("cannot load");');
    const checker = createWidgetChecker(broken);
    await expect(checker.check(defectiveSnapshot(), {})).resolves.toEqual(checkWidget(defectiveSnapshot(), {}));
    await expect(checker.check(validSnapshot(), {})).resolves.toMatchObject({ summary: { errors: 0 } });
  });

  it('reads and checks a widget folder in the worker, and a missing folder fails with the reader\'s own message', async () => {
    const root = join(await tempFolder('wp-worker-open-'), 'widget');
    await writeTree(root, await validWidgetOnDiskFiles('amocrm'));
    const inWorker = await createWidgetChecker(WORKER).open(root, 'amocrm');
    const inProcess = await createWidgetChecker(null).open(root, 'amocrm');
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.files.map((file) => file.path)).toContain('manifest.json');
    expect(inWorker.texts.files.map((file) => file.path).every((path) => path === 'manifest.json' || path.startsWith('i18n/'))).toBe(true);
    const missing = join(root, 'not-here');
    const [workerError, processError] = await Promise.all([
      createWidgetChecker(WORKER).open(missing, undefined).catch((error: unknown) => error),
      createWidgetChecker(null).open(missing, undefined).catch((error: unknown) => error),
    ]);
    expect(workerError).toBeInstanceOf(UserError);
    expect((workerError as Error).message).toBe((processError as Error).message);
  });
});

afterAll(removeTempFolders);
