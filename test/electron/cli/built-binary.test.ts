import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle } from '../../helpers/build-cli';
import { INIT_FLAGS, tempFolder } from './cli-harness';

const ROOT = resolve(__dirname, '../../..');
const BINARY = join(ROOT, 'dist/cli/index.js');

async function buildCli(): Promise<void> {
  await buildCliBundle(BINARY);
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BINARY, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built widget-publisher binary', { timeout: 180_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
    await buildCli();
  });
  afterAll(async () => work.remove());

  it('starts with a shebang and runs as node dist/cli/index.js', async () => {
    expect((await readFile(BINARY, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = cli(work.path, ['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('inits, checks and packs a widget with the documented exit codes', () => {
    const init = cli(work.path, ['init', 'deals', ...INIT_FLAGS]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);

    // A first check reads the words in the slides (an empty cache): nothing but the report reaches the terminal.
    const check = cli(work.path, ['check', 'deals'], { XDG_CACHE_HOME: join(work.path, 'empty-cache') });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('✔ ready for moderation');

    const pack = cli(work.path, ['pack', 'deals']);
    expect(pack.code).toBe(0);
    const zip = cli(work.path, ['check', 'widget.zip', '--format', 'json']);
    expect(zip.code).toBe(0);
    expect(JSON.parse(zip.stdout).summary.errors).toBe(0);

    const missing = cli(work.path, ['check', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("starts a repeated command from V8's code cache in the user's cache folder, with the same output", async () => {
    expect(cli(work.path, ['init', 'cached', ...INIT_FLAGS]).code).toBe(0);
    const cacheHome = join(work.path, 'cache-home');
    const env = { XDG_CACHE_HOME: cacheHome, WIDGET_PUBLISHER_DEBUG: '1' };
    const first = cli(work.path, ['check', 'cached', '--no-ocr'], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('code cache stored-at-exit');
    const files = await readdir(join(cacheHome, 'widget-publisher', 'code-cache'));
    expect(files).toEqual([expect.stringMatching(/^check-[0-9a-f]{32}\.v8cache$/)]);

    const again = cli(work.path, ['check', 'cached', '--no-ocr'], env);
    expect(again.stderr).toContain('code cache accepted');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);

    const off = cli(work.path, ['check', 'cached', '--no-ocr'], { ...env, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.stderr).toContain('code cache off');
    expect(off.stdout).toBe(first.stdout);
  });

  it('ships the program as ASCII, which the code cache reads without decoding UTF-8', async () => {
    const program = await readFile(join(ROOT, 'dist/cli/program.cjs'));
    expect(program.length).toBeGreaterThan(100_000);
    expect(program.every((byte) => byte < 0x80)).toBe(true);
  });
});
