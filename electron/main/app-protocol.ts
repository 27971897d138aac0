import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The renderer is served from `app://renderer/` rather than file://, so the page has an origin of
 * its own, file:// keeps no extra privileges, and only files inside dist/renderer can be loaded.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a URL of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file inside `rendererRoot` an app:// URL names, or null when the URL leaves it or is not ours. */
export function resolveAppFile(url: string, rendererRoot: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(rendererRoot, relativePath);
  const inside = relative(rendererRoot, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
