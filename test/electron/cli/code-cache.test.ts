import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asciiOnly } from '../../../build.mjs';
import { cacheFileName, cacheVariant, readCodeCache, runCachedProgram, storeCodeCache } from '../../../electron/cli/code-cache';
import { tempFolder } from './cli-harness';

type Results = { ran: number; filename?: string; helper?: string; sum?: number };

/** A small CommonJS program like dist/cli/program.cjs: it requires a file beside it and reports to a global. */
function writeProgram(folder: string, body = 'results.sum = [1, 2, 3].map((n) => n * 2).reduce((a, b) => a + b, 0);'): string {
  writeFileSync(join(folder, 'helper.cjs'), "module.exports = 'beside the program';");
  const file = join(folder, 'program.cjs');
  writeFileSync(
    file,
    [
      'const results = globalThis.__codeCacheTest;',
      'results.ran += 1;',
      'results.filename = __filename;',
      "results.helper = require('./helper.cjs');",
      'function work(n) { let total = 0; for (let i = 0; i < n; i += 1) total += i % 7; return total; }',
      'work(1000);',
      body,
    ].join('\n'),
  );
  return file;
}

describe("the CLI's code cache", () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;
  let results: Results;
  beforeEach(async () => {
    work = await tempFolder('wp-code-cache-');
    results = { ran: 0 };
    (globalThis as { __codeCacheTest?: Results }).__codeCacheTest = results;
  });
  afterEach(async () => {
    delete (globalThis as { __codeCacheTest?: Results }).__codeCacheTest;
    await work.remove();
  });

  /** One run as the CLI makes it; the exit hooks run when the test says the process "exits". */
  function run(programFile: string, cacheFolder: string | null, variant = 'check') {
    const exits: Array<() => void> = [];
    const use = runCachedProgram({ programFile, cacheFolder, variant }, (store) => {
      exits.push(store);
    });
    return { use, exit: () => exits.forEach((store) => store()) };
  }

  it('runs the program as a CommonJS module, then stores the code at exit and starts the next run from it', () => {
    const program = writeProgram(work.path);
    const cache = join(work.path, 'cache');
    const first = run(program, cache);
    expect(results).toMatchObject({ ran: 1, filename: program, helper: 'beside the program', sum: 12 });
    expect(first.use.state).toBe('stored-at-exit');
    expect(existsSync(cache)).toBe(false);
    first.exit();
    expect(readdirSync(cache)).toEqual([cacheFileName(readFileSync(program), 'check')]);

    const second = run(program, cache);
    expect(second.use).toEqual({ state: 'accepted', cacheFile: join(cache, cacheFileName(readFileSync(program), 'check')) });
    expect(results).toMatchObject({ ran: 2, sum: 12 });
  });

  it('replaces a cache V8 refuses (damaged, or from another build of V8) instead of running without one forever', () => {
    const program = writeProgram(work.path);
    const cache = join(work.path, 'cache');
    const file = join(cache, cacheFileName(readFileSync(program), 'check'));
    mkdirSync(cache);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const damaged = run(program, cache);
    expect(damaged.use.state).toBe('stored-at-exit');
    expect(results.sum).toBe(12);
    damaged.exit();
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(run(program, cache).use.state).toBe('accepted');
  });

  it('keeps one cache a command: a new release replaces its own, other commands keep theirs', () => {
    const program = writeProgram(work.path);
    const cache = join(work.path, 'cache');
    run(program, cache, 'check').exit();
    run(program, cache, 'images').exit();
    const before = readFileSync(program);
    writeProgram(work.path, 'results.sum = 99;');
    const release = run(program, cache, 'check');
    expect(release.use.state).toBe('stored-at-exit');
    expect(results.sum).toBe(99);
    release.exit();
    expect(readdirSync(cache).sort()).toEqual([cacheFileName(readFileSync(program), 'check'), cacheFileName(before, 'images')].sort());
    expect(readdirSync(cache)).not.toContain(cacheFileName(before, 'check'));
  });

  it('runs without a cache when it is off or its folder cannot be made', () => {
    const program = writeProgram(work.path);
    const off = run(program, null);
    expect(off.use).toEqual({ state: 'off', cacheFile: null });
    off.exit();
    expect(results.ran).toBe(1);
    const blocked = join(work.path, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const unwritable = run(program, join(blocked, 'cache'));
    expect(() => unwritable.exit()).not.toThrow();
    expect(results.ran).toBe(2);
  });

  it('reads only a regular file: never through a link, never a FIFO, a folder or an empty file', () => {
    const real = join(work.path, 'real.v8cache');
    writeFileSync(real, 'cached code');
    expect(readCodeCache(real)?.toString()).toBe('cached code');
    const link = join(work.path, 'link.v8cache');
    symlinkSync(real, link);
    expect(readCodeCache(link)).toBeUndefined();
    expect(readCodeCache(work.path)).toBeUndefined();
    writeFileSync(join(work.path, 'empty.v8cache'), '');
    expect(readCodeCache(join(work.path, 'empty.v8cache'))).toBeUndefined();
    expect(readCodeCache(join(work.path, 'missing.v8cache'))).toBeUndefined();
    if (process.platform !== 'win32') {
      const fifo = join(work.path, 'fifo.v8cache');
      execFileSync('mkfifo', [fifo]);
      // A plain read would block here forever.
      expect(readCodeCache(fifo)).toBeUndefined();
    }
  });

  it('writes through a temporary file and leaves no temporary file behind', () => {
    const cache = join(work.path, 'cache');
    storeCodeCache(cache, 'check-abc.v8cache', Buffer.from('code'));
    expect(readdirSync(cache)).toEqual(['check-abc.v8cache']);
    expect(readFileSync(join(cache, 'check-abc.v8cache'), 'utf8')).toBe('code');
  });

  it('names the cache after the command a run starts', () => {
    expect(cacheVariant(['check', '.', '--format', 'json'])).toBe('check');
    expect(cacheVariant(['--no-color', 'images', 'logo.png'])).toBe('images');
    expect(cacheVariant(['--version'])).toBe('start');
    expect(cacheVariant([])).toBe('start');
    expect(cacheVariant(['../../etc/passwd'])).toBe('start');
    expect(cacheVariant(['Check'])).toBe('start');
  });
});

describe('the ASCII-only program the build writes', () => {
  it('escapes non-ASCII characters in regular expressions and comments to the same characters', () => {
    const source = "const filler = /текст|’/g; // a comment — with a dash\nmodule.exports = filler;";
    const escaped = asciiOnly(source, 'program.cjs');
    expect([...escaped].every((character) => character.charCodeAt(0) < 0x80)).toBe(true);
    const load = (code: string) => {
      const module = { exports: {} as RegExp };
      new Function('module', code)(module);
      return module.exports;
    };
    expect(load(escaped).source).not.toBe(load(source).source);
    for (const text of ['текст', '’', 'текст’', 'текс', "'"]) expect(load(escaped).test(text)).toBe(new RegExp(load(source).source).test(text));
    expect(load(escaped).flags).toBe('g');
  });

  it('stops the build at a non-ASCII character after a backslash, whose escape would mean something else', () => {
    expect(() => asciiOnly('const quote = /\\’/;', 'program.cjs')).toThrow(/escaped non-ASCII character at offset 16/);
  });
});
