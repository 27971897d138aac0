// Writes what a bench run measured: bench/results.json (named fields at the top, each section's details,
// load and time under `sections`) and the README's performance table, regenerated from results.json
// between the markers `<!-- bench:begin -->` and `<!-- bench:end -->`.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
export const RESULTS_FILE = join(here, 'results.json');
const README_FILE = join(dirname(here), 'README.md');
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

function writeAtomic(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function readResults() {
  try {
    const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
    return results && typeof results === 'object' && results.sections ? results : { sections: {} };
  } catch {
    return { sections: {} };
  }
}

/** Puts one section's figures into the results (a run of some sections keeps the others' last figures). */
export function withSection(results, name, section, context) {
  const sections = { ...results.sections, [name]: { ...context, fields: section.fields, rows: section.rows, details: section.details } };
  const fields = Object.assign({}, ...Object.values(sections).map((entry) => entry.fields));
  return { ...fields, machine: context.machine, sections };
}

export function writeResults(results) {
  writeAtomic(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

function escapeCell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The README's table: one row per figure, each with what it is measured against and the aim. */
export function readmeTable(results, order) {
  const names = order.filter((name) => results.sections[name]);
  const lines = [
    '| work | Widget Publisher | lower bound / peer | ratio | aim |',
    '| --- | ---: | --- | --- | --- |',
    ...names.flatMap((name) => results.sections[name].rows.map((row) => `| ${[row.work, row.ours, row.bound, row.ratio, row.aim].map(escapeCell).join(' | ')} |`)),
  ];
  const machine = results.machine;
  const when = names.map((name) => {
    const section = results.sections[name];
    return `${name} ${section.measuredAt.slice(0, 10)} (load average ${section.load.loadAverageAtStart[0]} at the start, other processes ${section.load.otherProcessesCores} cores, median of ${section.runs} runs)`;
  });
  return [
    `Machine: ${machine.cpus} CPUs (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
    `Measured: ${when.join('; ')}.`,
    '',
    ...lines,
  ].join('\n');
}

/** Replaces the text between the markers in README.md; false when the markers are missing. */
export function updateReadme(table) {
  const readme = readFileSync(README_FILE, 'utf8');
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) return false;
  writeAtomic(README_FILE, `${readme.slice(0, begin + BEGIN.length)}\n${table}\n${readme.slice(end)}`);
  return true;
}
