import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

/**
 * Runs the CLI's program (dist/cli/program.cjs, one CommonJS bundle) with V8's code cache: the first run of
 * a command stores the machine code V8 compiled for it, and every later run of that command starts from it
 * instead of compiling the program again (half of a small widget's check was compiling). Node 22 has
 * `module.enableCompileCache` for this; Node 20 does not, so the CLI does it itself with `vm.Script`'s
 * `cachedData`, the same way on every Node version.
 */
export interface CachedProgram {
  /** The CommonJS program to run. */
  programFile: string;
  /** Where cache files live (the user's cache folder, never the install folder), or null to run without one. */
  cacheFolder: string | null;
  /** Names the cache file: each command compiles different functions (`check` against `--version`). */
  variant: string;
}

/** A code cache is about a third of the program's size; anything far larger is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const CACHE_SUFFIX = '.v8cache';

/** The CommonJS module wrapper, so the program sees `require`, `module` and `__filename` as in any module. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/**
 * The cache file's name: the variant, then a hash of the program's text, Node's version and the CPU. A new
 * release of the CLI (or of Node) gets a new file instead of code compiled for another program: V8 itself
 * only compares the source's length.
 */
export function cacheFileName(program: Buffer, variant: string): string {
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(program).digest('hex').slice(0, 32);
  return `${variant}-${key}${CACHE_SUFFIX}`;
}

/** `check`, `images` ...: the command the run starts, or `start` for `--version`, `--help` and the like. */
export function cacheVariant(args: readonly string[]): string {
  const command = args.find((arg) => !arg.startsWith('-'));
  return command !== undefined && /^[a-z][a-z0-9-]{0,31}$/.test(command) ? command : 'start';
}

/**
 * The stored cache, or undefined. Only a regular file is read: never through a link, never a FIFO or a
 * device someone put in its place (O_NONBLOCK keeps a FIFO from blocking the open).
 */
export function readCodeCache(file: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    if (!lstatSync(file).isFile()) return undefined;
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(descriptor);
    const { size } = stat;
    if (!stat.isFile() || size === 0 || size > MAX_CACHE_BYTES) return undefined;
    const data = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, data, read, size - read, read);
      if (count === 0) return undefined;
      read += count;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Writes the cache beside its final name and renames it into place, so a run that reads it never sees half
 * a file (two runs may write at once), then removes the same command's caches of other releases.
 */
export function storeCodeCache(folder: string, name: string, data: Buffer): void {
  const temporary = join(folder, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { flag: 'wx', mode: 0o600 });
    renameSync(temporary, join(folder, name));
  } catch {
    // A cache that cannot be written only costs the next run some speed.
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    return;
  }
  const variant = name.slice(0, name.lastIndexOf('-') + 1);
  try {
    for (const entry of readdirSync(folder)) {
      if (entry !== name && entry.startsWith(variant) && entry.endsWith(CACHE_SUFFIX) && lstatSync(join(folder, entry)).isFile()) unlinkSync(join(folder, entry));
    }
  } catch {
    // Left for the next write to remove.
  }
}

/** Result of a run, for tests and the debug output: whether V8 took the stored code. */
export interface CodeCacheUse {
  cacheFile: string | null;
  /** `accepted`: compiled from the cache; `stored-at-exit`: none (or a stale one), a new one is written at exit. */
  state: 'off' | 'accepted' | 'stored-at-exit';
}

/** `atExit` is for tests; a run stores its cache when the process exits. */
export function runCachedProgram({ programFile, cacheFolder, variant }: CachedProgram, atExit = (store: () => void) => void process.once('exit', store)): CodeCacheUse {
  const program = readFileSync(programFile);
  // The build makes the program ASCII (build.mjs), which reads as one byte a character, faster than UTF-8.
  const source = isAscii(program) ? program.toString('latin1') : program.toString('utf8');
  const name = cacheFolder === null ? null : cacheFileName(program, variant);
  const cacheFile = cacheFolder === null || name === null ? null : join(cacheFolder, name);
  const cachedData = cacheFile === null ? undefined : readCodeCache(cacheFile);
  const script = new Script(wrap(source), {
    filename: programFile,
    cachedData,
    // A dependency's own `import()` resolves as it would in a module Node loaded (Node 20.12 and later).
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  let state: CodeCacheUse['state'] = 'off';
  if (cacheFolder !== null && name !== null) {
    if (cachedData !== undefined && !script.cachedDataRejected) state = 'accepted';
    else {
      state = 'stored-at-exit';
      // At exit the cache holds every function this run compiled, not only the top level.
      atExit(() => storeCodeCache(cacheFolder, name, script.createCachedData()));
    }
  }
  const programModule = { exports: {} };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run.call(programModule.exports, programModule.exports, createRequire(programFile), programModule, programFile, dirname(programFile));
  return { cacheFile, state };
}
