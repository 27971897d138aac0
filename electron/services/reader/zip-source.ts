import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import type { UnsafeEntry } from '../../../shared/model/snapshot';
import { checkEntryName, findNestedRoot } from './entry-paths';
import { formatMegabytes, plainBytes, type LoadedEntry, type ReadLimits, type SourceEntry } from './source-entry';
import { entryDataRange, readZipDirectory, TooManyEntriesError, ZipFormatError, type ZipDirectoryEntry } from './zip-directory';

const inflateRawAsync = promisify(inflateRaw) as (buffer: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const METHOD_NAMES: Record<number, string> = { 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES' };

export interface ZipListing {
  nestedRoot: string | null;
  /** Safe file entries, re-rooted inside `nestedRoot`; junk outside that folder is dropped. */
  entries: SourceEntry[];
  unsafeEntries: UnsafeEntry[];
}

/** Thrown for a zip that cannot be read at all (damaged, split, unusual compression); the reader turns it into a UserError. */
export class DamagedZipError extends Error {}

/**
 * List a zip held in memory and decide, from its table of contents alone, which entries are safe to
 * read. Nothing is inflated here, so a zip bomb is refused before it can take memory.
 */
export function listZip(bytes: Uint8Array, zipName: string, limits: ReadLimits): ZipListing {
  let directory: ZipDirectoryEntry[];
  try {
    directory = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new DamagedZipError(error.message);
    if (error instanceof TooManyEntriesError) {
      return refusedArchive(
        zipName,
        `the archive lists ${error.entryCount} entries, over the limit of ${limits.maxEntries}; it was not unpacked. A widget has tens or hundreds of files: leave out dependencies and build leftovers`,
      );
    }
    throw error;
  }

  const declaredTotal = directory.reduce((sum, entry) => sum + (entry.isDirectory ? 0 : entry.uncompressedSize), 0);
  if (declaredTotal > limits.maxTotalBytes) {
    return refusedArchive(
      zipName,
      `the archive would unpack to ${formatMegabytes(declaredTotal)} in ${directory.length} entries, over the ${formatMegabytes(limits.maxTotalBytes)} limit; it was not unpacked. A widget is a few megabytes: leave out videos, dependencies and build leftovers`,
    );
  }

  const unsafeEntries: UnsafeEntry[] = [];
  const safe: Array<{ path: string; entry: ZipDirectoryEntry }> = [];
  const seen = new Map<string, string>();
  for (const entry of directory) {
    const problem = entryProblem(entry, limits);
    if (problem) {
      unsafeEntries.push({ name: entry.name, ...problem });
      continue;
    }
    const checked = checkEntryName(entry.name);
    if (!checked.ok) {
      unsafeEntries.push({ name: entry.name, kind: checked.kind, detail: checked.detail });
      continue;
    }
    if (entry.isDirectory || checked.path === '') continue;
    const earlier = seen.get(checked.path);
    if (earlier !== undefined) {
      unsafeEntries.push({
        name: entry.name,
        kind: 'duplicate',
        detail: `the archive holds "${checked.path}" more than once${earlier === entry.name ? '' : ` (also as "${earlier}")`}; which copy an unzip tool keeps is undefined`,
      });
      continue;
    }
    seen.set(checked.path, entry.name);
    unsupportedMethod(entry);
    safe.push({ path: checked.path, entry });
  }

  const nestedRoot = findNestedRoot(safe.map((item) => item.path));
  const prefix = nestedRoot === null ? '' : `${nestedRoot}/`;
  const entries: SourceEntry[] = safe
    .filter((item) => item.path.startsWith(prefix))
    .map(({ path, entry }) => ({
      path: path.slice(prefix.length),
      load: () => inflateEntry(bytes, entry),
    }));
  return { nestedRoot, entries, unsafeEntries };
}

function refusedArchive(zipName: string, detail: string): ZipListing {
  return { nestedRoot: null, entries: [], unsafeEntries: [{ name: zipName, kind: 'too-large', detail }] };
}

function entryProblem(entry: ZipDirectoryEntry, limits: ReadLimits): Omit<UnsafeEntry, 'name'> | null {
  if (entry.isEncrypted) {
    return { kind: 'encrypted', detail: 'the entry is password-protected; the marketplace cannot unpack it. Pack the widget without a password' };
  }
  if (entry.isSymlink) {
    return { kind: 'symlink', detail: 'the entry is a symbolic link; put the real file in the archive instead' };
  }
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return {
      kind: 'too-large',
      detail: `the entry would unpack to ${formatMegabytes(entry.uncompressedSize)}, over the ${formatMegabytes(limits.maxEntryBytes)} limit for one file; it was not unpacked`,
    };
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
    return {
      kind: 'too-large',
      detail: `the entry would grow ${Math.round(ratio)} times when unpacked (${formatMegabytes(entry.uncompressedSize)}), the mark of a zip bomb; it was not unpacked`,
    };
  }
  return null;
}

function unsupportedMethod(entry: ZipDirectoryEntry): void {
  if (entry.method === METHOD_STORED || entry.method === METHOD_DEFLATE) return;
  const method = METHOD_NAMES[entry.method] ?? `method ${entry.method}`;
  throw new DamagedZipError(
    `"${entry.name}" is compressed with ${method}, which the marketplace may not unpack; make the archive again with ordinary Deflate compression, or export it from the widget folder with Widget Publisher`,
  );
}

async function inflateEntry(bytes: Uint8Array, entry: ZipDirectoryEntry): Promise<LoadedEntry> {
  let data: Uint8Array;
  try {
    const { start, end } = entryDataRange(bytes, entry);
    const stored = bytes.subarray(start, end);
    data = entry.method === METHOD_STORED ? stored : await inflateRawAsync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof ZipFormatError) throw new DamagedZipError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return {
        unsafe: {
          name: entry.name,
          kind: 'too-large',
          detail: `the entry unpacks to more than the ${entry.uncompressedSize} bytes its header declares (a zip bomb trick); it was not read`,
        },
      };
    }
    throw new DamagedZipError(`"${entry.name}" cannot be unpacked (${(error as Error).message})`);
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new DamagedZipError(`"${entry.name}" is damaged: its content does not match its checksum`);
  }
  // A private copy of stored data, so the snapshot does not pin the whole archive in memory through a view.
  return { bytes: entry.method === METHOD_STORED ? data.slice() : plainBytes(data), size: data.length };
}

