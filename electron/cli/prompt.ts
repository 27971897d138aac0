import { createInterface } from 'node:readline';
import type { CliContext } from './cli-context';
import { CliError } from './cli-error';

/** Questions on a terminal; init only creates one when stdin is a TTY. */
export interface Prompter {
  /** The answer, or the default when the user just presses Enter. */
  ask(question: string, defaultValue?: string): Promise<string>;
  close(): void;
}

export function isInteractive(cli: CliContext): boolean {
  return cli.io.stdin?.isTTY === true;
}

export function createPrompter(cli: CliContext): Prompter {
  const input = cli.io.stdin;
  if (!input) throw new CliError('No terminal to ask questions on; pass the answers as flags (see --help).');
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async ask(question, defaultValue) {
      cli.out(defaultValue ? `${question} (${defaultValue}): ` : `${question}: `);
      const next = await iterator.next();
      if (next.done) throw new CliError('Input ended before every question was answered; nothing was written.');
      const answer = String(next.value).trim();
      return answer === '' ? (defaultValue ?? '') : answer;
    },
    close() {
      lines.close();
    },
  };
}
