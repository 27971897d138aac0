import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliInput, CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Lines typed at a terminal; stdin is a TTY only when given. */
  typed?: string[];
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

function buffer(tty: boolean) {
  const chunks: string[] = [];
  return { stream: { write: (text: string) => chunks.push(text), isTTY: tty }, text: () => chunks.join('') };
}

/** check and pack cache the words read in images: in the temp folder, never in the tester's own cache. */
const TEST_CACHE = join(tmpdir(), 'widget-publisher-test-cache');

/** Run the CLI in-process in `cwd`, as a user would type `widget-publisher <argv>`. */
export async function run(cwd: string, argv: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = buffer(options.tty ?? false);
  const stderr = buffer(options.tty ?? false);
  let stdin: CliInput | undefined;
  if (options.typed) {
    const input = new PassThrough() as PassThrough & { isTTY?: boolean };
    input.isTTY = true;
    input.end(`${options.typed.join('\n')}\n`);
    stdin = input;
  }
  const io: CliIo = { stdout: stdout.stream, stderr: stderr.stream, stdin, cwd, env: { XDG_CACHE_HOME: TEST_CACHE, ...options.env } };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export async function tempFolder(prefix = 'wp-cli-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function copyFolder(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

/** Flags for a complete Russian and English amoCRM widget, made without questions. */
export const INIT_FLAGS = [
  '--locales',
  'ru,en',
  '--company',
  'Acme',
  '--name',
  'ru:Сделки в Telegram',
  '--name',
  'en:Deals to Telegram',
  '--teaser',
  'ru:Уведомления о новых сделках в Telegram',
  '--teaser',
  'en:Alerts about new deals in Telegram',
  '--description',
  'ru:Виджет присылает уведомление в ваш чат Telegram, когда в аккаунте появляется новая сделка.',
  '--description',
  'en:The widget sends an alert to your Telegram chat when a new deal is created in the account.',
  '--support-email',
  'help@acme-widgets.io',
  '--yes',
];

/** A fresh widget made by `init` in `parent/name` (the slow part of these tests: the images). */
export async function initWidget(parent: string, name: string): Promise<string> {
  const result = await run(parent, ['init', name, ...INIT_FLAGS]);
  if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
  return join(parent, name);
}
