/**
 * Files that must never ship in widget.zip: OS and editor leftovers, VCS folders, dependencies,
 * source maps, logs, secrets and nested archives (checklist "Clean files": delete unused files and
 * development traces). One list for the junk-file rule and for `pack`, which leaves them out.
 */

export interface JunkKind {
  /** What the file is, for the finding's message. */
  what: string;
}

const JUNK_SEGMENTS: Record<string, string> = {
  '.git': 'a Git folder',
  '.svn': 'a Subversion folder',
  '.hg': 'a Mercurial folder',
  __MACOSX: 'macOS archive metadata',
  node_modules: 'installed npm dependencies',
  '.idea': 'JetBrains IDE settings',
  '.vscode': 'VS Code settings',
};

const JUNK_NAMES: Record<string, string> = {
  '.DS_Store': 'macOS Finder metadata',
  'Thumbs.db': 'Windows thumbnail cache',
  'desktop.ini': 'Windows folder settings',
  '.env': 'an environment file (may hold secrets)',
  '.gitignore': 'a Git ignore file',
  '.gitattributes': 'a Git attributes file',
  'npm-debug.log': 'an npm log',
  '.npmrc': 'npm settings (may hold tokens)',
};

const JUNK_SUFFIXES: Array<[string, string]> = [
  ['.map', 'a source map'],
  ['.log', 'a log file'],
  ['.zip', 'an archive inside the archive'],
  ['.swp', 'an editor swap file'],
  ['~', 'an editor backup file'],
];

/** Why a path is junk, or null when it may ship. Paths are POSIX, relative to the widget root. */
export function junkKind(path: string): JunkKind | null {
  const segments = path.split('/');
  for (const segment of segments.slice(0, -1)) {
    const what = JUNK_SEGMENTS[segment];
    if (what) return { what };
  }
  const name = segments[segments.length - 1];
  if (JUNK_SEGMENTS[name]) return { what: JUNK_SEGMENTS[name] };
  if (JUNK_NAMES[name]) return { what: JUNK_NAMES[name] };
  if (name.startsWith('.env.')) return { what: 'an environment file (may hold secrets)' };
  if (name.startsWith('._')) return { what: 'macOS resource-fork metadata' };
  const lower = name.toLowerCase();
  for (const [suffix, what] of JUNK_SUFFIXES) {
    if (lower.endsWith(suffix)) return { what };
  }
  return null;
}

export function isJunkPath(path: string): boolean {
  return junkKind(path) !== null;
}
