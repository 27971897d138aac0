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

/**
 * In the Electron bundles, `sharp` becomes a module that first points sharp at its WebAssembly build
 * on Linux (electron/main/sharp-build.ts), then loads it: a plain import would load native libvips
 * before any code of ours ran, because imports are evaluated first.
 */
export const sharpForElectron = {
  name: 'sharp-for-electron',
  setup(builder) {
    builder.onResolve({ filter: /^sharp$/ }, (args) => (args.namespace === 'sharp-for-electron' ? { path: 'sharp', external: true } : { path: 'sharp', namespace: 'sharp-for-electron' }));
    builder.onLoad({ filter: /.*/, namespace: 'sharp-for-electron' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        `import { preferSharpWasm } from ${JSON.stringify(join(dirname(fileURLToPath(import.meta.url)), 'electron/main/sharp-build.ts'))};`,
        'preferSharpWasm();',
        "export default createRequire(import.meta.url)('sharp');",
      ].join('\n'),
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      loader: 'ts',
    }));
  },
};

/** One ES module for Node with dependencies left in node_modules: also for the scripts that bundle a service. */
export const NODE_ESM_BUNDLE = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' };

export const NODE_BUNDLES = [
  { entryPoints: ['electron/cli/index.ts'], outfile: 'cli/index.js', format: 'esm', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['electron/main/index.ts'], outfile: 'main/index.js', format: 'esm', external: ['electron'], plugins: [sharpForElectron] },
  // The whole-widget check runs here, off the main thread (electron/services/widget-checker.ts).
  { entryPoints: ['electron/main/check-worker.ts'], outfile: 'main/check-worker.js', format: 'esm', plugins: [sharpForElectron] },
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
