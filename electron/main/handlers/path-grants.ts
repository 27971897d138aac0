import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ForbiddenError } from '../error-info';

/**
 * Where the renderer may write. A save path counts only when the user picked it in a save dialog;
 * a folder counts once the user opened or created it in this session. A tampered page therefore
 * cannot write over arbitrary files, only over what the user chose.
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

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
      throw new ForbiddenError(`${what} may only be written inside a widget folder opened in this session; ${path} is not inside one. Open the widget folder first.`);
    }
  }
}
