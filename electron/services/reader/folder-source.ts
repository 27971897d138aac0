import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTROL_CHARACTER, isImageFile, isTextFile, type UnsafeEntry } from '../../../shared/model/snapshot';
import { UserError } from '../user-error';
import { CONTROL_CHARACTER_DETAIL, singleWrappingFolder } from './entry-paths';
import { formatMegabytes, plainBytes, type LoadedEntry, type ReadLimits, type SourceEntry } from './source-entry';

/** Never through a link (a file may be swapped for one after the listing), never blocking on a pipe. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Folders that are listed as one entry instead of walked: version-control data and installed
 * dependencies hold thousands of files, and the junk-file rule only needs to know they are there.
 */
const UNWALKED_FOLDERS = new Set(['.git', '.svn', '.hg', 'node_modules']);

export interface FolderListing {
  entries: SourceEntry[];
  unsafeEntries: UnsafeEntry[];
}

/** The wrapping folder(s) a widget folder's files all sit in (`widget/` inside the chosen folder), or null. */
export async function findFolderNestedRoot(folder: string): Promise<string | null> {
  const segments: string[] = [];
  let current = folder;
  for (;;) {
    const dirents = await readFolder(current, folder);
    const wrapping = singleWrappingFolder(dirents.map((dirent) => ({ name: dirent.name, isFolder: dirent.isDirectory() })));
    if (wrapping === null) break;
    segments.push(wrapping);
    current = join(current, wrapping);
  }
  return segments.length > 0 ? segments.join('/') : null;
}

/**
 * Every file under `root` as a POSIX path, without following links (a link may point anywhere on
 * the machine, and widget.zip cannot hold one). Ignored folders are not walked at all.
 */
export async function listFolder(root: string, isIgnored: (path: string) => boolean, limits: ReadLimits): Promise<FolderListing> {
  const entries: SourceEntry[] = [];
  const unsafeEntries: UnsafeEntry[] = [];
  // Bytes a folder may still hand over: the same total as for a zip, shared by every file's load.
  const budget = { bytes: limits.maxTotalBytes };
  let listed = 0;
  let overCount = false;

  const walk = async (folder: string, prefix: string): Promise<void> => {
    for (const dirent of await readFolder(folder, root)) {
      listed += 1;
      if (listed > limits.maxEntries) {
        overCount = true;
        return;
      }
      const path = `${prefix}${dirent.name}`;
      const absolute = join(folder, dirent.name);
      if (CONTROL_CHARACTER.test(dirent.name)) {
        if (!isIgnored(path)) unsafeEntries.push({ name: path, kind: 'control-character', detail: CONTROL_CHARACTER_DETAIL });
      } else if (dirent.isSymbolicLink()) {
        if (!isIgnored(path)) unsafeEntries.push(await symlinkEntry(path, absolute));
      } else if (dirent.isDirectory()) {
        if (isIgnored(`${path}/`)) continue;
        if (UNWALKED_FOLDERS.has(dirent.name)) {
          entries.push({ path: `${path}/`, load: async () => ({ bytes: null, size: 0 }) });
        } else {
          await walk(absolute, `${path}/`);
        }
      } else if (dirent.isFile() && !isIgnored(path)) {
        if (dirent.name.includes('\\')) {
          unsafeEntries.push({
            name: path,
            kind: 'backslash',
            detail: 'the file name contains "\\", which Windows and the marketplace read as a folder separator; rename it',
          });
          continue;
        }
        entries.push({ path, load: () => loadFile(absolute, path, limits, budget) });
      }
      // Sockets, pipes and devices are not widget files; reading a pipe would hang.
    }
  };

  await walk(root, '');
  if (overCount) {
    return {
      entries: [],
      unsafeEntries: [
        {
          name: '.',
          kind: 'too-large',
          detail: `the folder holds more than ${limits.maxEntries} files and folders; it was not read. A widget has tens or hundreds of files: check that this is the widget folder, and leave out dependencies and build leftovers`,
        },
      ],
    };
  }
  return { entries, unsafeEntries };
}

/**
 * A blocking listing: a widget of a few thousand files sits in a thousand folders, and a thread-pool round
 * trip for each left the process idle for a fifth of a second. The event loop gets a turn between folders.
 */
async function readFolder(folder: string, root: string): Promise<Dirent[]> {
  await yieldNow();
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UserError(`Cannot list the folder ${folder}: ${reason(error)}. ${fixHint(folder === root)}`, folder);
  }
}

async function symlinkEntry(path: string, absolute: string): Promise<UnsafeEntry> {
  const target = await readlink(absolute).catch(() => '?');
  return {
    name: path,
    kind: 'symlink',
    detail: `a symbolic link to "${target}"; widget.zip cannot hold links, so it was not read. Copy the real file here or delete the link`,
  };
}

/**
 * Read one file with blocking calls: for thousands of small files that is several times faster
 * than four thread-pool round trips each (open, stat, read, close). The event loop still gets a
 * turn every few milliseconds, so the app stays responsive while a big widget is read.
 */
async function loadFile(absolute: string, path: string, limits: ReadLimits, budget: { bytes: number }): Promise<LoadedEntry> {
  await yieldNow();
  let descriptor: number | null = null;
  try {
    descriptor = openSync(absolute, OPEN_FLAGS);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { unsafe: { name: path, kind: 'symlink', detail: 'it was replaced by something that is not a regular file while it was being read' } };
    const { size } = stats;
    if (size > limits.maxEntryBytes) {
      return {
        unsafe: {
          name: path,
          kind: 'too-large',
          detail: `the file is ${formatMegabytes(size)}, over the ${formatMegabytes(limits.maxEntryBytes)} limit for one file; it was not read, and pack leaves it out`,
        },
      };
    }
    if (size > budget.bytes) {
      return {
        unsafe: {
          name: path,
          kind: 'too-large',
          detail: `the widget's files add up to more than ${formatMegabytes(limits.maxTotalBytes)}; this one was not read, and pack leaves it out`,
        },
      };
    }
    budget.bytes -= size;
    const needsBytes = isTextFile(path) || isImageFile(path) || size <= limits.skipBinaryBytesOver;
    if (!needsBytes) return { bytes: null, size };
    const bytes = readOpenFile(descriptor, size);
    return { bytes, size: bytes.length };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      return { unsafe: { name: path, kind: 'symlink', detail: 'it was replaced by a symbolic link while it was being read; links are never followed' } };
    }
    throw new UserError(`Cannot read ${absolute}: ${reason(error)}. ${fixHint(false)}`, absolute);
  } finally {
    if (descriptor !== null) closeSync(descriptor);
  }
}

/**
 * The file's bytes, read into a buffer of the size fstat gave (readFileSync would fstat again, one system
 * call more for each of thousands of files). A file that shrank meanwhile gives what it still holds; one that
 * grew gives its first `size` bytes, as the budget counted.
 */
function readOpenFile(descriptor: number, size: number): Uint8Array {
  // Node's pool keeps small files together in shared slabs instead of one allocation each.
  const bytes = plainBytes(Buffer.allocUnsafe(size));
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.slice(0, filled);
}

const YIELD_EVERY_MS = 10;
let lastYield = 0;

async function yieldNow(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < YIELD_EVERY_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it disappeared while it was being read';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many open files';
  return error instanceof Error ? error.message : String(error);
}

function fixHint(isRoot: boolean): string {
  return isRoot
    ? 'Check that the path is right and that you may read it.'
    : 'Give yourself read access, or add it to the files left out of the widget ("ignore") if it is not part of the widget.';
}
