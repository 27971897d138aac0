// sharp as the Linux desktop app ships it: sharp's JavaScript plus its WebAssembly build
// (@img/sharp-wasm32), with no native libvips anywhere it could be found. Tests and the benchmark
// import sharp from this tree to run the image studio on the same build the Linux app uses.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(root, 'node_modules');

/** sharp's own dependencies and the wasm build's; none of them loads native code. */
const LINKED_PACKAGES = ['@img/colour', '@img/sharp-wasm32', '@emnapi/runtime', 'detect-libc', 'semver', 'tslib'];

function versionOf(name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}

/**
 * Builds (once per sharp version) a folder outside the repository whose node_modules holds a copy of
 * sharp and links to its pure-JS dependencies. sharp's loader looks for `@img/sharp-<platform>` next
 * to itself, finds nothing (the copy sits outside the repository's node_modules), and loads the wasm
 * build, exactly as in the packaged Linux app. Returns the path of sharp's ESM entry.
 */
export function sharpWasmEntry() {
  const version = versionOf('sharp');
  const wasmVersion = versionOf('@img/sharp-wasm32');
  if (wasmVersion !== version) throw new Error(`@img/sharp-wasm32 ${wasmVersion} does not match sharp ${version}; install the same version.`);
  const folder = join(tmpdir(), `wp-sharp-wasm-${version}`);
  const entry = join(folder, 'node_modules', 'sharp', 'dist', 'index.mjs');
  const marker = join(folder, 'ready');
  if (existsSync(marker)) return entry;
  rmSync(folder, { recursive: true, force: true });
  const target = join(folder, 'node_modules');
  for (const part of ['package.json', 'dist']) cpSync(join(modules, 'sharp', part), join(target, 'sharp', part), { recursive: true });
  for (const name of LINKED_PACKAGES) {
    if (!existsSync(join(modules, name))) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    symlinkSync(join(modules, name), join(target, name), 'junction');
  }
  writeFileSync(marker, version);
  return entry;
}
