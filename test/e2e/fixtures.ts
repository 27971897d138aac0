import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validI18n } from '../helpers/widget-fixture';
import { validWidgetOnDiskFiles, writeTree, zipWithJszip } from '../electron/services/widget-on-disk';

/** The defects a developer typically ships: a BOM and Windows line endings, and a store name that is too long. */
export const LONG_EN_NAME = 'Deals to Telegram and WhatsApp notifications via Acme';

const made: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/** A real widget folder on disk (real PNGs at the right sizes) with three defects. */
export async function defectiveWidgetFolder(): Promise<string> {
  const root = join(await tempDir('wp-e2e-widget-'), 'deals-widget');
  const files = await validWidgetOnDiskFiles('amocrm');
  const script = String(files['script.js']).replace(/\n/g, '\r\n');
  files['script.js'] = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(script)]);
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = LONG_EN_NAME;
  files['i18n/en.json'] = en;
  await writeTree(root, files);
  return root;
}

/** What a developer does by hand in their editor: shorten the English store name. */
export async function shortenEnglishName(folder: string): Promise<void> {
  const path = join(folder, 'i18n', 'en.json');
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace(LONG_EN_NAME, 'Deals to Telegram via Acme'));
}

/** The classic upload mistake: every file inside a `widget/` folder instead of at the zip's root. */
export async function nestedRootZip(): Promise<string> {
  const files = await validWidgetOnDiskFiles('amocrm');
  const nested = Object.fromEntries(Object.entries(files).map(([path, content]) => [`widget/${path}`, content]));
  const zipPath = join(await tempDir('wp-e2e-zip-'), 'widget.zip');
  await writeFile(zipPath, await zipWithJszip(nested));
  return zipPath;
}
