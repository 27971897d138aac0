import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppFile, serveAppFile } from '../../../electron/main/app-protocol';

const root = resolve('/opt/app/dist/renderer');

describe('app:// protocol', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile(APP_ENTRY_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://renderer/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://renderer/assets/index-abc.js?x=1#y', root)).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('refuses anything that leaves the folder or is not ours', () => {
    // URL parsing already folds a plain `..` into the path: it can only land inside the folder.
    expect(resolveAppFile('app://renderer/../main/index.js', root)).toBe(join(root, 'main', 'index.js'));
    expect(resolveAppFile('app://renderer/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    // An encoded slash survives parsing and is decoded afterwards: that one must be caught here.
    for (const url of [
      'app://renderer/..%2f..%2fetc%2fpasswd',
      'app://renderer/a%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://renderer/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });

  it('recognises its own pages only', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://renderer.evil.example/index.html')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
  });

  it('answers 404 (not an exception) for a missing file or a folder, and serves a real one with the CSP', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wp-app-protocol-'));
    try {
      await mkdir(join(folder, 'assets'));
      await writeFile(join(folder, 'index.html'), '<!doctype html><title>x</title>');
      const fetched: string[] = [];
      const fetchFile = async (url: string) => {
        fetched.push(url);
        return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'Content-Type': 'text/html' } });
      };
      const page = await serveAppFile(APP_ENTRY_URL, folder, fetchFile);
      expect(page.status).toBe(200);
      expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<title>x</title>');
      for (const url of ['app://renderer/assets/missing-chunk.js', 'app://renderer/assets', 'app://renderer/..%2f..%2fetc%2fpasswd']) {
        const response = await serveAppFile(url, folder, fetchFile);
        expect(response.status, url).toBe(404);
      }
      expect(fetched).toHaveLength(1);
      const failing = await serveAppFile(APP_ENTRY_URL, folder, async () => Promise.reject(new Error('net::ERR_FILE_NOT_FOUND')));
      expect(failing.status).toBe(404);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
