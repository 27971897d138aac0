// Bundles the Node side (CLI, Electron main, preload) with esbuild; the renderer is built by Vite.
// The boot test (test/electron/main/boot.test.ts) imports buildNodeBundles to test these exact bundles.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
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

/**
 * The CLI: dist/cli/index.js (its `#!/usr/bin/env node` line comes from the source) and, beside it in
 * dist/cli/chunks/, the code each command loads when it runs, so a run loads only what it needs.
 */
export const CLI_BUNDLE = {
  entryPoints: ['electron/cli/index.ts'],
  outdir: 'cli',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Pure-JavaScript dependencies are bundled: resolving and compiling each of their files from node_modules
  // cost more than the whole check of a small widget. sharp (native code) and tesseract.js (a worker script
  // and WebAssembly it finds by path, with its data packages) stay in node_modules.
  packages: undefined,
  external: ['sharp', 'tesseract.js', 'tesseract.js-core', '@tesseract.js-data/*'],
  // ES module builds first (jsonc-parser's CommonJS one is UMD that requires its parts by computed path).
  mainFields: ['module', 'main'],
  // Bundled CommonJS code requires Node's built-in modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
};

export const NODE_BUNDLES = [
  CLI_BUNDLE,
  { entryPoints: ['electron/main/index.ts'], outfile: 'main/index.js', format: 'esm', external: ['electron'], plugins: [sharpForElectron] },
  // The whole-widget check runs here, off the main thread (electron/services/widget-checker.ts).
  { entryPoints: ['electron/main/check-worker.ts'], outfile: 'main/check-worker.js', format: 'esm', plugins: [sharpForElectron] },
  // Sandboxed preloads cannot be ES modules.
  { entryPoints: ['electron/preload/index.ts'], outfile: 'preload/index.cjs', format: 'cjs', external: ['electron'] },
];

/** The CLI alone into `outdir` (index.js and its chunks/): what the tests that run the built binary build. */
export async function buildCli(outdir) {
  const root = dirname(fileURLToPath(import.meta.url));
  // Chunk names carry a hash of their content: the previous build's would stay behind.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  await build({ ...common, ...CLI_BUNDLE, entryPoints: CLI_BUNDLE.entryPoints.map((path) => join(root, path)), outdir });
}

/** Build the bundles whose output starts with one of `only` (all by default) into `outDir`. */
export async function buildNodeBundles(outDir = 'dist', only = null) {
  const root = dirname(fileURLToPath(import.meta.url));
  for (const entry of NODE_BUNDLES) {
    const entryPoints = entry.entryPoints.map((path) => join(root, path));
    if (!existsSync(entryPoints[0])) continue;
    if (only && !only.some((prefix) => (entry.outfile ?? entry.outdir).startsWith(prefix))) continue;
    if (entry === CLI_BUNDLE) await buildCli(join(resolve(root, outDir), entry.outdir));
    else await build({ ...common, ...entry, entryPoints, outfile: join(resolve(root, outDir), entry.outfile) });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildNodeBundles();
