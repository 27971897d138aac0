// Bundles the Node side (CLI, Electron main, preload) with esbuild; the renderer is built by Vite.
// The boot test (test/electron/main/boot.test.ts) imports buildNodeBundles to test these exact bundles.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * The CLI: dist/cli/index.js, a small entry (its `#!/usr/bin/env node` line comes from the source) that runs
 * dist/cli/program.cjs, the whole program as one CommonJS file, through V8's code cache
 * (electron/cli/code-cache.ts). One file because a code cache covers one script; CommonJS because Node 20
 * can give a cache only to a `vm.Script`. Commands still load their code only when they run: esbuild keeps
 * each `import()` of ours as a module initialised on first use.
 */
export const CLI_ENTRY = { entryPoints: ['electron/cli/index.ts'], outfile: 'index.js', format: 'esm' };

export const CLI_PROGRAM = {
  entryPoints: ['electron/cli/run-process.ts'],
  outfile: 'program.cjs',
  format: 'cjs',
  // Pure-JavaScript dependencies are bundled: resolving and compiling each of their files from node_modules
  // cost more than the whole check of a small widget. sharp (native code) and tesseract.js (a worker script
  // and WebAssembly it finds by path, with its data packages) stay in node_modules.
  packages: undefined,
  external: ['sharp', 'tesseract.js', 'tesseract.js-core', '@tesseract.js-data/*'],
  // ES module builds first (jsonc-parser's CommonJS one is UMD that requires its parts by computed path).
  mainFields: ['module', 'main'],
  // `import('sharp')` becomes a require when first needed: the one build of sharp the rest of the program
  // requires, and no `import()` a vm.Script would need a loader for.
  supported: { 'dynamic-import': false },
  // The few modules that find files from their own place get the program's URL.
  define: { 'import.meta.url': '__program_url' },
  banner: { js: "var __program_url = require('node:url').pathToFileURL(__filename).href;" },
};

export const NODE_BUNDLES = [
  { ...CLI_ENTRY, outfile: 'cli/index.js', isCli: true },
  { entryPoints: ['electron/main/index.ts'], outfile: 'main/index.js', format: 'esm', external: ['electron'], plugins: [sharpForElectron] },
  // The whole-widget check runs here, off the main thread (electron/services/widget-checker.ts).
  { entryPoints: ['electron/main/check-worker.ts'], outfile: 'main/check-worker.js', format: 'esm', plugins: [sharpForElectron] },
  // Sandboxed preloads cannot be ES modules.
  { entryPoints: ['electron/preload/index.ts'], outfile: 'preload/index.cjs', format: 'cjs', external: ['electron'] },
];

/** The CLI alone into `outdir` (index.js and program.cjs): what the tests that run the built binary build. */
export async function buildCli(outdir) {
  const root = dirname(fileURLToPath(import.meta.url));
  // Left by the builds before the program was one file.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  for (const { entryPoints, outfile, ...options } of [CLI_PROGRAM, CLI_ENTRY]) {
    await build({ ...common, ...options, entryPoints: entryPoints.map((path) => join(root, path)), outfile: join(outdir, outfile) });
  }
  const program = join(outdir, CLI_PROGRAM.outfile);
  writeFileSync(program, asciiOnly(readFileSync(program, 'utf8'), program));
}

/**
 * esbuild escapes strings and names, but leaves regular expressions and comments as written. There a
 * `\uXXXX` escape means the same character, and an ASCII-only program is read and hashed byte for byte
 * (electron/cli/code-cache.ts) instead of decoded as UTF-8. A character right after a backslash would
 * change meaning, so it stops the build instead.
 */
export function asciiOnly(text, file) {
  return text.replace(/[\u0080-\uffff]/g, (character, offset) => {
    if (text[offset - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at offset ${offset}; write it as \\u${character.charCodeAt(0).toString(16)} in the source.`);
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Build the bundles whose output starts with one of `only` (all by default) into `outDir`. */
export async function buildNodeBundles(outDir = 'dist', only = null) {
  const root = dirname(fileURLToPath(import.meta.url));
  for (const entry of NODE_BUNDLES) {
    const entryPoints = entry.entryPoints.map((path) => join(root, path));
    if (!existsSync(entryPoints[0])) continue;
    if (only && !only.some((prefix) => entry.outfile.startsWith(prefix))) continue;
    const { isCli, ...options } = entry;
    if (isCli) await buildCli(join(resolve(root, outDir), dirname(entry.outfile)));
    else await build({ ...common, ...options, entryPoints, outfile: join(resolve(root, outDir), entry.outfile) });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildNodeBundles();
