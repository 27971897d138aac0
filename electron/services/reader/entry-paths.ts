import { isJunkPath } from '../../../shared/widget/junk-files';
import { CONTROL_CHARACTER, type UnsafeEntryKind } from '../../../shared/model/snapshot';

export type EntryNameCheck = { ok: true; path: string } | { ok: false; kind: UnsafeEntryKind; detail: string };

/**
 * Check a zip entry name before it becomes a widget path. The marketplace unpacks the archive on its
 * servers; names that climb out of the target folder, start at the file-system root or use Windows
 * separators unpack somewhere else (or not at all), so such entries are reported, never read.
 */
export function checkEntryName(name: string): EntryNameCheck {
  if (CONTROL_CHARACTER.test(name)) return { ok: false, kind: 'control-character', detail: CONTROL_CHARACTER_DETAIL };
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) {
    return { ok: false, kind: 'absolute', detail: 'the name is an absolute path; entries must be relative to the archive root' };
  }
  if (name.split(/[/\\]/).includes('..')) {
    return { ok: false, kind: 'parent', detail: 'the name contains "..", which would unpack outside the widget folder' };
  }
  if (name.includes('\\')) {
    return {
      ok: false,
      kind: 'backslash',
      detail: 'the name uses "\\" as a folder separator (made by an old Windows archiver); zip names must use "/"',
    };
  }
  return { ok: true, path: normalizeEntryPath(name) };
}

export const CONTROL_CHARACTER_DETAIL =
  'the name holds a control character (a line break, an escape code or NUL); it was left out, and no file system or upload form handles it';

/** `./a//b/` -> `a/b`: the form two names must share to be the same file. */
export function normalizeEntryPath(name: string): string {
  return name
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

export interface TopLevelEntry {
  name: string;
  isFolder: boolean;
}

/**
 * The one folder everything sits in, when the widget was packed with its folder instead of its
 * contents (the most common upload mistake on the structure page), else null. Junk such as
 * __MACOSX or .DS_Store beside that folder does not count.
 */
export function singleWrappingFolder(entries: readonly TopLevelEntry[]): string | null {
  if (entries.some((entry) => entry.name === 'manifest.json' && !entry.isFolder)) return null;
  const meaningful = entries.filter((entry) => !isJunkPath(entry.isFolder ? `${entry.name}/` : entry.name));
  if (meaningful.length !== 1 || !meaningful[0].isFolder) return null;
  return meaningful[0].name;
}

/** Top-level entries of a list of POSIX file paths. */
export function topLevelEntries(paths: readonly string[]): TopLevelEntry[] {
  const byName = new Map<string, boolean>();
  for (const path of paths) {
    const slash = path.indexOf('/');
    const name = slash === -1 ? path : path.slice(0, slash);
    byName.set(name, byName.get(name) === true || slash !== -1);
  }
  return [...byName].map(([name, isFolder]) => ({ name, isFolder }));
}

/** Step into wrapping folders (`widget/`, even `release/widget/`) and say which one is the root. */
export function findNestedRoot(paths: readonly string[]): string | null {
  const segments: string[] = [];
  let current = paths;
  for (;;) {
    const folder = singleWrappingFolder(topLevelEntries(current));
    if (folder === null) break;
    segments.push(folder);
    const prefix = `${folder}/`;
    current = current.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
  }
  return segments.length > 0 ? segments.join('/') : null;
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
