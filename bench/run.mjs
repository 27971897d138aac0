// `npm run bench`: the project's one benchmark (not part of the test suite; no test fails on a time).
// Sections run one after another, each a median of several interleaved runs against its lower bound or
// peer measured in the same run. A section's figures are published (bench/results.json and the README's
// performance table) only when the machine was quiet while it ran; otherwise they are printed and kept in
// bench/results.loaded.json, and the published ones stay as they were.
//   npm run bench                       every section
//   npm run bench -- --only check,app   some sections
// BENCH_RUNS=N (runs per figure, default 7), BENCH_MAX_LOAD (default 1), BENCH_WAIT_QUIET=seconds (default 120).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProblem, waitForQuiet, watchLoad } from './lib/load.mjs';
import { log, machine } from './lib/measure.mjs';
import { readmeTable, readResults, updateReadme, withSection, writeResults } from './lib/publish.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Every section: its module and entry; each returns { fields, details, rows }. Order = README order. */
const SECTIONS = {
  checkLarge: async (options) => (await import('./check-large.mjs')).runCheckLargeBench(options),
  checkSmall: async (options) => (await import('./check-small.mjs')).runCheckSmallBench(options),
  images: async (options) => (await import('./images.mjs')).runImagesBench(options),
  app: async (options) => (await import('./app.mjs')).runAppBench(options),
  // Its own file is for runs alone: here a busy machine's figures must not replace the published ones.
  ocr: async () => ocrSection(await (await import('./ocr.mjs')).runOcrBench({ keepOwnFile: false })),
};

/** The text recognition figures as a section. */
function ocrSection(ocr) {
  return {
    runs: ocr.samplesMs.firstSlideMs.length,
    fields: { ocrFirstSlideMs: ocr.firstSlideMs, ocrFiveSlidesMs: ocr.fiveSlidesMs },
    details: ocr,
    rows: [
      {
        work: 'Reading the words in 5 slides, first check (image/foreign-text)',
        ours: `${ocr.fiveSlidesMs} ms`,
        bound: `1 slide alone ${ocr.firstSlideMs} ms (recogniser start included); cached ${ocr.cachedFiveMs} ms`,
        ratio: `${ocr.perSlideFirstTimeMs} ms per slide`,
        aim: 'lone first slide ≤ 1.5 s',
      },
    ],
  };
}

function parseOnly(argv) {
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return Object.keys(SECTIONS);
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  // Without regard to case: `--only checksmall` finds checkSmall.
  const byLowerCase = new Map(Object.keys(SECTIONS).map((name) => [name.toLowerCase(), name]));
  const names = (value ?? '').split(',').map((name) => byLowerCase.get(name.trim().toLowerCase()) ?? name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !SECTIONS[name]);
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`--only takes a comma-separated list of sections: ${Object.keys(SECTIONS).join(', ')} (got "${value ?? ''}")`);
  }
  return names;
}

async function main() {
  const names = parseOnly(process.argv.slice(2));
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
  const maxLoad = Number(process.env.BENCH_MAX_LOAD ?? 1);
  const waitSeconds = Number(process.env.BENCH_WAIT_QUIET ?? 120);
  let published = readResults();
  let loaded = { sections: {} };
  const refused = [];
  for (const name of names) {
    await waitForQuiet(maxLoad, waitSeconds);
    log(`\n=== ${name}`);
    const watch = watchLoad();
    const section = await SECTIONS[name]({ runs, log });
    const load = watch.stop();
    const context = { measuredAt: new Date().toISOString(), runs: section.runs ?? runs, load, machine: machine() };
    for (const row of section.rows) process.stdout.write(`${name}: ${row.work}: ${row.ours} | ${row.bound} | ${row.ratio} (aim ${row.aim})\n`);
    const problem = loadProblem(load, maxLoad);
    if (problem) {
      refused.push(`${name}: ${problem}`);
      loaded = withSection(loaded, name, section, context);
      continue;
    }
    published = withSection(published, name, section, context);
    writeResults(published);
  }
  if (Object.keys(loaded.sections).length > 0) writeFileSync(join(here, 'results.loaded.json'), `${JSON.stringify(loaded, null, 2)}\n`);
  if (published.machine) {
    const updated = updateReadme(readmeTable(published, Object.keys(SECTIONS)));
    if (!updated) log('README.md has no <!-- bench:begin --> / <!-- bench:end --> markers: its table was not updated.');
  }
  if (refused.length > 0) {
    log(`\nNot published (machine too busy; figures kept in bench/results.loaded.json):\n  ${refused.join('\n  ')}`);
    process.exitCode = 3;
  } else {
    log('\nPublished: bench/results.json and the README performance table.');
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
