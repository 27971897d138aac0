// `npm run bench:stall`: how long the main thread stops while the app opens (reads and checks) a
// 10,000-file widget, with the whole-widget check in-process and in the check worker. The longest gap
// between event-loop turns is what a user sees as a frozen window (menus, resizing, progress).
// Writes bench/stall-results.json.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildNodeBundles, NODE_ESM_BUNDLE } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const work = join(here, 'work', 'stall');
const FILE_COUNT = 10_000;

async function loadServices() {
  const outfile = join(work, 'services.mjs');
  await build({
    stdin: {
      contents: [
        "export { createWidgetChecker } from './electron/services/widget-checker';",
        "export { validWidgetOnDiskFiles, writeTree } from './test/electron/services/widget-on-disk';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    ...NODE_ESM_BUNDLE,
  });
  await buildNodeBundles(join(work, 'bundles'), ['main/check-worker']);
  return import(pathToFileURL(outfile).href);
}

/** A real widget plus own modules in nested folders, up to FILE_COUNT files in all. */
async function generateWidget(services) {
  const folder = join(work, 'widget-10k');
  await rm(folder, { recursive: true, force: true });
  const files = await services.validWidgetOnDiskFiles('amocrm');
  const extra = FILE_COUNT - Object.keys(files).length;
  for (let index = 0; index < extra; index++) {
    files[`modules/group-${Math.floor(index / 100)}/module-${index}.js`] =
      `define(['jquery'], function ($) {\n  return { show${index}: function (items) { $('.acme-deals__row').text(items.length); console.log('shown ${index}'); return true; } };\n});\n`;
  }
  await services.writeTree(folder, files);
  return { folder, files: Object.keys(files).length };
}

/** The longest gap between 1 ms ticks while `work` runs, the last gap (when work ends) included. */
async function longestStall(work) {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const result = await work();
  const totalMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(ticker);
  return { result, totalMs: Math.round(totalMs), longestStallMs: Math.round(longest) };
}

/** What the app does on Open: read the widget and check every rule (project:open). */
async function measure(checker, folder) {
  const { result, totalMs, longestStallMs } = await longestStall(() => checker.open(folder, 'amocrm'));
  return { totalMs, longestStallMs, files: result.files.length, findings: result.report.findings.length };
}

async function main() {
  await mkdir(work, { recursive: true });
  const services = await loadServices();
  const { folder, files } = await generateWidget(services);
  const inProcess = services.createWidgetChecker(null);
  const inWorker = services.createWidgetChecker(join(work, 'bundles', 'main', 'check-worker.js'));
  // Warm both (JIT, worker start-up), then measure each once more.
  await measure(inProcess, folder);
  await measure(inWorker, folder);
  const results = { files, inProcess: await measure(inProcess, folder), worker: await measure(inWorker, folder) };
  await writeFile(join(here, 'stall-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `Opening a ${files}-file widget (read + whole-widget check):\n` +
      `  check in-process:  longest main-thread stall ${results.inProcess.longestStallMs} ms (total ${results.inProcess.totalMs} ms)\n` +
      `  check in a worker: longest main-thread stall ${results.worker.longestStallMs} ms (total ${results.worker.totalMs} ms)\n` +
      'Wrote bench/stall-results.json\n',
  );
}

main().catch((error) => {
  process.stderr.write(`bench:stall failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
