import { basename, dirname, resolve } from 'node:path';
import { buildCli } from '../../build.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The same CLI `npm run build:node` makes (build.mjs): `outfile` must be an index.js; program.cjs goes beside it. */
export async function buildCliBundle(outfile: string): Promise<void> {
  if (basename(outfile) !== 'index.js') throw new Error(`The CLI is built as index.js with program.cjs beside it, not as ${outfile}.`);
  await buildCli(dirname(outfile));
}
