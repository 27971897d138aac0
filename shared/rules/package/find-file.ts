import type { WidgetSnapshot } from '../../model/snapshot';

/**
 * A file whose path differs from `path` only in letter case (`Manifest.json`, `Script.js`).
 * The platform's paths are case-sensitive, so such a file does not count; naming it helps the fix.
 */
export function fileWithOtherCase(snapshot: WidgetSnapshot, path: string): string | null {
  const lower = path.toLowerCase();
  return snapshot.files.find((file) => file.path !== path && file.path.toLowerCase() === lower)?.path ?? null;
}

/** Files named `name` deeper in the tree (`src/manifest.json`), shallowest first. */
export function filesNamedDeeper(snapshot: WidgetSnapshot, name: string): string[] {
  return snapshot.files
    .map((file) => file.path)
    .filter((path) => path.endsWith(`/${name}`))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

/**
 * True when the reader refused the whole archive (a zip bomb): there are no files to judge, and
 * package/unsafe-entry already says why; "manifest.json is missing" would only mislead.
 */
export function archiveWasRefused(snapshot: WidgetSnapshot): boolean {
  return snapshot.files.length === 0 && snapshot.unsafeEntries.some((entry) => entry.kind === 'too-large');
}

/**
 * The folder holding the widget when manifest.json is not at the root but deeper (a repository with
 * `widget/manifest.json` beside a README): then the root is not the widget, and "script.js is missing",
 * "logo.png is missing" would repeat package/manifest-missing's one instruction file by file. Null when
 * manifest.json is at the root (in any letter case) or nowhere.
 */
export function widgetFolderBelowRoot(snapshot: WidgetSnapshot): string | null {
  const manifest = 'manifest.json';
  if (snapshot.files.some((file) => file.path === manifest) || fileWithOtherCase(snapshot, manifest)) return null;
  const deeper = filesNamedDeeper(snapshot, manifest);
  return deeper.length > 0 ? deeper[0].slice(0, -`/${manifest}`.length) : null;
}
