import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTextFile, type WidgetSnapshot } from '../../shared/model/snapshot';
import { READ_LIMITS } from '../../shared/platform/limits';
import { fixTextBytes } from '../../shared/text/fix-text';
import { writeFileAtomic } from './atomic-write';
import { mapWithConcurrency } from './reader/concurrency';
import { readRegularFile } from './regular-file';
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
      `The fix works on a widget folder, not on ${snapshot.source.path}. Unpack the archive, fix the folder, then make the zip again from it.`,
      snapshot.source.path,
    );
  }
  const folderStats = await stat(folder).catch(() => null);
  if (!folderStats?.isDirectory()) {
    throw new UserError(`fix works on a widget folder; ${resolve(folder)} is not one. Give the folder that holds manifest.json.`, folder);
  }
  const root = join(resolve(folder), ...(snapshot.nestedRoot ? snapshot.nestedRoot.split('/') : []));
  const textFiles = snapshot.files.filter((file) => isTextFile(file.path) && !file.path.endsWith('/'));
  // Every file is tried even when one fails, so the message can say exactly what was rewritten.
  const outcomes = await mapWithConcurrency(textFiles, 16, (file) =>
    fixFile(root, file.path).then(
      (fix) => ({ fix, error: null }),
      (error: unknown) => ({ fix: null, error }),
    ),
  );
  const fixes = outcomes.flatMap((outcome) => (outcome.fix ? [outcome.fix] : []));
  const failure = outcomes.find((outcome) => outcome.error !== null)?.error;
  if (failure !== undefined) {
    const changed =
      fixes.length === 0
        ? 'No other file was changed.'
        : `These files were fixed before it: ${fixes.map((fix) => fix.path).join(', ')}.`;
    throw new UserError(`${(failure as Error).message} ${changed}`, (failure as UserError).file);
  }
  return fixes;
}

async function fixFile(root: string, path: string): Promise<FileFix | null> {
  const absolute = join(root, ...path.split('/'));
  let original: Uint8Array | null;
  try {
    original = await readRegularFile(absolute, { maxBytes: READ_LIMITS.maxEntryBytes, shownAs: absolute });
  } catch (error) {
    throw new UserError(`${(error as Error).message} It was left as it was.`, path);
  }
  if (original === null) return null;
  const fixed = fixTextBytes(original);
  if (!fixed.removedBom && fixed.crlfLines === 0) return null;
  try {
    // The atomic write keeps the file's permissions and owner, and refuses to replace a link.
    await writeFileAtomic(absolute, fixed.bytes);
  } catch (error) {
    throw new UserError(`Cannot write ${absolute}: ${(error as Error).message}. That file was left as it was; check its permissions.`, path);
  }
  return { path, removedBom: fixed.removedBom, crlfLines: fixed.crlfLines };
}
