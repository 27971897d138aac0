import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_ESM_BUNDLE, sharpForElectron } from '../../../build.mjs';

const ROOT = resolve(__dirname, '../../..');
const BUNDLE = join(ROOT, 'test-output', 'sharp-build', 'probe.mjs');

beforeAll(async () => {
  await build({
    stdin: { contents: "import sharp from 'sharp';\nexport const build = sharp.versions.emscripten ? 'wasm' : 'native';\n", resolveDir: ROOT, loader: 'ts' },
    outfile: BUNDLE,
    ...NODE_ESM_BUNDLE,
    plugins: [sharpForElectron],
  });
}, 60_000);

function buildUnder(electronVersion: string | null): string {
  const script = `${electronVersion ? `process.versions.electron = ${JSON.stringify(electronVersion)};` : ''}
const { build } = await import(${JSON.stringify(pathToFileURL(BUNDLE).href)});
process.stdout.write(build);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).not.toMatch(/GLib|SharpElectronLinux/);
  return run.stdout;
}

describe('sharp in the Electron bundles', () => {
  it.runIf(process.platform === 'linux')('loads the WebAssembly build inside Electron on Linux, even with native sharp in node_modules', () => {
    expect(buildUnder('45.6.1')).toBe('wasm');
  });

  it('keeps the native build outside Electron (the CLI, Node)', () => {
    expect(buildUnder(null)).toBe('native');
  });
});
