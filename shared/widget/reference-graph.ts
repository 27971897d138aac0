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

/** Characters that continue a name: a stem followed by one of these is a longer, different name. */
const NAME_CHAR = /[A-Za-z0-9_$-]/;

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
  const before = start > 0 ? text[start - 1] : '';
  const after = text[start + length] ?? '';
  return !NAME_CHAR.test(before) && !NAME_CHAR.test(after);
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
    const before = at > 0 ? text[at - 1] : '';
    const after = text.slice(at + prefix.length, at + prefix.length + 2);
    if (NAME_CHAR.test(before)) continue;
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

/**
 * The widget's reference graph: starting from what the platform loads itself, every file some used
 * text names (define/require paths, templates rendered by name, CSS url() and @import, image names in
 * code, templates and CSS, tour images in the manifest), followed until nothing new is found.
 */
export function referenceGraph(context: RuleContext): ReferenceGraph {
  return context.cache('widget:reference-graph', () => {
    const paths = context.snapshot.files.map((file) => file.path).filter((path) => !path.endsWith('/'));
    const used = new Map<string, string | null>();
    const queue: string[] = [];
    const use = (path: string, by: string | null): void => {
      if (used.has(path) || !context.file(path)) return;
      used.set(path, by);
      if (READABLE.test(path)) queue.push(path);
    };
    for (const root of platformRoots(context)) use(root, null);

    while (queue.length > 0) {
      const reader = queue.shift() as string;
      const text = context.text(reader);
      if (text === null || text.length > MAX_SCANNED_TEXT_CHARS) continue;
      for (const path of paths) {
        if (!used.has(path) && refersTo(text, path)) use(path, reader);
      }
    }
    return { used, unused: paths.filter((path) => !used.has(path)) };
  });
}
