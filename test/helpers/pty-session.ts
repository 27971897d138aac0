import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DRIVER = join(import.meta.dirname, 'pty-session.py');

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', left: '\u001b[D', right: '\u001b[C', down: '\u001b[B', up: '\u001b[A', backspace: '\u007f', space: ' ', ctrlC: '\u0003' } as const;

export interface PtySession {
  /** Everything the terminal showed, with colour and cursor codes removed. */
  screen: string;
  exitCode: number | null;
  /** The text a step waited for in vain, if any. */
  timedOut: string | null;
}

/** Whether this machine can run a pseudo-terminal session (Python 3 with its pty module). */
export async function ptyAvailable(): Promise<boolean> {
  return run('python3', ['-c', 'import pty']).then(
    () => true,
    () => false,
  );
}

/**
 * Run `command` in a pseudo-terminal and type into it: each step waits for its text to appear, then
 * sends its keys (see KEY).
 */
export async function ptySession(cwd: string, command: string[], steps: Array<[waitFor: string, keys: string]>): Promise<PtySession> {
  const { stdout } = await run('python3', [DRIVER, cwd, JSON.stringify(steps), ...command], { maxBuffer: 16 * 1024 * 1024, timeout: 180_000 });
  const result = JSON.parse(stdout) as { output: string; exitCode: number | null; timedOut: string | null };
  // eslint-disable-next-line no-control-regex
  const screen = result.output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  return { screen, exitCode: result.exitCode, timedOut: result.timedOut };
}
