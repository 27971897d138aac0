import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { enableCompileCache } from '../../../electron/cli/compile-cache';
import { userCacheFolder } from '../../../electron/services/image-text/cache-folder';

describe('the CLI compile cache', () => {
  it("turns Node's compile cache on in the user's cache folder, never beside the installed CLI", () => {
    const enable = vi.fn();
    const env = { XDG_CACHE_HOME: '/home/ann/.cache-x', HOME: '/home/ann' };
    enableCompileCache(env, { enableCompileCache: enable });
    expect(enable).toHaveBeenCalledExactlyOnceWith(join(userCacheFolder(env), 'compile-cache'));
    if (process.platform === 'linux') expect(enable).toHaveBeenCalledWith('/home/ann/.cache-x/widget-publisher/compile-cache');
  });

  it('does nothing on a Node without the API (Node 20), and a cache that cannot be made does not stop the run', () => {
    expect(() => enableCompileCache({}, {})).not.toThrow();
    const failing = vi.fn(() => {
      throw new Error('EACCES: permission denied');
    });
    expect(() => enableCompileCache({ XDG_CACHE_HOME: '/nowhere' }, { enableCompileCache: failing })).not.toThrow();
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
