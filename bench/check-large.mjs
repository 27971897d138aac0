// Large-widget section of `npm run bench` (bench/run.mjs): `widget-publisher check <folder>` (the built CLI,
// as a user runs it) on a generated widget with 10,000 own JS files, against the read+parse lower bound
// (bench/lib/read-parse-bound.mjs: read every file, parse each JS file with acorn as the checker does, one thread), each in its own
// process under /usr/bin/time (wall, CPU, peak RSS from the kernel), interleaved run by run.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM_BUNDLE } from '../build.mjs';
import { log, median, ratio, round, spread } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const work = join(here, 'work', 'check-large');
const folder = join(work, 'widget');
const cli = join(root, 'dist', 'cli', 'index.js');
const bound = join(here, 'lib', 'read-parse-bound.mjs');
const TIME = '/usr/bin/time';

export const SCRIPT_COUNT = 10_000;
const MODULES_PER_FILE = 5;
/** Bump when the generated widget changes, so a stale copy in bench/work is rebuilt. */
const GENERATOR_VERSION = 2;

/** The test corpus' valid widget (manifest, i18n, real PNG branding and slides) and its file writer. */
async function loadHelpers() {
  const outfile = join(work, 'helpers.mjs');
  await build({
    stdin: {
      contents: [
        "export { validWidgetOnDiskFiles, writeTree } from './test/electron/services/widget-on-disk';",
        "export { VALID_SCRIPT } from './test/helpers/widget-fixture';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    ...NODE_ESM_BUNDLE,
  });
  return import(`${pathToFileURL(outfile).href}?v=${Date.now()}`);
}

/** `js/a3/b1/c4/m1.js`: 10 x 10 x 10 folders of 10 files, plain nesting as hand-written code has. */
function scriptPath(index) {
  const digits = String(index).padStart(4, '0');
  return `js/a${digits[0]}/b${digits[1]}/c${digits[2]}/m${digits[3]}.js`;
}

/** How an AMD dependency names a file: relative, without `.js`. */
function amdName(index) {
  return `./${scriptPath(index).replace(/\.js$/, '')}`;
}

/**
 * Five small named AMD modules. The first depends on the next two files of a binary tree rooted at
 * script.js, so the reference graph reaches every file and none is "unused". Small enough that all
 * 10,000 files together stay under the checker's total for scripts (PARSE_LIMITS.script.maxTotalBytes):
 * every file is parsed and every rule runs on it, as the read+parse bound does.
 */
function moduleFile(index) {
  const children = [2 * index + 1, 2 * index + 2].filter((child) => child < SCRIPT_COUNT).map((child) => `'${amdName(child)}'`);
  const lines = [`define('m${index}a',[${children.join(',')}],()=>({a:1}));`];
  for (const part of ['b', 'c', 'd', 'e']) lines.push(`define('m${index}${part}',()=>({${part}:2}));`);
  return `${lines.join('\n')}\n`;
}

/** Writes the widget once into bench/work (deterministic; reused while GENERATOR_VERSION is unchanged). */
export async function ensureWidget() {
  const stamp = join(work, 'widget.stamp');
  const expected = JSON.stringify({ GENERATOR_VERSION, SCRIPT_COUNT, MODULES_PER_FILE });
  if (existsSync(folder) && (await readFile(stamp, 'utf8').catch(() => '')) === expected) return folder;
  log(`generating a widget with ${SCRIPT_COUNT} own JS files in ${folder} ...`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const helpers = await loadHelpers();
  const files = await helpers.validWidgetOnDiskFiles('amocrm');
  files['script.js'] = helpers.VALID_SCRIPT.replace("define(['jquery']", `define(['jquery', '${amdName(0)}']`);
  for (let index = 0; index < SCRIPT_COUNT; index += 1) files[scriptPath(index)] = moduleFile(index);
  await helpers.writeTree(folder, files);
  await writeFile(stamp, expected);
  return folder;
}

/** Runs a command under /usr/bin/time: wall and CPU (user+system) in ms, peak RSS in MiB, stdout. */
function measured(command, args, env) {
  const timesFile = join(work, `time-${process.pid}.txt`);
  return new Promise((resolve, reject) => {
    execFile(TIME, ['-f', '%e %U %S %M', '-o', timesFile, command, ...args], { env, maxBuffer: 256 * 2 ** 20 }, async (error, stdout, stderr) => {
      const code = error ? error.code : 0;
      // `check` exits 1 when the widget has errors: still a finished check. Anything else is a failure.
      if (typeof code !== 'number' || code > 1) {
        reject(new Error(`${[command, ...args].join(' ')} failed (${code}):\n${stderr}`));
        return;
      }
      const [wall, user, system, maxKiB] = (await readFile(timesFile, 'utf8')).trim().split('\n').pop().split(' ').map(Number);
      resolve({ wallMs: wall * 1000, cpuMs: (user + system) * 1000, peakMiB: maxKiB / 1024, stdout, exitCode: code });
    });
  });
}

function checkOnce() {
  // Slides and logos are read for words (the default), from a cache of the bench's own that the warm-up
  // run fills: the figure is a repeated check, as a user runs it while working on the widget.
  const env = { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), NO_COLOR: '1' };
  return measured(process.execPath, [cli, 'check', folder], env);
}

function boundOnce() {
  return measured(process.execPath, [bound, folder], process.env);
}

function summaryLine(stdout) {
  return stdout.trim().split('\n').filter(Boolean).pop() ?? '';
}

export async function runCheckLargeBench({ runs, log: say = log }) {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first.');
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing (Debian package "time"): it measures the peak memory.`);
  await ensureWidget();
  say('warm-up (page cache, image-text cache) ...');
  const warm = await checkOnce();
  const boundInfo = JSON.parse((await boundOnce()).stdout);
  const ours = [];
  const lower = [];
  for (let run = 0; run < runs; run += 1) {
    // Alternate who goes first, so neither always follows the other's page-cache and CPU-frequency state.
    const order = run % 2 === 0 ? [checkOnce, boundOnce] : [boundOnce, checkOnce];
    for (const once of order) {
      const sample = await once();
      (once === checkOnce ? ours : lower).push(sample);
    }
    const last = ours.at(-1);
    say(`  run ${run + 1}/${runs}: check ${round(last.wallMs)} ms (CPU ${round(last.cpuMs)} ms, ${round(last.peakMiB)} MiB), bound ${round(lower.at(-1).wallMs)} ms (CPU ${round(lower.at(-1).cpuMs)} ms)`);
  }
  const pick = (samples, key) => samples.map((sample) => sample[key]);
  const wall = spread(pick(ours, 'wallMs'));
  const cpu = spread(pick(ours, 'cpuMs'));
  const peak = spread(pick(ours, 'peakMiB'), 1);
  const boundWall = spread(pick(lower, 'wallMs'));
  const boundCpu = spread(pick(lower, 'cpuMs'));
  const boundPeak = spread(pick(lower, 'peakMiB'), 1);
  // Ratios pair each check with the bound of the same run, so a busy neighbour slows both sides alike.
  const wallRatio = spread(ours.map((sample, index) => sample.wallMs / lower[index].wallMs), 2);
  const cpuRatio = spread(ours.map((sample, index) => sample.cpuMs / lower[index].cpuMs), 2);
  const range = (figure, unit) => `${figure.median} ${unit} (${figure.min}-${figure.max})`;
  return {
    fields: { checkLargeMs: wall.median, checkLargeLowerBoundMs: boundWall.median, checkLargePeakMiB: peak.median },
    details: {
      files: boundInfo.files,
      scripts: boundInfo.scripts,
      modulesPerScript: MODULES_PER_FILE,
      imageText: 'on (the default), served from a warm cache',
      checkWallMs: wall,
      checkCpuMs: cpu,
      checkPeakMiB: peak,
      lowerBoundWallMs: boundWall,
      lowerBoundCpuMs: boundCpu,
      lowerBoundPeakMiB: boundPeak,
      wallRatio,
      cpuRatio,
      checkSummary: summaryLine(warm.stdout),
      checkExitCode: warm.exitCode,
    },
    rows: [
      {
        work: `\`check\` of a widget with ${SCRIPT_COUNT.toLocaleString('en')} own JS files (${MODULES_PER_FILE} small \`define\` modules each, nested plain folders; slides and logos read for words, from the warm cache)`,
        ours: `${range(wall, 'ms')}; CPU ${cpu.median} ms`,
        bound: `read every file + parse each JS file with acorn (the checker's parser), one thread: ${range(boundWall, 'ms')}; CPU ${boundCpu.median} ms`,
        ratio: `${ratio(wallRatio.median)} wall, ${ratio(cpuRatio.median)} CPU`,
        aim: '≤ 1.5x of the bound, under 2 s',
      },
      {
        work: `Peak memory of that check (resident set, from the kernel)`,
        ours: `${range(peak, 'MiB')}`,
        bound: `read + parse: ${range(boundPeak, 'MiB')}`,
        ratio: ratio(median(pick(ours, 'peakMiB')) / median(pick(lower, 'peakMiB'))),
        aim: 'under 300 MB (286 MiB)',
      },
    ],
  };
}
