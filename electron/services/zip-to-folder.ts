import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '../../shared/model/snapshot';
import { isJunkPath } from '../../shared/widget/junk-files';
import { writeFileAtomic } from './atomic-write';
import { refuseNonEmptyFolder } from './empty-folder';
import { UserError } from './user-error';
import { readWidget } from './widget-reader';
import { applyWidgetWrite, widgetPath, WidgetWriteError, type WidgetWritePlan } from './widget-writer';

export interface ZipToFolderResult {
  folder: string;
  copied: number;
  /** Entries not copied: system junk and entries that were unsafe to unpack. */
  skipped: string[];
  written: string[];
}

/**
 * A widget.zip becomes a folder the wizard can keep editing: every file of the zip at the folder's
 * root (a `widget/` folder inside the zip is unwrapped), widget-publisher.json, then the wizard's
 * changes on top. Everything is written into a hidden folder beside the target first and renamed
 * into place at the end, so a failure leaves the chosen folder as it was: empty.
 */
export async function saveZipAsFolder(source: string, folder: string, plan: WidgetWritePlan): Promise<ZipToFolderResult> {
  await refuseNonEmptyFolder(folder, "Choose a new or empty folder: the widget's files are copied into it.");
  const { snapshot } = await readWidget(source, { includeIgnored: true });
  if (snapshot.source.kind !== 'zip') throw new UserError(`${source} is already a folder: save the widget there instead.`, source);

  const staging = join(dirname(folder), `.${basename(folder)}.wp-${randomBytes(6).toString('hex')}`);
  const skipped = snapshot.unsafeEntries.map((entry) => entry.name);
  let copied = 0;
  try {
    await mkdir(staging, { recursive: true });
    for (const file of snapshot.files) {
      if (isJunkPath(file.path) || file.bytes === null) {
        skipped.push(file.path);
        continue;
      }
      await writeFileAtomic(widgetPath(staging, file.path), file.bytes);
      copied += 1;
    }
    if (snapshot.configText !== null) await writeFileAtomic(join(staging, CONFIG_FILE_NAME), snapshot.configText);
    const written = await applyWidgetWrite(staging, plan);
    // The chosen folder is empty (checked above); it makes way for the finished one.
    await rmdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, folder);
    return { folder, copied, skipped, written };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const reason = error instanceof WidgetWriteError ? `${error.file ?? ''}: ${error.reason}` : (error as Error).message;
    throw new UserError(`Cannot save the widget into ${folder} (${reason}). Nothing was written there; check the folder's permissions and free space, and try again.`, folder);
  }
}
