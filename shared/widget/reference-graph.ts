import type { RuleContext } from '../check/rule-context';
import { MANIFEST_PATH } from '../check/rule-context';

/** Files the platform itself reads by name: the entry script; manifest.json and i18n/*.json are added below. */
const PLATFORM_ENTRY_FILES = ['script.js'];

/** Files whose text can name other files (scripts, styles, templates, pages, data, SVG with <image href>). */
const READABLE = /\.(?:m?js|css|twig|tpl|html?|json|svg|xml)$/i;

/**
 * Texts longer than this are not searched for file names: a reference inside a multi-megabyte file is
 * still found by the file that loads it, and a hostile widget must not make the check scan gigabytes.
 */
export const MAX_SCANNED_TEXT_CHARS = 8_000_000;

/**
 * Whether a UTF-16 code is a character that continues a name (A-Z, a-z, 0-9, `_`, `$`, `-`): a stem followed by one
 * is a longer, different name, and the maximal runs of them are where a name that "stands alone" can start.
 * Codes, not one-character strings and a pattern: this runs for every character of every text the graph reads.
 */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 45;
}

/** A locale or a number at the end of a stem: the part code usually fills in (`slide_2_en` -> `slide_`). */
const VARIABLE_TAIL = /(?:[_.-])(?:\d+|[a-z]{2})$/;

const QUOTES = ["'", '"', '`'];

const PAGE = /\.html?$/i;

export interface ReferenceGraph {
  /** Paths something in the widget refers to, with the file that refers to each first (null: the platform). */
  used: Map<string, string | null>;
  /** Paths nothing refers to, in snapshot order. */
  unused: string[];
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function standsAlone(text: string, start: number, length: number): boolean {
  // charCodeAt gives NaN before the start and past the end: no name character there.
  return !isNameCode(text.charCodeAt(start - 1)) && !isNameCode(text.charCodeAt(start + length));
}

/** Whether `needle` occurs in `text` as a whole name, not inside a longer one. */
function mentionsName(text: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (standsAlone(text, at, needle.length)) return true;
  }
  return false;
}

/**
 * Prefixes of a stem that code completes at run time: `'images/slide_' + n + '.png'` names
 * `slide_1.png`, `slide_2.png`; `'tour_' + i + '_' + lang` names `tour_1_ru.png`.
 */
function dynamicPrefixes(stem: string): string[] {
  const prefixes: string[] = [];
  let rest = stem;
  for (let match = VARIABLE_TAIL.exec(rest); match; match = VARIABLE_TAIL.exec(rest)) {
    rest = rest.slice(0, match.index + 1);
    prefixes.push(rest);
    rest = rest.slice(0, -1);
  }
  return prefixes.filter((prefix) => prefix.length >= 3);
}

function mentionsPrefix(text: string, prefix: string): boolean {
  for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
    const after = text.slice(at + prefix.length, at + prefix.length + 2);
    if (isNameCode(text.charCodeAt(at - 1))) continue;
    if (QUOTES.includes(after[0] ?? '') || after === '${') return true;
  }
  return false;
}

/**
 * Whether `text` refers to the file at `path`: by its path (with or without extension, with or without
 * a leading `/` or `./`), its file name, its name without extension (templates are rendered by name,
 * AMD modules are required without `.js`), or a prefix that code completes with a number or a locale.
 * Deliberately generous: a file wrongly taken as used is a missed finding, one wrongly taken as unused
 * would tell the developer to delete a file the widget needs.
 */
export function refersTo(text: string, path: string): boolean {
  const name = baseName(path);
  const stem = stemOf(name);
  if (text.includes(path) || mentionsName(text, name)) return true;
  // A page is opened by its file name (iframe src, window.open); `index` alone is a word of every bundle.
  if (PAGE.test(name)) return false;
  if (stem !== name && (mentionsName(text, stemOf(path)) || mentionsName(text, stem))) return true;
  return dynamicPrefixes(stem).some((prefix) => mentionsPrefix(text, prefix));
}

/** The files the platform loads without being told: manifest, locale files, entry script, branding images. */
function platformRoots(context: RuleContext): string[] {
  const folder = context.profile.images.folder.replace(/\/?$/, '/');
  return [
    MANIFEST_PATH,
    ...[...context.i18n.values()].map((file) => file.path),
    ...PLATFORM_ENTRY_FILES,
    ...context.profile.images.branding.map((spec) => `${folder}${spec.file}`),
  ];
}

/** The leading run of name characters of `name` (`jquery` of `jquery.min.js`), or '' when it starts with another character. */
function leadingRun(name: string): string {
  let end = 0;
  while (end < name.length && isNameCode(name.charCodeAt(end))) end += 1;
  return end === name.length ? '' : name.slice(0, end);
}

/**
 * Which paths a text can refer to, found from the name runs it contains instead of trying every path.
 * For a path inside a folder whose name has a leading run followed by another character (`m3.js`,
 * `jquery.min.js`), every way `refersTo` can match puts a run in the text that equals a key of the path:
 * the leading run, for the path, the name or the stem standing alone (after a `/` or a non-name character,
 * before a non-name character); or, for a prefix made only of name characters that code completes, the
 * prefix itself (before a quote) or the prefix plus `$` (before `${`). Any other path (at the root, without
 * an extension, starting with another character) is tried against every text, as before.
 */
interface CandidateIndex {
  byKey: Map<string, KeyedPaths>;
  always: number[];
  /** Shortest and longest key: a run of another length is not looked up. */
  minKey: number;
  maxKey: number;
}

interface KeyedPaths {
  paths: number[];
  /** The number of the last text that looked this key up, so a run repeated in one text is looked at once. */
  seenBy: number;
}

function candidateIndex(paths: readonly string[]): CandidateIndex {
  const byKey = new Map<string, KeyedPaths>();
  const always: number[] = [];
  let minKey = Infinity;
  let maxKey = 0;
  const add = (key: string, at: number): void => {
    const keyed = byKey.get(key);
    if (!keyed) byKey.set(key, { paths: [at], seenBy: -1 });
    else if (keyed.paths[keyed.paths.length - 1] !== at) keyed.paths.push(at);
    minKey = Math.min(minKey, key.length);
    maxKey = Math.max(maxKey, key.length);
  };
  paths.forEach((path, at) => {
    const name = baseName(path);
    const run = leadingRun(name);
    if (!path.includes('/') || run === '') {
      always.push(at);
      return;
    }
    add(run, at);
    for (const prefix of dynamicPrefixes(stemOf(name))) {
      if (prefix.length > run.length) continue;
      add(prefix, at);
      add(`${prefix}$`, at);
    }
  });
  return { byKey, always, minKey, maxKey };
}

/** Drops the paths already used from a list, in place, so each is skipped once instead of once a text. */
function keepUnused(list: number[], isUsed: readonly boolean[]): void {
  let kept = 0;
  for (const at of list) if (!isUsed[at]) list[kept++] = at;
  list.length = kept;
}

/**
 * Indexes (in path order, each once) of the unused paths text number `textNumber` may refer to; `refersTo`
 * decides. The text's name runs are scanned by character code: a regular expression's match list and a set
 * of the runs cost more than the lookups themselves on a widget of 10,000 small files.
 */
function candidatesIn(text: string, textNumber: number, index: CandidateIndex, isUsed: readonly boolean[]): number[] {
  keepUnused(index.always, isUsed);
  const found = index.always.slice();
  const { byKey, minKey, maxKey } = index;
  const length = text.length;
  let at = 0;
  while (at < length) {
    while (at < length && !isNameCode(text.charCodeAt(at))) at += 1;
    const start = at;
    while (at < length && isNameCode(text.charCodeAt(at))) at += 1;
    const runLength = at - start;
    if (runLength < minKey || runLength > maxKey) continue;
    const keyed = byKey.get(text.slice(start, at));
    if (!keyed || keyed.seenBy === textNumber) continue;
    keyed.seenBy = textNumber;
    keepUnused(keyed.paths, isUsed);
    for (const path of keyed.paths) found.push(path);
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a - b);
  let kept = 1;
  for (let at = 1; at < found.length; at += 1) if (found[at] !== found[kept - 1]) found[kept++] = found[at];
  found.length = kept;
  return found;
}

/**
 * The widget's reference graph: starting from what the platform loads itself, every file some used
 * text names (define/require paths, templates rendered by name, CSS url() and @import, image names in
 * code, templates and CSS, tour images in the manifest), followed until nothing new is found.
 * Each text is matched only against the paths its name runs can refer to (candidateIndex), so a widget of
 * 10,000 files does not cost 10,000 x 10,000 comparisons; the graph is the one trying every path gives.
 */
export function referenceGraph(context: RuleContext): ReferenceGraph {
  return context.cache('widget:reference-graph', () => {
    const paths = context.snapshot.files.map((file) => file.path).filter((path) => !path.endsWith('/'));
    const index = candidateIndex(paths);
    const atPath = new Map(paths.map((path, at) => [path, at]));
    const isUsed = paths.map(() => false);
    let unusedLeft = paths.length;
    const used = new Map<string, string | null>();
    const queue: string[] = [];
    const use = (path: string, by: string | null): void => {
      if (used.has(path) || !context.file(path)) return;
      used.set(path, by);
      const at = atPath.get(path);
      if (at !== undefined && !isUsed[at]) {
        isUsed[at] = true;
        unusedLeft -= 1;
      }
      if (READABLE.test(path)) queue.push(path);
    };
    for (const root of platformRoots(context)) use(root, null);

    // Once every path is used no text can name a new one: the rest of the queue is not read.
    for (let next = 0; next < queue.length && unusedLeft > 0; next += 1) {
      const reader = queue[next];
      const text = context.text(reader);
      if (text === null || text.length > MAX_SCANNED_TEXT_CHARS) continue;
      for (const at of candidatesIn(text, next, index, isUsed)) {
        if (!isUsed[at] && refersTo(text, paths[at])) use(paths[at], reader);
      }
    }
    return { used, unused: paths.filter((path) => !used.has(path)) };
  });
}
