import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ForbiddenError } from '../error-info';

/**
 * Where the renderer may write. A save path counts only when the user picked it in a save dialog;
 * a folder counts once the user picked it in a native dialog in this session (or picked it in an
 * earlier one and reopens it from the recent list) and it was opened. A path the page merely names
 * (a tampered page, a dropped folder) is read, never written: the page cannot write anywhere else.
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly picked = new Set<string>();

  /** The user chose this folder or zip in a native open dialog. */
  notePicked(path: string): void {
    this.picked.add(resolve(path));
  }

  wasPicked(path: string): boolean {
    return this.picked.has(resolve(path));
  }

  grantFile(path: string): void {
    this.files.add(resolve(path));
  }

  grantFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  assertFile(path: string, what: string): void {
    if (!this.files.has(resolve(path))) {
      throw new ForbiddenError(`${what} may only be written to a path chosen in the save dialog; ${path} was not. Choose the file again.`);
    }
  }

  assertInsideFolder(path: string, what: string): void {
    const target = resolve(path);
    const inside = [...this.folders].some((folder) => {
      const rest = relative(folder, target);
      return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
    });
    if (!inside) {
      throw new ForbiddenError(`${what} may only be written inside a widget folder opened in this session; ${path} is not inside one. Choose the widget folder with Open Widget Folder first.`);
    }
  }
}
