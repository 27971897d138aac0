import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../cli/cli-harness';
import { slidePng } from '../../../helpers/ui-screenshots';

const ROOT = resolve(__dirname, '../../../..');
/** Inside the repository, so the bundle finds node_modules and the shipped data/ocr as the real CLI does. */
const BUNDLE = join(ROOT, 'node_modules/.cache/widget-publisher-test/no-network-cli.mjs');
const TRIPWIRE = join(__dirname, 'network-tripwire.cjs');

function runWithTripwire(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['-r', TRIPWIRE, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('reading the words in images', { timeout: 320_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder('wp-ocr-net-');
    await build({
      entryPoints: [join(ROOT, 'electron/cli/run-process.ts')],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    const widget = join(work.path, 'widget');
    await mkdir(join(widget, 'images'), { recursive: true });
    await writeFile(
      join(widget, 'manifest.json'),
      JSON.stringify({ widget: { name: 'Deals', locale: ['en'] }, tour: { is_tour: true, tour_images: { en: ['/images/tour_1_en.png'] } } }),
    );
    await writeFile(join(widget, 'images/tour_1_en.png'), await slidePng({ menu: 'ru', content: 'en' }));
  });
  afterAll(async () => work.remove());

  it('the tripwire catches a worker thread reaching for the network (so the next test can fail)', async () => {
    const log = join(work.path, 'control.log');
    const script = "new (require('node:worker_threads').Worker)('fetch(\"http://127.0.0.1:9/eng.traineddata.gz\").catch(() => {})', { eval: true })";
    runWithTripwire(['-e', script], { TRIPWIRE_LOG: log });
    expect(await readFile(log, 'utf8')).toContain('worker tried fetch http://127.0.0.1:9/eng.traineddata.gz');
  });

  it('recognises a slide with data shipped on this machine and never touches the network', async () => {
    const log = join(work.path, 'check.log');
    const run = runWithTripwire([BUNDLE, 'check', join(work.path, 'widget')], { TRIPWIRE_LOG: log, XDG_CACHE_HOME: join(work.path, 'cache') });
    expect(run.stdout).toMatch(/tour_1_en\.png \(en\) shows Russian text: .*«Сделки»/);
    const trips = await readFile(log, 'utf8');
    // Armed in the main thread and in tesseract.js's worker thread, and never tripped.
    expect(trips).toContain('main armed');
    expect(trips).toContain('worker armed');
    expect(trips).not.toContain('tried');
  });
});
