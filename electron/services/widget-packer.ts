import JSZip from 'jszip';
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { WidgetFile, WidgetSnapshot } from '../../shared/model/snapshot';
import { junkKind } from '../../shared/widget/junk-files';
import { writeFileAtomic } from './atomic-write';
import { assertOutputFile } from './output-path';
import { comparePaths } from './reader/entry-paths';
import { UserError } from './user-error';

/** The name the upload page requires: "архив, который должен обязательно называться widget.zip". */
export const UPLOAD_ZIP_NAME = 'widget.zip';

/**
 * Every entry gets this date, so the same content always gives the same bytes. JSZip writes the
 * DOS date from the UTC fields of the Date, so a UTC instant means the same bytes in every time zone.
 * 1980-01-01 is the earliest date a zip can hold.
 */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
const FILE_MODE = 0o100644;
const FOLDER_MODE = 0o040755;

export interface PlannedFile {
  path: string;
  size: number;
}

export interface LeftOutFile {
  path: string;
  /** Why pack leaves it out, e.g. "macOS Finder metadata". */
  why: string;
}

export interface WrittenZip {
  path: string;
  bytes: number;
  files: number;
}

/**
 * The files widget.zip would hold, sorted by path. The config file and `ignore` globs are already
 * out of the snapshot; junk (.DS_Store, __MACOSX, node_modules, source maps...) is left out here.
 */
export function planPackage(snapshot: WidgetSnapshot): PlannedFile[] {
  return shippedFiles(snapshot).map((file) => ({ path: file.path, size: file.size }));
}

/** Junk the snapshot holds that pack leaves out, with the reason, for `pack --list` and the app. */
export function leftOutOfPackage(snapshot: WidgetSnapshot): LeftOutFile[] {
  return snapshot.files.flatMap((file) => {
    const junk = junkKind(file.path);
    return junk ? [{ path: file.path, why: junk.what }] : [];
  });
}

function shippedFiles(snapshot: WidgetSnapshot): WidgetFile[] {
  return snapshot.files
    .filter((file) => !file.path.endsWith('/') && junkKind(file.path) === null)
    .sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * widget.zip as the marketplace wants it: files at the archive root (a nested `widget/` folder is
 * already stepped into by the reader), and reproducible: sorted entries, one fixed date, fixed
 * UNIX permissions, Deflate level 9, so the same widget always gives byte-identical archives.
 */
export async function buildWidgetZip(snapshot: WidgetSnapshot): Promise<Uint8Array> {
  const files = shippedFiles(snapshot);
  const folders = new Set<string>();
  for (const file of files) {
    const segments = file.path.split('/');
    for (let depth = 1; depth < segments.length; depth += 1) folders.add(`${segments.slice(0, depth).join('/')}/`);
  }
  const contents = new Map<string, Uint8Array>();
  for (const file of files) contents.set(file.path, await fileBytes(snapshot, file));

  const zip = new JSZip();
  const names = [...folders, ...files.map((file) => file.path)].sort(comparePaths);
  for (const name of names) {
    if (name.endsWith('/')) {
      zip.file(name, null, { dir: true, date: FIXED_DATE, unixPermissions: FOLDER_MODE, createFolders: false });
    } else {
      zip.file(name, contents.get(name) as Uint8Array, { binary: true, date: FIXED_DATE, unixPermissions: FILE_MODE, createFolders: false });
    }
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
    streamFiles: false,
  });
}

/** Bytes the reader skipped (big binaries in a folder) are read from disk now. */
async function fileBytes(snapshot: WidgetSnapshot, file: WidgetFile): Promise<Uint8Array> {
  if (file.bytes) return file.bytes;
  if (snapshot.source.kind !== 'folder') {
    throw new UserError(`The content of ${file.path} was not read from ${snapshot.source.path}; read the widget again and retry.`, file.path);
  }
  const root = join(snapshot.source.path, ...(snapshot.nestedRoot ? snapshot.nestedRoot.split('/') : []));
  const absolute = join(root, ...file.path.split('/'));
  const changed = new UserError(
    `${file.path} changed while the widget was being packed (it was replaced, moved or linked elsewhere); nothing was written. Pack again.`,
    file.path,
  );
  // The folder path itself must still lead where it did: a folder swapped for a link would lead elsewhere.
  if ((await realpath(dirname(absolute)).catch(() => null)) !== join(await realpath(root), ...file.path.split('/').slice(0, -1))) throw changed;
  const handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)).catch(() => {
    throw changed;
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size !== file.size) throw changed;
    const bytes = new Uint8Array(file.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) throw changed;
      length += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Where pack writes by default: widget.zip next to the widget folder, never inside it. */
export function defaultZipPath(folder: string): string {
  return join(dirname(resolve(folder)), UPLOAD_ZIP_NAME);
}

/** Build widget.zip and write it atomically; refuses a path inside the widget folder (the next pack would swallow it). */
export async function writeWidgetZip(snapshot: WidgetSnapshot, outPath: string, options: { signal?: AbortSignal } = {}): Promise<WrittenZip> {
  const target = resolve(outPath);
  await assertUsableOutputPath(snapshot, target);
  options.signal?.throwIfAborted();
  const bytes = await buildNonEmptyZip(snapshot);
  // Cancelled while compressing or writing: nothing is written and the temp file is gone.
  options.signal?.throwIfAborted();
  await writeFileAtomic(target, bytes, options);
  return { path: target, bytes: bytes.length, files: shippedFiles(snapshot).length };
}

/** widget.zip's bytes, refusing an archive with no file in it (every file ignored, or only junk): the upload would fail. */
export async function buildNonEmptyZip(snapshot: WidgetSnapshot): Promise<Uint8Array> {
  if (shippedFiles(snapshot).length === 0) {
    throw new UserError(
      `There is nothing to pack in ${snapshot.source.path}: every file is left out (by the settings' "ignore" globs, or as junk). Nothing was written.`,
      snapshot.source.path,
    );
  }
  return buildWidgetZip(snapshot);
}

/**
 * Throws a UserError when widget.zip cannot go to `outPath`: a folder, a link or special file, or a place
 * inside the widget folder. `pack` may call it before checking, so a wrong -o fails at once.
 */
export async function assertUsableOutputPath(snapshot: WidgetSnapshot, outPath: string): Promise<void> {
  const folder = snapshot.source.kind === 'folder' ? snapshot.source.path : null;
  await assertOutputFile(outPath, {
    widgetFolder: folder,
    what: 'the archive',
    suggestion: folder ? defaultZipPath(folder) : join(dirname(resolve(outPath)), UPLOAD_ZIP_NAME),
  });
}
