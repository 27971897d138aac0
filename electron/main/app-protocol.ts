import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** The page's policy, also sent as a header (the meta tag in index.html says the same). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The scheme's privileges (registered before `ready`): like https, with V8's code cache for the bundles. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/**
 * Answer one app:// request: the file with the CSP header, or a 404 response when the URL is not
 * ours, leaves the folder, or names a file that is not there (a thrown error would reach the page
 * as a network failure with no status).
 */
export async function serveAppFile(url: string, rendererRoot: string, fetchFile: (fileUrl: string) => Promise<Response>): Promise<Response> {
  const file = resolveAppFile(url, rendererRoot);
  const found = file ? await stat(file).then((info) => info.isFile(), () => false) : false;
  if (!file || !found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  try {
    const response = await fetchFile(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  }
}
