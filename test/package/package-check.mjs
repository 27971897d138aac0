#!/usr/bin/env node
// `npm run package:check`: packs the app with electron-builder (`--linux dir`) against a stub
// Electron (the real binary cannot be downloaded on build machines), then checks what would ship:
// main, preload and renderer inside app.asar; sharp's WebAssembly build (never native libvips) unpacked
// next to it, proven by the GLib probe (./glib-probe.mjs); every package the main bundle and the check
// worker load resolves inside the app (./bundle-imports.mjs); no sources, tests or dev dependencies; the
// fuses flipped in the executable. Exits 1 with a list of what is wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unresolvedImports } from './bundle-imports.mjs';
import { nativeControl, runGlibProbe, systemGlib } from './glib-probe.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
// Resolved through electron-builder, which depends on both: works whether npm hoisted them or not.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json', { paths: [root] }));
const asar = builderRequire('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = builderRequire('@electron/fuses');
/** The bytes a fuse wire uses: ASCII '1' and '0'. */
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 };

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const problems = [];
const passed = [];
function check(condition, what, detail = '') {
  if (condition) passed.push(what);
  else problems.push(detail ? `${what}: ${detail}` : what);
}

function step(message) {
  console.log(`package:check: ${message}`);
}

/**
 * A stand-in for Electron's dist folder: an executable named `electron` that carries a fuse wire
 * (sentinel, version 1, eight fuses in Electron's default states) so electron-builder can flip the
 * fuses exactly as it does in the real binary, and we can read them back.
 */
function makeStubElectron(folder) {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const E = FuseState.ENABLE;
  const D = FuseState.DISABLE;
  const defaults = [E, D, E, E, D, D, D, E];
  const script = Buffer.from('#!/bin/sh\necho "stub Electron for package:check; it cannot run the app"\nexit 0\n');
  const wire = Buffer.concat([Buffer.from(`# ${FUSE_SENTINEL}`), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('\n')]);
  writeFileSync(join(folder, 'electron'), Buffer.concat([script, wire]));
  chmodSync(join(folder, 'electron'), 0o755);
  writeFileSync(join(folder, 'version'), electronVersion);
  writeFileSync(join(folder, 'LICENSE'), 'stub');
  writeFileSync(join(folder, 'LICENSES.chromium.html'), 'stub');
}

function ensureBuilt() {
  const needed = ['dist/main/index.js', 'dist/main/check-worker.js', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
  if (needed.every((file) => existsSync(join(root, file)))) return;
  step('dist/ is incomplete, running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

function walk(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

async function main() {
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'wp-package-check-'));
  try {
    const stub = join(work, 'electron-dist');
    const output = join(work, 'release');
    makeStubElectron(stub);
    step(`electron-builder --linux dir (Electron ${electronVersion}, stub dist in ${stub})`);
    const builder = spawnSync(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js', { paths: [root] }),
        '--linux',
        'dir',
        '--config',
        'electron-builder.yml',
        `-c.electronDist=${stub}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${output}`,
        '--publish',
        'never',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_OFFLINE: 'true' },
      },
    );
    if (builder.status !== 0) {
      console.error(builder.stdout, builder.stderr);
      problems.push(`electron-builder failed with exit code ${builder.status}; its output is above`);
      return;
    }

    const appOut = join(output, 'linux-unpacked');
    const resources = join(appOut, 'resources');
    const archive = join(resources, 'app.asar');
    check(existsSync(archive), 'app.asar exists', `not found at ${archive}`);
    if (!existsSync(archive)) return;

    const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
    const has = (path) => entries.includes(path);
    for (const file of ['/package.json', '/dist/main/index.js', '/dist/main/check-worker.js', '/dist/preload/index.cjs', '/dist/renderer/index.html']) {
      check(has(file), `app.asar holds ${file}`, 'missing');
    }
    check(entries.some((entry) => /^\/dist\/renderer\/assets\/index-[\w-]+\.js$/.test(entry)), 'app.asar holds the renderer bundle', 'no dist/renderer/assets/index-*.js');

    const packedJson = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    check(packedJson.main === 'dist/main/index.js', 'package.json main points at dist/main/index.js', `it is ${packedJson.main}`);
    const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
    check(/Content-Security-Policy/.test(html) && /script-src 'self'/.test(html), 'the renderer has its CSP meta tag', 'index.html lacks it');

    const ownFiles = entries.filter((entry) => !entry.startsWith('/node_modules/') && entry !== '/node_modules');
    const outsideWhitelist = ownFiles.filter((entry) => !entry.startsWith('/dist') && !entry.startsWith('/data') && entry !== '/package.json');
    check(outsideWhitelist.length === 0, 'nothing outside dist/, data/ and package.json ships', outsideWhitelist.slice(0, 10).join(', '));
    check(has('/data/ocr/rus.traineddata.gz'), 'the Russian recognition data ships', 'data/ocr/rus.traineddata.gz missing from app.asar');
    for (const code of ['eng', 'spa', 'por', 'tur', 'ind']) {
      check(has(`/node_modules/@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`), `the ${code} recognition data ships`, 'missing from app.asar');
    }
    const legacyData = entries.filter((entry) => /^\/node_modules\/@tesseract\.js-data\/[a-z]+\/4\.0\.0\//.test(entry));
    check(legacyData.length === 0, "the legacy engine's recognition data does not ship", legacyData.slice(0, 5).join(', '));
    const sources = ownFiles.filter((entry) => /\.(ts|tsx|map)$/.test(entry) || /^\/(electron|shared|renderer|test|bench|docs|assets|\.ci)\//.test(entry));
    check(sources.length === 0, 'no source, source map or test file ships', sources.slice(0, 10).join(', '));

    const shipped = new Set(entries.filter((entry) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(entry)).map((entry) => entry.slice('/node_modules/'.length)));
    for (const dependency of Object.keys(packageJson.dependencies)) {
      check(shipped.has(dependency), `dependency ${dependency} ships`, 'missing from node_modules in app.asar');
    }
    const devOnly = Object.keys(packageJson.devDependencies).filter((name) => shipped.has(name));
    check(devOnly.length === 0, 'no dev dependency ships', devOnly.join(', '));

    const unpacked = join(resources, 'app.asar.unpacked');
    const nativeFiles = walk(join(unpacked, 'node_modules')).map((file) => relative(unpacked, file).replace(/\\/g, '/'));
    // Linux: no native libvips at all (it and Electron's GLib crash each other); the wasm build instead.
    const nativeSharp = nativeFiles.filter((file) => /^node_modules\/@img\/sharp-(linux|linuxmusl|libvips)-/.test(file));
    check(nativeSharp.length === 0, 'the Linux app ships no native sharp or libvips', nativeSharp.slice(0, 5).join(', '));
    const wasmBuild = nativeFiles.filter((file) => /^node_modules\/@img\/sharp-wasm32\/lib\/sharp-wasm32-[\w.-]+\.node\.wasm$/.test(file));
    check(wasmBuild.length === 1, "sharp's WebAssembly build is unpacked", `no @img/sharp-wasm32/lib/*.wasm under ${unpacked}`);
    const wasmVersion = JSON.parse(readFileSync(join(root, 'node_modules', '@img', 'sharp-wasm32', 'package.json'), 'utf8')).version;
    const sharpVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'sharp', 'package.json'), 'utf8')).version;
    check(wasmVersion === sharpVersion, 'the wasm build matches sharp\'s version', `sharp ${sharpVersion}, @img/sharp-wasm32 ${wasmVersion}`);
    const sharpMain = `node_modules/sharp/${JSON.parse(readFileSync(join(root, 'node_modules', 'sharp', 'package.json'), 'utf8')).main.replace(/^\.\//, '')}`;
    check(nativeFiles.includes(sharpMain), "sharp's JavaScript is unpacked beside its build", `${sharpMain} missing`);
    const tesseractWorker = 'node_modules/tesseract.js/src/worker-script/node/index.js';
    check(nativeFiles.includes(tesseractWorker), "tesseract.js's worker script is unpacked (worker threads cannot start inside app.asar)", `${tesseractWorker} missing`);
    check(nativeFiles.includes('node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm'), "tesseract's WebAssembly core is unpacked", 'tesseract-core-simd-lstm.wasm missing');
    const missingForWorker = ['is-url', 'bmp-js', 'zlibjs', 'wasm-feature-detect', 'regenerator-runtime'].filter((name) => !nativeFiles.some((file) => file.startsWith(`node_modules/${name}/`)));
    check(missingForWorker.length === 0, 'what the worker script requires is unpacked beside it', missingForWorker.join(', '));
    const packedNative = entries.filter((entry) => /\.(node|wasm)$/.test(entry)).filter((entry) => !asar.statFile(archive, entry.slice(1)).unpacked);
    check(packedNative.length === 0, 'no native addon or wasm file is left inside the archive', packedNative.join(', '));

    const extracted = join(work, 'extracted-app');
    asar.extractAll(archive, extracted);
    for (const [bundle, { checked, missing }] of Object.entries(unresolvedImports(extracted))) {
      check(checked > 0 && missing.length === 0, `every package ${bundle} loads resolves inside the app (${checked})`, `not found: ${missing.join(', ')}`);
    }
    step('GLib probe: the packaged sharp, system GLib preloaded, process.versions.electron set');
    const probeStarted = await runGlibProbe(extracted, electronVersion, check);
    if (probeStarted !== null) step(`GLib probe took ${(probeStarted / 1000).toFixed(1)} s`);
    const glib = systemGlib();
    if (glib) {
      const control = nativeControl(glib, electronVersion);
      step(`control: the repository's native sharp under the same conditions printed ${control.complaints} GLib-GObject-CRITICAL line(s)${control.signal ? ` and died of ${control.signal}` : ''}`);
    }

    const executable = join(appOut, packageJson.name === 'widget-publisher' ? 'widget-publisher' : packageJson.name);
    check(existsSync(executable), 'the executable is named widget-publisher', `not found at ${executable}`);
    if (existsSync(executable)) {
      return getCurrentFuseWire(executable).then((wire) => {
        const expected = {
          RunAsNode: FuseState.DISABLE,
          EnableCookieEncryption: FuseState.ENABLE,
          EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
          EnableNodeCliInspectArguments: FuseState.DISABLE,
          EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
          OnlyLoadAppFromAsar: FuseState.ENABLE,
          GrantFileProtocolExtraPrivileges: FuseState.DISABLE,
        };
        for (const [name, state] of Object.entries(expected)) {
          const actual = wire[FuseV1Options[name]];
          check(actual === state, `fuse ${name} is ${state === FuseState.ENABLE ? 'on' : 'off'}`, `it is ${actual === FuseState.ENABLE ? 'on' : actual === FuseState.DISABLE ? 'off' : actual}`);
        }
      });
    }
  } finally {
    process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  }
}

Promise.resolve()
  .then(main)
  .then(
    () => {
      for (const item of passed) console.log(`  ✓ ${item}`);
      if (problems.length > 0) {
        console.error(`\npackage:check FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
        for (const problem of problems) console.error(`  ✗ ${problem}`);
        process.exit(1);
      }
      console.log(`\npackage:check passed: ${passed.length} checks.`);
    },
    (error) => {
      console.error(`package:check could not run: ${error instanceof Error ? error.stack : error}`);
      process.exit(1);
    },
  );
