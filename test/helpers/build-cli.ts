import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The same bundle `npm run build:node` makes for the CLI (build.mjs), written to `outfile` inside the repository. */
export async function buildCliBundle(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(REPO_ROOT, 'electron/cli/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'silent',
  });
}
