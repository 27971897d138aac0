import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, vi } from 'vitest';
import { validWidgetFiles, type FixtureFiles } from '../helpers/widget-fixture';
import { removeTempFolders, tempFolder, writeTree } from '../electron/services/widget-on-disk';

/**
 * The hostile-input suite runs the real CLI as a child process with a small heap and a time limit,
 * so a case that regresses to "eats all memory" or "hangs forever" fails (killed, exit code not 0-2)
 * instead of taking the test run or the machine down with it.
 */

const ROOT = resolve(__dirname, '../..');
/** Each test file bundles its own copy: parallel workers never write the same file. */
const BUILD_FOLDER = join(ROOT, 'dist', 'test-hostile');

export interface HostileRun {
  /** Exit code; null when the process was killed (time limit, out of memory). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface HostileCli {
  run(cwd: string, args: readonly string[], options?: RunLimits): HostileRun;
  remove(): Promise<void>;
}

export interface RunLimits {
  /** V8 heap, MB (default 512: far less than the gigabytes the unfixed cases took). */
  heapMb?: number;
  /** Wall-clock limit, ms (default 60 s on a shared 2-core machine). */
  timeoutMs?: number;
  env?: Record<string, string>;
}

export async function buildHostileCli(): Promise<HostileCli> {
  await mkdir(BUILD_FOLDER, { recursive: true });
  const binary = join(BUILD_FOLDER, `cli-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'electron/cli/run-process.ts')],
    outfile: binary,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return {
    run(cwd, args, options = {}) {
      const result = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 512}`, binary, ...args], {
        cwd,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      return {
        code: result.status,
        signal: result.signal,
        stdout: result.stdout.toString('utf8'),
        stderr: result.stderr.toString('utf8'),
        stdoutBytes: result.stdout,
      };
    },
    remove: () => rm(binary, { force: true }),
  };
}

/**
 * A case runs the CLI up to two or three times, each run bounded by its own `timeoutMs`; the test's own
 * limit sits above their sum, so on a busy machine a slow but bounded case passes and a hang is reported
 * by the killed run (exit code null), not by a race between the two limits.
 */
const CASE_TIMEOUT_MS = 200_000;

/** The CLI built once for a test file, removed with the file's temporary folders afterwards. */
export function useHostileCli(): () => HostileCli {
  vi.setConfig({ testTimeout: CASE_TIMEOUT_MS });
  let cli: HostileCli | undefined;
  beforeAll(async () => {
    cli = await buildHostileCli();
  });
  afterAll(async () => {
    await cli?.remove();
    await removeTempFolders();
  });
  return () => cli as HostileCli;
}

/** A widget folder with the valid text files and whatever the case adds or replaces. */
export async function widgetFolder(overrides: FixtureFiles = {}, prefix = 'wp-hostile-'): Promise<string> {
  const root = await tempFolder(prefix);
  const folder = join(root, 'widget');
  await mkdir(folder);
  return writeTree(folder, { ...validWidgetFiles(), ...overrides });
}

export { tempFolder, writeTree, craftZip, hasCommand } from '../electron/services/widget-on-disk';
export { validWidgetFiles } from '../helpers/widget-fixture';

/** A rule id printed in a text report line. */
export function findingsOf(report: string, ruleId: string): string[] {
  return report.split('\n').filter((line) => line.trimEnd().endsWith(ruleId));
}
