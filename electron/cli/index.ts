#!/usr/bin/env node
// The entry only starts the program (program.cjs beside it, built from run-process.ts) through V8's code
// cache, so it stays small: everything it imports is compiled before the cache can help.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCacheFolder } from '../services/image-text/cache-folder';
import { cacheVariant, runCachedProgram } from './code-cache';

// NODE_DISABLE_COMPILE_CACHE=1 turns the cache off, as it does Node's own compile cache.
const cacheFolder = process.env.NODE_DISABLE_COMPILE_CACHE ? null : join(userCacheFolder(process.env), 'code-cache');
const use = runCachedProgram({
  programFile: fileURLToPath(new URL('./program.cjs', import.meta.url)),
  cacheFolder,
  variant: cacheVariant(process.argv.slice(2)),
});
if (process.env.WIDGET_PUBLISHER_DEBUG) process.stderr.write(`widget-publisher: code cache ${use.state}${use.cacheFile ? ` (${JSON.stringify(use.cacheFile)})` : ''}\n`);
