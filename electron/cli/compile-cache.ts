import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { userCacheFolder } from '../services/image-text/cache-folder';

type EnableCompileCache = (directory?: string) => unknown;

/**
 * Node 22.1 and later keep V8's compiled code of the CLI's modules between runs (module.enableCompileCache),
 * so a run only compiles what changed since the last one. The cache lives in the user's cache folder, never
 * beside the installed CLI. Node 20 has no such API: there nothing happens. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off, as Node documents.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv, api: { enableCompileCache?: EnableCompileCache } = nodeModule as { enableCompileCache?: EnableCompileCache }): void {
  if (typeof api.enableCompileCache !== 'function') return;
  try {
    api.enableCompileCache(join(userCacheFolder(env), 'compile-cache'));
  } catch {
    // A cache that cannot be written only costs speed; the run goes on without it.
  }
}
