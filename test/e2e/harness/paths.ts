import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const RENDERER_DIST = join(REPO_ROOT, 'dist', 'renderer');
export const SCREENS_FOLDER = join(REPO_ROOT, 'test-output', 'screens');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
