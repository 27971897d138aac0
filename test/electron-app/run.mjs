#!/usr/bin/env node
// `npm run test:electron`: the main journeys against the real app in a real Electron window
// (playwright-core's Electron support): built main, preload, app:// renderer, the check worker and
// sharp. Where no Electron binary is installed it says so in one line and exits 0.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary();
if (!binary.path) {
  console.log(`test:electron skipped: no Electron binary here, ${binary.missing}.`);
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.electron.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WP_ELECTRON_BINARY: binary.path },
});
process.exit(run.status ?? 1);
