// sharp as the Linux desktop app ships it: sharp's JavaScript plus its WebAssembly build
// (@img/sharp-wasm32), with no native libvips anywhere it could be found. Tests and the benchmark
// import sharp from this tree to run the image studio on the same build the Linux app uses.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** True when the tree was finished and every link still reaches the package it points at. */
function isUsable(folder, version) {
  try {
    if (readFileSync(join(folder, 'ready'), 'utf8') !== version) return false;
  } catch {
    return false;
  }
  return LINKED_PACKAGES.every((name) => !existsSync(join(modules, name)) || existsSync(join(folder, 'node_modules', name, 'package.json')));
}

/**
 * Builds (once per sharp version and checkout) a folder outside the repository whose node_modules holds
 * a copy of sharp and links to its pure-JS dependencies. sharp's loader looks for `@img/sharp-<platform>`
 * next to itself, finds nothing (the copy sits outside the repository's node_modules), and loads the
 * wasm build, exactly as in the packaged Linux app. Returns the path of sharp's ESM entry.
 *
 * The folder name includes a hash of this checkout's node_modules path: the links point into it, so a
 * tree left behind by another (maybe deleted) clone is never reused. It is built in a temporary folder
 * and renamed into place, so parallel test workers never see half a tree.
 */
export function sharpWasmEntry() {
  const version = versionOf('sharp');
  const wasmVersion = versionOf('@img/sharp-wasm32');
  if (wasmVersion !== version) throw new Error(`@img/sharp-wasm32 ${wasmVersion} does not match sharp ${version}; install the same version.`);
  const checkout = createHash('sha256').update(modules).digest('hex').slice(0, 12);
  const folder = join(tmpdir(), `wp-sharp-wasm-${version}-${checkout}`);
  const entry = join(folder, 'node_modules', 'sharp', 'dist', 'index.mjs');
  if (isUsable(folder, version)) return entry;
  const staging = mkdtempSync(`${folder}.building-`);
  const target = join(staging, 'node_modules');
  for (const part of ['package.json', 'dist']) cpSync(join(modules, 'sharp', part), join(target, 'sharp', part), { recursive: true });
  for (const name of LINKED_PACKAGES) {
    if (!existsSync(join(modules, name))) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    symlinkSync(join(modules, name), join(target, name), 'junction');
  }
  writeFileSync(join(staging, 'ready'), version);
  if (isUsable(folder, version)) {
    rmSync(staging, { recursive: true, force: true });
    return entry;
  }
  rmSync(folder, { recursive: true, force: true });
  try {
    renameSync(staging, folder);
  } catch (error) {
    // Another worker renamed its finished tree into place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!isUsable(folder, version)) throw error;
  }
  return entry;
}
