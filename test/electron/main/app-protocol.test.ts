import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppFile } from '../../../electron/main/app-protocol';

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
});
