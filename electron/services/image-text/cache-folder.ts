import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'widget-publisher';

/**
 * The CLI's cache folder, as each platform expects one: $XDG_CACHE_HOME or ~/.cache on Linux,
 * ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. The desktop app uses its own data folder instead.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env, system: NodeJS.Platform = platform(), home = homedir()): string {
  if (system === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), APP_FOLDER, 'Cache');
  if (system === 'darwin') return join(home, 'Library', 'Caches', APP_FOLDER);
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.cache'), APP_FOLDER);
}
