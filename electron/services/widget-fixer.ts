import { chmod, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTextFile, type WidgetSnapshot } from '../../shared/model/snapshot';
import { fixTextBytes } from '../../shared/text/fix-text';
import { writeFileAtomic } from './atomic-write';
import { mapWithConcurrency } from './reader/concurrency';
import { UserError } from './user-error';

export interface FileFix {
  /** POSIX path relative to the widget root. */
  path: string;
  removedBom: boolean;
  /** Line endings turned into LF. */
  crlfLines: number;
}

/**
 * `widget-publisher fix`: remove the UTF-8 BOM and turn CRLF / CR into LF in every text file of the
 * widget (third-party files too: moderation rejects a BOM wherever it is). Each file is read again
 * from disk just before it is rewritten, so an edit made since the snapshot is kept, and written
 * atomically. Binary files are never touched. Returns the files that changed.
 */
export async function fixWidgetFolder(folder: string, snapshot: WidgetSnapshot): Promise<FileFix[]> {
  if (snapshot.source.kind !== 'folder') {
    throw new UserError(
      `fix works on a widget folder, not on ${snapshot.source.path}. Unpack the archive, run fix on the folder, then pack it again with widget-publisher pack.`,
      snapshot.source.path,
    );
  }
  const folderStats = await stat(folder).catch(() => null);
  if (!folderStats?.isDirectory()) {
    throw new UserError(`fix works on a widget folder; ${resolve(folder)} is not one. Give the folder that holds manifest.json.`, folder);
  }
  const root = join(resolve(folder), ...(snapshot.nestedRoot ? snapshot.nestedRoot.split('/') : []));
  const textFiles = snapshot.files.filter((file) => isTextFile(file.path) && !file.path.endsWith('/'));
  const results = await mapWithConcurrency(textFiles, 16, (file) => fixFile(root, file.path));
  return results.filter((fix): fix is FileFix => fix !== null);
}

async function fixFile(root: string, path: string): Promise<FileFix | null> {
  const absolute = join(root, ...path.split('/'));
  let original: Uint8Array;
  let mode: number;
  try {
    original = new Uint8Array(await readFile(absolute));
    mode = (await stat(absolute)).mode;
  } catch (error) {
    throw new UserError(`Cannot read ${absolute}: ${(error as Error).message}. Nothing in it was changed.`, path);
  }
  const fixed = fixTextBytes(original);
  if (!fixed.removedBom && fixed.crlfLines === 0) return null;
  try {
    await writeFileAtomic(absolute, fixed.bytes);
    // The atomic write makes a new file; give it the permissions the old one had.
    await chmod(absolute, mode & 0o7777);
  } catch (error) {
    throw new UserError(`Cannot write ${absolute}: ${(error as Error).message}. The file was left as it was; check its permissions.`, path);
  }
  return { path, removedBom: fixed.removedBom, crlfLines: fixed.crlfLines };
}
