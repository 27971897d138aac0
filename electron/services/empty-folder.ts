import { readdir } from 'node:fs/promises';
import { UserError } from './user-error';

/** True for a folder with nothing in it, or one that does not exist yet (it will be made). */
export async function isEmptyOrMissing(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTDIR') return false;
    throw new UserError(`Cannot open ${folder}: ${(error as Error).message}. Choose another folder.`, folder);
  }
}

/** Widget files go into a new or empty folder only: never next to, or over, files the user already has. */
export async function refuseNonEmptyFolder(folder: string, instead: string): Promise<void> {
  if (!(await isEmptyOrMissing(folder))) throw new UserError(`${folder} is not empty. ${instead}`, folder);
}
