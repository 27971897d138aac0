import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { formatMegabytes } from '../../shared/platform/limits';
import { UserError } from './user-error';

/** O_NOFOLLOW where the system has it: opening a link fails instead of opening what it points to. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** A pipe opened for reading without a writer would block the open itself; non-blocking lets fstat refuse it. */
const NO_BLOCK = constants.O_NONBLOCK ?? 0;

export interface RegularFileOptions {
  /** Refuse a file larger than this. */
  maxBytes: number;
  /** How messages name the file (as the user typed it, or relative to the widget). */
  shownAs: string;
  /** What the file is for the messages, e.g. "the widget's settings file". */
  role?: string;
}

/**
 * Read a file only when it is what it claims to be: a regular file, not a link (which may point at
 * /dev/zero or outside the widget), not a pipe (which would wait forever) or a device, and no larger
 * than `maxBytes` (checked before reading, and again while reading in case it grows). Null when there
 * is no file at `path`; every other problem is a UserError naming the file (exit code 2 in the CLI).
 */
export async function readRegularFile(path: string, options: RegularFileOptions): Promise<Uint8Array | null> {
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw cannotRead(options, error);
  });
  if (link === null) return null;
  refuseIrregular(link, options);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | NO_FOLLOW | NO_BLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw notRegular(options, 'a symbolic link');
    if (code === 'ENOENT') return null;
    throw cannotRead(options, error);
  }
  try {
    const stats = await handle.stat();
    refuseIrregular(stats, options);
    if (stats.size > options.maxBytes) throw tooLarge(options, stats.size);
    const buffer = new Uint8Array(Math.min(options.maxBytes + 1, Math.max(stats.size + 1, 1)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw tooLarge(options, length);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(options, error);
  } finally {
    await handle.close();
  }
}

function refuseIrregular(stats: Stats, options: RegularFileOptions): void {
  if (stats.isFile()) return;
  if (stats.isSymbolicLink()) throw notRegular(options, 'a symbolic link');
  if (stats.isDirectory()) throw notRegular(options, 'a folder');
  if (stats.isFIFO()) throw notRegular(options, 'a pipe (FIFO)');
  if (stats.isSocket()) throw notRegular(options, 'a socket');
  throw notRegular(options, 'a device');
}

function notRegular(options: RegularFileOptions, what: string): UserError {
  const role = options.role ? ` (${options.role})` : '';
  return new UserError(
    `${options.shownAs}${role} is ${what}, not a regular file; Widget Publisher does not follow links or read special files. Replace it with the real file.`,
    options.shownAs,
  );
}

function tooLarge(options: RegularFileOptions, bytes: number): UserError {
  const role = options.role ? ` (${options.role})` : '';
  return new UserError(
    `${options.shownAs}${role} is ${formatMegabytes(bytes)}, over the ${formatMegabytes(options.maxBytes)} limit; it was not read. Check that it is the right file.`,
    options.shownAs,
  );
}

function cannotRead(options: RegularFileOptions, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new UserError(`Cannot read ${options.shownAs}: ${why}. Give yourself read access and try again.`, options.shownAs);
}
