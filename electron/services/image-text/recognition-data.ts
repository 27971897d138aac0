import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../atomic-write';

const require = createRequire(import.meta.url);

/** Where the Russian data sits in this repository and in the app: Debian's tesseract-ocr-rus, not on npm. */
const SHIPPED_DATA_FOLDER = ['data', 'ocr'];

/**
 * The shipped folder, found from this module upwards: dist/cli/index.js, dist/main/index.js (inside
 * app.asar too) and the TypeScript sources under electron/ sit at different depths.
 */
function shippedDataFolder(): string | null {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(folder, ...SHIPPED_DATA_FOLDER);
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  return null;
}

/** The gzip-compressed `.traineddata` file for a Tesseract language code, from its npm package or the shipped folder. */
export function recognitionDataFile(code: string): string {
  if (!/^[a-z]{3}$/.test(code)) throw new Error(`Unknown recognition language "${code}".`);
  try {
    const packageFolder = dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
    // LSTM-only integer models: the legacy engine's data (4.0.0/) is never used.
    return join(packageFolder, '4.0.0_best_int', `${code}.traineddata.gz`);
  } catch {
    const folder = shippedDataFolder();
    if (folder === null) throw new Error(`No recognition data for "${code}": neither @tesseract.js-data/${code} nor ${SHIPPED_DATA_FOLDER.join('/')}/ is installed.`);
    return join(folder, `${code}.traineddata.gz`);
  }
}

/**
 * Tesseract reads every language from one folder, and the data lives in several packages: copy what a
 * check needs into `<cacheFolder>/tessdata` once (a few MB per language), named by content so an update
 * of a data package is picked up. Returns the folder to give tesseract.js as its local `langPath`.
 */
export async function prepareRecognitionData(cacheFolder: string, codes: readonly string[]): Promise<string> {
  const folder = join(cacheFolder, 'tessdata');
  for (const code of codes) {
    const bytes = await readFile(recognitionDataFile(code));
    const target = join(folder, `${code}.traineddata.gz`);
    const stamp = join(folder, `${code}.sha256`);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const current = await readFile(stamp, 'utf8').catch(() => '');
    if (current === digest && existsSync(target)) continue;
    await writeFileAtomic(target, bytes);
    await writeFileAtomic(stamp, digest);
  }
  return folder;
}

/** tesseract.js's worker script, outside app.asar in the packaged app: worker threads cannot start from inside it. */
export function workerScriptPath(): string {
  return unpackedPath(require.resolve('tesseract.js/src/worker-script/node/index.js'));
}

export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Version of the recogniser: cached results of another version are read again. */
export function recognizerVersion(): string {
  const core = require('tesseract.js-core/package.json') as { version: string };
  const js = require('tesseract.js/package.json') as { version: string };
  return `tesseract.js ${js.version}, core ${core.version}`;
}
