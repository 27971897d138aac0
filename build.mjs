// Bundles the Node side (CLI, Electron main, preload) with esbuild; the renderer is built by Vite.
// The boot test (test/electron/main/boot.test.ts) imports buildNodeBundles to test these exact bundles.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

export const NODE_BUNDLES = [
  { entryPoints: ['electron/cli/index.ts'], outfile: 'cli/index.js', format: 'esm', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['electron/main/index.ts'], outfile: 'main/index.js', format: 'esm', external: ['electron'] },
  // The whole-widget check runs here, off the main thread (electron/services/widget-checker.ts).
  { entryPoints: ['electron/main/check-worker.ts'], outfile: 'main/check-worker.js', format: 'esm' },
  // Sandboxed preloads cannot be ES modules.
  { entryPoints: ['electron/preload/index.ts'], outfile: 'preload/index.cjs', format: 'cjs', external: ['electron'] },
];

/** Build the bundles whose output starts with one of `only` (all by default) into `outDir`. */
export async function buildNodeBundles(outDir = 'dist', only = null) {
  const root = dirname(fileURLToPath(import.meta.url));
  for (const entry of NODE_BUNDLES) {
    const entryPoints = entry.entryPoints.map((path) => join(root, path));
    if (!existsSync(entryPoints[0])) continue;
    if (only && !only.some((prefix) => entry.outfile.startsWith(prefix))) continue;
    await build({ ...common, ...entry, entryPoints, outfile: join(resolve(root, outDir), entry.outfile) });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildNodeBundles();
