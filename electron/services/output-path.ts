import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeNonFile, existingRegularFile } from './atomic-write';
import { UserError } from './user-error';

/** `-o -`: the output goes to standard output instead of a file. */
export const STDOUT_PATH = '-';

export interface OutputFileCheck {
  /** The widget folder being read: nothing is written inside it (the next pack would ship the output). */
  widgetFolder?: string | null;
  /** What is being written, for messages: "the archive", "the moderation message". */
  what: string;
  /** A path to suggest instead, outside the widget folder. */
  suggestion: string;
}

/**
 * One check for every command that writes a file the user named (`pack -o`, `message -o`): the target is
 * a regular file or nothing yet (never a link, device, pipe or folder), and it is not inside the widget
 * folder being read. Throws a UserError saying what to do instead.
 */
export async function assertOutputFile(outPath: string, check: OutputFileCheck): Promise<void> {
  const target = resolve(outPath);
  if (check.widgetFolder) {
    const folder = await realPathOfNearest(resolve(check.widgetFolder));
    const inside = relative(folder, await realPathOfNearest(target));
    if (inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))) {
      throw new UserError(
        `${target} is inside the widget folder ${check.widgetFolder}; ${check.what} would end up inside the next widget.zip. Write it next to the folder instead, e.g. ${check.suggestion}.`,
        target,
      );
    }
  }
  const stats = await lstat(target).catch(() => null);
  if (stats?.isDirectory()) {
    throw new UserError(`${target} is a folder. Give a file path for ${check.what}, e.g. ${check.suggestion}.`, target);
  }
  await existingRegularFile(target);
}

/**
 * A folder the user named for output (`images --out`): a folder or nothing yet. A file there is refused
 * with a clear message instead of the system's "EEXIST".
 */
export async function assertOutputFolder(folder: string, shownAs: string): Promise<void> {
  let current = resolve(folder);
  for (;;) {
    const stats = await lstat(current).catch(() => null);
    if (stats) {
      if (stats.isDirectory()) return;
      const whose = current === resolve(folder) ? shownAs : `${current} (on the way to ${shownAs})`;
      if (stats.isSymbolicLink() && (await realpathIsFolder(current))) return;
      throw new UserError(`${whose} is ${stats.isFile() ? 'a file' : describeNonFile(stats)}, not a folder. Give a folder to write into.`, folder);
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function realpathIsFolder(path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => null);
  if (real === null) return false;
  return (await lstat(real).catch(() => null))?.isDirectory() === true;
}

/** The real path (links resolved) of `path`, through its nearest existing ancestor when it does not exist yet. */
export async function realPathOfNearest(path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(basename(current));
      current = parent;
    }
  }
}
