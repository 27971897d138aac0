// Small-widget section of `npm run bench` (bench/run.mjs): `widget-publisher check` of the widget `init`
// makes (13 files: manifest, i18n, script, style, config, logos, slides) against a bare Node start
// (`node -e 0`), both as fresh child processes, interleaved run by run. The CLI is the one `npm run build`
// makes (built here from the sources with build.mjs's own options). The slides' words are read once before
// the timed runs, so the timed checks take them from the cache, as every check after a widget's first does.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../build.mjs';
import { childrenCpuMs, log, median, ratio, round, spread } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = join(here, 'work', 'check-small');
const cliFolder = join(work, 'cli');
const widget = join(work, 'widget');
const cacheHome = join(work, 'cache');
const AIM_RATIO = 3;
const AIM_MS = 300;

const INIT_FLAGS = [
  '--locales', 'en,ru', '--company', 'Acme', '--support-email', 'help@acme.io', '--yes',
  '--name', 'en:Deals to Telegram', '--name', 'ru:Сделки в Telegram',
  '--teaser', 'en:Deal alerts in Telegram', '--teaser', 'ru:Уведомления о сделках в Telegram',
  '--description', 'en:Sends an alert to Telegram when a deal is created.', '--description', 'ru:Присылает уведомление в Telegram, когда создана сделка.',
];

/**
 * Peak memory of a child: a one-line module, loaded first, writes the process' maxRSS (KiB) to a file when
 * it exits. Only in the runs that measure memory, never in the timed ones.
 */
const PEAK_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/** One child process: wall time from spawn to exit, its CPU time (from /proc: 10 ms ticks), its output. */
function runChild(args, env = {}) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: work, env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ wall, cpu: childrenCpuMs() - cpuBefore, code, stdout, stderr });
    });
  });
}

async function peakMiB(args) {
  const file = join(work, 'peak.txt');
  const result = await runChild(['--import', PEAK_HOOK, ...args], { BENCH_PEAK_FILE: file });
  if (result.code !== 0) throw new Error(`${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return Number(await readFile(file, 'utf8')) / 1024;
}

function expectClean(result, what) {
  if (result.code !== 0 || !result.stdout.includes('ready for moderation')) {
    throw new Error(`${what} did not pass the widget init made (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

export async function runCheckSmallBench({ runs }) {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await buildCli(cliFolder);
  const cli = join(cliFolder, 'index.js');
  const made = await runChild([cli, 'init', widget, ...INIT_FLAGS]);
  if (made.code !== 0) throw new Error(`init failed (exit ${made.code}): ${made.stderr}`);
  const files = (await readdir(widget, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

  // The widget's first check reads the words in its slides and logos into the cache (not timed).
  const firstCheck = await runChild([cli, 'check', widget]);
  expectClean(firstCheck, 'The first check');
  log(`check-small: ${files} files; first check (reads the slides' words) ${firstCheck.wall.toFixed(0)} ms`);
  // Each command's first run also stores V8's code cache (electron/cli/code-cache.ts), as a user's first run does.
  const firstVersion = await runChild([cli, '--version']);
  if (firstVersion.code !== 0) throw new Error(`The first --version exited ${firstVersion.code}: ${firstVersion.stderr}`);

  const commands = {
    node: ['-e', '0'],
    check: [cli, 'check', widget],
    noOcr: [cli, 'check', widget, '--no-ocr'],
    version: [cli, '--version'],
  };
  const wall = { node: [], check: [], noOcr: [], version: [] };
  const cpu = { node: [], check: [], noOcr: [], version: [] };
  const peak = { node: [], check: [] };
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so a busy neighbour slows the CLI and the bare Node start alike.
    for (const [name, args] of Object.entries(commands)) {
      const result = await runChild(args);
      if (name === 'check' || name === 'noOcr') expectClean(result, `check (${name})`);
      else if (result.code !== 0) throw new Error(`${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      wall[name].push(result.wall);
      cpu[name].push(result.cpu);
    }
    peak.node.push(await peakMiB(commands.node));
    peak.check.push(await peakMiB(commands.check));
    log(`check-small run ${run}/${runs}: check ${wall.check.at(-1).toFixed(0)} ms, node -e 0 ${wall.node.at(-1).toFixed(0)} ms, --version ${wall.version.at(-1).toFixed(0)} ms`);
  }

  const checkSmallMs = median(wall.check);
  const nodeStartMs = median(wall.node);
  const checkPeak = median(peak.check);
  const nodePeak = median(peak.node);
  // Each run's own ratio: the check against the Node start just before it.
  const ratios = wall.check.map((value, index) => value / wall.node[index]);
  return {
    fields: {
      checkSmallMs: round(checkSmallMs),
      nodeStartMs: round(nodeStartMs),
      checkSmallPeakMiB: round(checkPeak),
      nodeStartPeakMiB: round(nodePeak),
    },
    details: {
      work: `widget-publisher check of the widget init makes (${files} files), OCR results and compiled code cached; vs node -e 0`,
      cli: relative(dirname(here), cli),
      wallMs: { check: spread(wall.check), nodeStart: spread(wall.node), checkNoOcr: spread(wall.noOcr), version: spread(wall.version) },
      cpuMs: Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, spread(values)])),
      peakMiB: { check: spread(peak.check, 1), nodeStart: spread(peak.node, 1) },
      ratioToNodeStart: { ofMedians: round(checkSmallMs / nodeStartMs, 2), perRun: spread(ratios, 2) },
      versionMs: round(median(wall.version)),
      firstCheckWithOcrMs: round(firstCheck.wall),
    },
    rows: [
      {
        work: `\`check\` of a small clean widget (${files} files, made by \`init\`)`,
        ours: `${round(checkSmallMs)} ms (${round(Math.min(...wall.check))}-${round(Math.max(...wall.check))}), ${round(checkPeak)} MiB`,
        bound: `\`node -e 0\` ${round(nodeStartMs)} ms (${round(Math.min(...wall.node))}-${round(Math.max(...wall.node))}), ${round(nodePeak)} MiB`,
        ratio: ratio(checkSmallMs / nodeStartMs),
        aim: `≤ ${AIM_RATIO}x node start; < ${AIM_MS / 1000} s`,
      },
    ],
  };
}
