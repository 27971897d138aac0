import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_PATH, RENDERER_DIST, REPO_ROOT } from './paths';

/** The journeys run against the built renderer; build it once when `npm run build` has not. */
export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
}
