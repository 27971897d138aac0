import ignore from 'ignore';
import type { WidgetSnapshot } from '../model/snapshot';

/** `ignore` globs of widget-publisher.json, gitignore-style, over POSIX paths relative to the widget root. */
export function ignoreMatcher(globs: readonly string[] | undefined): (path: string) => boolean {
  if (!globs || globs.length === 0) return () => false;
  const matcher = ignore().add([...globs]);
  return (path) => {
    try {
      return matcher.ignores(path);
    } catch {
      // `ignore` rejects names it cannot treat as relative paths; such a file is simply not ignored.
      return false;
    }
  };
}

/**
 * The widget without the files `ignore` leaves out, as the reader would have read it: the wizard
 * applies an `ignore` list edited since the folder was read, so the live check sees what a pack ships.
 */
export function withoutIgnoredFiles(snapshot: WidgetSnapshot, globs: readonly string[] | undefined): WidgetSnapshot {
  const ignored = ignoreMatcher(globs);
  if (!globs || globs.length === 0) return snapshot;
  const files = snapshot.files.filter((file) => !ignored(file.path));
  if (files.length === snapshot.files.length) return snapshot;
  const images = Object.fromEntries(Object.entries(snapshot.images).filter(([path]) => !ignored(path)));
  return { ...snapshot, files, images };
}
