// Bundles the Node side (CLI, Electron main, preload) with esbuild; the renderer is built by Vite.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['electron/cli/index.ts'], outfile: 'dist/cli/index.js', format: 'esm', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.js', format: 'esm', external: ['electron'] },
  // Sandboxed preloads cannot be ES modules.
  { entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] },
];

for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await build({ ...common, ...entry });
}
