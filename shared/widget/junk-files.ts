/**
 * Files that must never ship in widget.zip: OS and editor leftovers, VCS folders, dependencies,
 * source maps, logs, secrets and nested archives (checklist "Clean files": delete unused files and
 * development traces). One list for the junk-file rule and for `pack`, which leaves them out.
 */

import { CONFIG_FILE_NAME } from '../model/snapshot';

export interface JunkKind {
  /** What the file is, for the finding's message. */
  what: string;
  /** The same in Russian, for the finding's Russian message. */
  whatRu: string;
  /**
   * An error wherever it is, not only inside a zip: Widget Publisher's own leftovers (a half-written
   * temporary file of a killed run) and its settings file, which may hold test credentials.
   */
  alwaysError?: boolean;
}

type Described = readonly [en: string, ru: string];

/** A Map, not an object: a folder named `constructor` or `__proto__` must not find Object's own members. */
const JUNK_SEGMENTS = new Map<string, Described>([
  ['.git', ['a Git folder', 'папка Git']],
  ['.svn', ['a Subversion folder', 'папка Subversion']],
  ['.hg', ['a Mercurial folder', 'папка Mercurial']],
  ['__MACOSX', ['macOS archive metadata', 'служебные данные архива macOS']],
  ['node_modules', ['installed npm dependencies', 'установленные зависимости npm']],
  ['.idea', ['JetBrains IDE settings', 'настройки IDE JetBrains']],
  ['.vscode', ['VS Code settings', 'настройки VS Code']],
]);

/** The first characters (UTF-16 codes) of JUNK_SEGMENTS' names. */
const JUNK_SEGMENT_STARTS = new Set([...JUNK_SEGMENTS.keys()].map((name) => name.charCodeAt(0)));

const JUNK_NAMES = new Map<string, Described>([
  ['.DS_Store', ['macOS Finder metadata', 'служебный файл Finder в macOS']],
  ['Thumbs.db', ['Windows thumbnail cache', 'кэш миниатюр Windows']],
  ['desktop.ini', ['Windows folder settings', 'настройки папки Windows']],
  ['.env', ['an environment file (may hold secrets)', 'файл переменных окружения (может содержать секреты)']],
  ['.gitignore', ['a Git ignore file', 'файл исключений Git']],
  ['.gitattributes', ['a Git attributes file', 'файл атрибутов Git']],
  ['npm-debug.log', ['an npm log', 'лог npm']],
  ['.npmrc', ['npm settings (may hold tokens)', 'настройки npm (могут содержать токены)']],
]);

const JUNK_SUFFIXES: Array<[string, Described]> = [
  ['.map', ['a source map', 'карта исходников (source map)']],
  ['.log', ['a log file', 'файл лога']],
  ['.zip', ['an archive inside the archive', 'архив внутри архива']],
  ['.swp', ['an editor swap file', 'swap-файл редактора']],
  ['~', ['an editor backup file', 'резервная копия редактора']],
];

/**
 * Temporary files Widget Publisher writes before renaming them into place (electron/services/atomic-write.ts,
 * widget-writer.ts): `.<name>.<12 hex>.tmp` and `.wp-rename-<12 hex>.tmp`. One is only left behind when a run was killed.
 */
export const TOOL_TEMP_FILE = /^\.(?:.+\.|wp-rename-)[0-9a-f]{12}\.tmp$/;
const TOOL_TEMP: Described = ['a temporary file left by an interrupted Widget Publisher run', 'временный файл прерванного запуска Widget Publisher'];
/** widget-publisher.json below the root (the root one is never packed) or inside a zip. */
const TOOL_SETTINGS: Described = [
  'settings that may hold test credentials',
  'настройки, в которых могут быть тестовые доступы',
];

const ENV_FILE: Described = ['an environment file (may hold secrets)', 'файл переменных окружения (может содержать секреты)'];
const RESOURCE_FORK: Described = ['macOS resource-fork metadata', 'служебные данные resource fork macOS'];

const kind = ([what, whatRu]: Described): JunkKind => ({ what, whatRu });

/** Why a file or folder name is junk by itself, wherever it is. */
function nameKind(name: string): JunkKind | null {
  const described = JUNK_SEGMENTS.get(name) ?? JUNK_NAMES.get(name);
  if (described) return kind(described);
  if (TOOL_TEMP_FILE.test(name)) return { ...kind(TOOL_TEMP), alwaysError: true };
  if (name === CONFIG_FILE_NAME) return { ...kind(TOOL_SETTINGS), alwaysError: true };
  if (name.startsWith('.env.')) return kind(ENV_FILE);
  if (name.startsWith('._')) return kind(RESOURCE_FORK);
  const lower = name.toLowerCase();
  for (const [suffix, described] of JUNK_SUFFIXES) {
    if (lower.endsWith(suffix)) return kind(described);
  }
  return null;
}

/** Why a path is junk, or null when it may ship. Paths are POSIX, relative to the widget root. */
export function junkKind(path: string): JunkKind | null {
  // Walked by index, not split, and a folder name is cut out only when its first character can start a junk
  // folder's: every rule that lists own files asks this of every path.
  let start = 0;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', start)) {
    const described = JUNK_SEGMENT_STARTS.has(path.charCodeAt(start)) ? JUNK_SEGMENTS.get(path.slice(start, slash)) : undefined;
    if (described) return kind(described);
    start = slash + 1;
  }
  return nameKind(start === 0 ? path : path.slice(start));
}

/**
 * Whether a path is junk or lies inside a junk folder (`.git/objects/ab`, `node_modules/x/README.md`):
 * some name along it is junk by itself. `junkNames` remembers the answer for each name, for callers that
 * ask about every path of a large widget (folder names repeat on every path below them).
 */
export function isInJunk(path: string, junkNames: Map<string, boolean>): boolean {
  let start = 0;
  for (;;) {
    const slash = path.indexOf('/', start);
    const name = slash === -1 ? path.slice(start) : path.slice(start, slash);
    let junk = junkNames.get(name);
    if (junk === undefined) {
      junk = nameKind(name) !== null;
      junkNames.set(name, junk);
    }
    if (junk) return true;
    if (slash === -1) return false;
    start = slash + 1;
  }
}

export function isJunkPath(path: string): boolean {
  return junkKind(path) !== null;
}
