// Where the Electron binary is, without triggering Electron's own download (requiring the
// `electron` package downloads it when missing, which these build machines cannot do).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `{ path }` of the executable, or `{ missing }` saying why there is none. */
export function findElectronBinary() {
  const packageFolder = join(root, 'node_modules', 'electron');
  if (!existsSync(packageFolder)) return { missing: 'the electron package is not installed (npm ci)' };
  const pathFile = join(packageFolder, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable (${path})` };
  }
  if (!relative) return { missing: 'the Electron binary was never downloaded (node_modules/electron/path.txt is absent; run `node node_modules/electron/install.js` where the network allows)' };
  const path = join(packageFolder, 'dist', relative);
  return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` };
}
