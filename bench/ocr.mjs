// Text recognition benchmark for image/foreign-text (run by `npm run bench` after the image studio, or alone:
// `node bench/ocr.mjs`). Times the reader service (bundled with esbuild, as the CLI bundles it) on UI-like
// 1188x616 slides drawn by the test corpus' generator: the first check of one slide (worker start included),
// the first check of five slides, and a repeated check served from the cache. Alone it writes bench/ocr-results.json;
// under `npm run bench` the figures go where that puts every section's (results.json only when the machine was quiet).
// BENCH_OCR_RUNS=N sets the number of timed runs (default 3); the table shows medians.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const RUNS = Number(process.env.BENCH_OCR_RUNS ?? 3);
const SLIDES = 5;

async function bundle() {
  const outfile = join(here, 'work', 'ocr', 'image-text.mjs');
  await build({
    stdin: {
      contents: [
        "export { readImageTexts } from './electron/services/image-text/image-text-reader';",
        "export { snapshotFromFiles } from './test/helpers/widget-fixture';",
        "export { slidePng } from './test/helpers/ui-screenshots';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function widgetOf(lib, count) {
  const files = { 'manifest.json': { widget: { name: 'Bench', locale: ['en'] }, tour: { tour_images: { en: [] } } } };
  const images = {};
  const languages = ['en', 'ru', 'en', 'en', 'ru'];
  for (let index = 0; index < count; index += 1) {
    const path = `images/tour_${index + 1}_en.png`;
    files[path] = await lib.slidePng({ menu: languages[index % languages.length], content: 'en', size: 12 + (index % 3) });
    files['manifest.json'].tour.tour_images.en.push(`/${path}`);
    images[path] = { width: 1188, height: 616 };
  }
  return lib.snapshotFromFiles(files, { images });
}

/** Wall time, and CPU time of the process: its worker threads included, so other load distorts it less. */
async function timed(work) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

export async function runOcrBench({ keepOwnFile = true } = {}) {
  const lib = await bundle();
  const one = await widgetOf(lib, 1);
  const five = await widgetOf(lib, SLIDES);
  const samples = { firstSlideMs: [], fiveSlidesMs: [], cachedFiveMs: [], firstSlideCpuMs: [], fiveSlidesCpuMs: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const cacheFolder = await mkdtemp(join(tmpdir(), 'wp-bench-ocr-'));
    try {
      const first = await timed(() => lib.readImageTexts(one, {}, { cacheFolder }));
      samples.firstSlideMs.push(first.ms);
      samples.firstSlideCpuMs.push(first.cpuMs);
      await rm(join(cacheFolder, 'results'), { recursive: true, force: true });
      const cold = await timed(() => lib.readImageTexts(five, {}, { cacheFolder }));
      if (cold.result.recognized !== SLIDES || cold.result.problems.length > 0) throw new Error(`read ${cold.result.recognized} of ${SLIDES} slides: ${cold.result.problems.join('; ')}`);
      samples.fiveSlidesMs.push(cold.ms);
      samples.fiveSlidesCpuMs.push(cold.cpuMs);
      const warm = await timed(() => lib.readImageTexts(five, {}, { cacheFolder }));
      if (warm.result.recognized !== 0) throw new Error('the repeated check read slides again instead of using the cache');
      samples.cachedFiveMs.push(warm.ms);
    } finally {
      await rm(cacheFolder, { recursive: true, force: true });
    }
  }
  const round = (value) => Math.round(value);
  const results = {
    work: `image/foreign-text: reading ${SLIDES} UI-like 1188x616 slides (eng+rus), ${RUNS} runs, fresh cache each run`,
    firstSlideMs: round(median(samples.firstSlideMs)),
    fiveSlidesMs: round(median(samples.fiveSlidesMs)),
    perSlideFirstTimeMs: round(median(samples.fiveSlidesMs) / SLIDES),
    cachedFiveMs: round(median(samples.cachedFiveMs)),
    firstSlideCpuMs: round(median(samples.firstSlideCpuMs)),
    fiveSlidesCpuMs: round(median(samples.fiveSlidesCpuMs)),
    perSlideCpuMs: round(median(samples.fiveSlidesCpuMs) / SLIDES),
    machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    samplesMs: Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, values.map(round)])),
  };
  if (keepOwnFile) await writeFile(join(here, 'ocr-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `| reading the words in slides | wall, median of ${RUNS} runs | CPU (all threads) |`,
    '| --- | ---: | ---: |',
    `| first check, 1 slide (recogniser start included) | ${results.firstSlideMs} ms | ${results.firstSlideCpuMs} ms |`,
    `| first check, ${SLIDES} slides | ${results.fiveSlidesMs} ms (${results.perSlideFirstTimeMs} ms per slide) | ${results.fiveSlidesCpuMs} ms (${results.perSlideCpuMs} ms per slide) |`,
    `| repeated check, ${SLIDES} slides (cache) | ${results.cachedFiveMs} ms | |`,
  ].join('\n');
  process.stdout.write(`\n${results.work}\n\n${table}\n\nLoad average at the end: ${results.loadAverage.join(', ')}.\n${keepOwnFile ? 'Wrote bench/ocr-results.json\n' : ''}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runOcrBench().catch((error) => {
    process.stderr.write(`ocr bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
