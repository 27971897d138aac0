// Every package the shipped main bundle and check worker load must resolve inside the packed app, not
// merely in the repository: the boot test imports the bundles beside the repository's node_modules, where
// a dev dependency or a package left out of the archive is still found. Here they resolve from the
// extracted app.asar (with its unpacked files), as Node resolves them inside the packaged app.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundles Electron loads as Node code; the preload runs sandboxed and may require only `electron`. */
export const NODE_SIDE_BUNDLES = ['dist/main/index.js', 'dist/main/check-worker.js'];

/** Bare specifiers of an esbuild ES module bundle: imports (static and dynamic) and what a createRequire'd require loads or resolves. */
export function bareSpecifiers(code) {
  const bare = (specifier) => !specifier.startsWith('.') && !specifier.startsWith('/');
  const collect = (pattern) => [...new Set([...code.matchAll(pattern)].map((match) => match.slice(1).find(Boolean)).filter(bare))];
  return {
    imported: collect(/^\s*(?:import|export)\b[^;"]*?\bfrom\s*"([^"]+)";|^\s*import\s*"([^"]+)";|\bimport\("([^"]+)"\)/gm),
    required: collect(/\)\("([^"]+)"\)|\brequire\d*(?:\.resolve)?\("([^"]+)"\)/g),
  };
}

const PROBE = `
import { createRequire } from 'node:module';
const { imported, required } = JSON.parse(process.argv[2]);
const require = createRequire(import.meta.url);
const missing = [];
for (const specifier of imported) try { import.meta.resolve(specifier); } catch { missing.push(specifier); }
for (const specifier of required) try { require.resolve(specifier); } catch { missing.push(specifier); }
console.log(JSON.stringify(missing));
`;

/**
 * For each bundle in `appFolder` (extracted app.asar), lists the specifiers Node cannot resolve from
 * the bundle's own folder. `electron` is left out: Electron provides it.
 */
export function unresolvedImports(appFolder) {
  const result = {};
  for (const bundle of NODE_SIDE_BUNDLES) {
    const found = bareSpecifiers(readFileSync(join(appFolder, bundle), 'utf8'));
    const specifiers = {
      imported: found.imported.filter((name) => name !== 'electron'),
      required: found.required.filter((name) => name !== 'electron'),
    };
    const probe = join(appFolder, bundle, '..', 'resolve-probe.mjs');
    writeFileSync(probe, PROBE);
    const run = spawnSync(process.execPath, [probe, JSON.stringify(specifiers)], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: '' } });
    rmSync(probe, { force: true });
    if (run.status !== 0) throw new Error(`the import probe for ${bundle} failed: ${run.stderr}`);
    result[bundle] = { checked: specifiers.imported.length + specifiers.required.length, missing: JSON.parse(run.stdout) };
  }
  return result;
}
