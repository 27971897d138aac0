import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { STALE_TEMP_FILE_MS } from '../../shared/platform/limits';
import { UserError } from './user-error';

/** The temp file a write of `path` goes through; shared/widget/junk-files.ts knows the pattern as junk. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Write a file so that readers see either the old content or the new one, never half of it:
 * write a temp file in the same folder, flush it, then rename it over the target.
 * - Only a regular file (or nothing) is replaced: a link, device, pipe or folder at `path` is refused,
 *   so `-o /dev/null` run as root cannot turn a device node into a zip, and a linked file is not unlinked.
 * - A replaced file keeps its permissions and, where the system allows, its owner.
 * - Temp files of earlier writes of the same target that a killed run left behind are removed.
 * - An error names `path`, the file the user asked for, never the hidden temp file.
 * - An aborted `signal` stops before the rename and removes the temp file: a cancel leaves the target as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([{ path, data }], options);
}

/** Files staged at the same time: enough to overlap their flushes, few enough for any open-file limit. */
const STAGED_AT_ONCE = 8;

export interface WriteOptions {
  signal?: AbortSignal;
}

/**
 * Write several files as a set (a logo set, a new widget): every file is written to its temp file first,
 * and only when all of them are on disk are they renamed into place. A failure (a full disk) removes the
 * temp files and any folder it made, so the set is either all there or not there at all.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: Uint8Array | string }>, options: WriteOptions = {}): Promise<void> {
  const staged = files.map((file) => ({ path: file.path, temp: tempPathFor(file.path) }));
  const madeFolders: string[] = [];
  const failures: Array<{ error: unknown; index: number }> = [];
  let next = 0;
  // Several files are staged at once, so their flushes overlap: one by one, each waits for the disk in turn.
  const stager = async () => {
    while (failures.length === 0 && next < files.length) {
      const index = next++;
      await stage(files[index].path, staged[index].temp, files[index].data, madeFolders, options.signal).catch((error: unknown) => {
        failures.push({ error, index });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAGED_AT_ONCE, files.length) }, stager));
  try {
    if (failures.length > 0) throw failures[0].error;
    // A cancel that came while writing leaves every target as it was.
    options.signal?.throwIfAborted();
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    for (const folder of madeFolders.reverse()) await rm(folder, { recursive: true, force: true });
    const target = failures.length > 0 ? staged[failures[0].index] : staged.at(-1);
    throw target ? nameTheTarget(error, target.temp, target.path) : error;
  }
  for (const { path, temp } of staged) {
    try {
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw nameTheTarget(error, temp, path);
    }
  }
}

async function stage(path: string, temp: string, data: Uint8Array | string, madeFolders: string[], signal?: AbortSignal): Promise<void> {
  const made = await mkdir(dirname(path), { recursive: true });
  if (made !== undefined) madeFolders.push(made);
  const existing = await existingRegularFile(path);
  await removeStaleTempFiles(path);
  const handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    await handle.writeFile(data, { signal });
    if (existing) await keepOwnerAndMode(handle, existing);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Stats of the file about to be replaced, null when there is none; anything but a regular file is refused. */
export async function existingRegularFile(path: string): Promise<Stats | null> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (stats === null || stats.isFile()) return stats;
  throw new UserError(`${path} is ${describeNonFile(stats)}; Widget Publisher only writes regular files and never replaces anything else. Choose another path.`, path);
}

export function describeNonFile(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

async function keepOwnerAndMode(handle: Awaited<ReturnType<typeof open>>, existing: Stats): Promise<void> {
  await handle.chmod(existing.mode & 0o7777);
  if (process.getuid && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.())) {
    // Only root (or the owner, for a group it belongs to) may give a file away; otherwise the new file is ours.
    await handle.chown(existing.uid, existing.gid).catch(() => undefined);
  }
}

/** `.<name>.<12 hex>.tmp` beside `path` older than STALE_TEMP_FILE_MS: left by a run that was killed mid-write. */
async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const stale = join(dirname(path), name);
    const stats = await lstat(stale).catch(() => null);
    if (stats?.isFile() && now - stats.mtimeMs > STALE_TEMP_FILE_MS) await rm(stale, { force: true });
  }
}

function nameTheTarget(error: unknown, temp: string, path: string): unknown {
  if (!(error instanceof Error) || error instanceof UserError) return error;
  const system = error as NodeJS.ErrnoException;
  system.message = system.message.split(temp).join(path);
  system.path = path;
  return system;
}
