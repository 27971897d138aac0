import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { GeneratedImage } from './image-studio';
import { UserError } from './user-error';

/** What a Save leaves in a widget folder; every path is POSIX and relative to the widget root. */
export interface WidgetWritePlan {
  texts: { path: string; text: string }[];
  images: { folder: string; files: Pick<GeneratedImage, 'file' | 'data'>[] }[];
  renames: { from: string; to: string }[];
  /** Files, or folders ending in `/`, removed after everything else is written (manifest.json no longer names them). */
  deletes?: string[];
}

export function widgetPath(root: string, relative: string): string {
  return join(root, ...relative.split('/'));
}

/** Every absolute path a plan writes, renames from or renames to (for the caller's permission check). */
export function plannedPaths(root: string, plan: WidgetWritePlan): string[] {
  return [
    ...plan.texts.map((file) => widgetPath(root, file.path)),
    ...plan.images.flatMap((set) => set.files.map((image) => widgetPath(root, `${set.folder}/${image.file}`))),
    ...plan.renames.flatMap((move) => [widgetPath(root, move.from), widgetPath(root, move.to)]),
    ...(plan.deletes ?? []).map((path) => widgetPath(root, path.replace(/\/+$/, ''))),
  ];
}

async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return null;
  }
}

/** A file of the plan could not be written; `reason` is the system's own words. */
export class WidgetWriteError extends UserError {
  constructor(
    target: string,
    relative: string,
    readonly reason: string,
  ) {
    super(`Cannot write ${target}: ${reason}. Files listed before it were saved; check the folder's permissions and save again.`, relative);
  }
}

function cannotWrite(target: string, relative: string, error: unknown): WidgetWriteError {
  return new WidgetWriteError(target, relative, (error as Error).message);
}

/**
 * Renames in two steps (each file to a temporary name, then to its target), so a swap of
 * tour_1 and tour_2 never overwrites a file that is still to be moved. A file that is not there
 * (the manifest named an image that does not exist) is skipped: the checker reports it.
 */
async function renameAll(root: string, renames: WidgetWritePlan['renames']): Promise<string[]> {
  const moving: { temp: string; target: string; to: string }[] = [];
  for (const move of renames) {
    const from = widgetPath(root, move.from);
    if ((await modeOf(from)) === null) continue;
    const temp = join(dirname(from), `.wp-rename-${randomBytes(6).toString('hex')}.tmp`);
    try {
      await rename(from, temp);
    } catch (error) {
      throw cannotWrite(from, move.from, error);
    }
    moving.push({ temp, target: widgetPath(root, move.to), to: move.to });
  }
  for (const { temp, target, to } of moving) {
    try {
      await rename(temp, target);
    } catch (error) {
      throw cannotWrite(target, to, error);
    }
  }
  return moving.map((move) => move.to);
}

/**
 * Deletes what the plan lists: a regular file, or a folder when the path ends in `/`. A link is
 * removed as a link, never followed; a path that is already gone is skipped.
 */
async function deleteAll(root: string, deletes: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const relative of deletes) {
    const folder = relative.endsWith('/');
    const target = widgetPath(root, relative.replace(/\/+$/, ''));
    let kind: 'file' | 'folder' | 'link' | 'other';
    try {
      const stats = await lstat(target);
      kind = stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
    } catch {
      continue;
    }
    if (kind === 'other' || (kind === 'folder' && !folder)) continue;
    try {
      await rm(target, { recursive: kind === 'folder', force: true });
    } catch (error) {
      throw cannotWrite(target, relative, error);
    }
    removed.push(relative);
  }
  return removed;
}

/**
 * Carry out a Save: the new images first, then the renames, then the text files (manifest.json
 * last of the writes, so until the end it still names files that exist), then the deletes. Each file is written atomically;
 * an existing text file keeps its permissions.
 */
export async function applyWidgetWrite(root: string, plan: WidgetWritePlan): Promise<string[]> {
  const written: string[] = [];
  for (const set of plan.images) {
    for (const image of set.files) {
      const relative = `${set.folder}/${image.file}`;
      const target = widgetPath(root, relative);
      try {
        await writeFileAtomic(target, image.data);
      } catch (error) {
        throw cannotWrite(target, relative, error);
      }
      written.push(relative);
    }
  }
  written.push(...(await renameAll(root, plan.renames)));
  const texts = [...plan.texts].sort((a, b) => Number(a.path === 'manifest.json') - Number(b.path === 'manifest.json'));
  for (const file of texts) {
    const target = widgetPath(root, file.path);
    try {
      // An existing file keeps its permissions and owner; a link in its place is refused.
      await writeFileAtomic(target, file.text);
    } catch (error) {
      throw cannotWrite(target, file.path, error);
    }
    written.push(file.path);
  }
  written.push(...(await deleteAll(root, plan.deletes ?? [])));
  return written;
}
