import { Command, CommanderError } from 'commander';
import { createCliContext, type CliContext } from '../../../electron/cli/cli-context';
import { imagesCommand } from '../../../electron/cli/commands/images';
import { slidesCommand } from '../../../electron/cli/commands/slides';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A context writing into strings, as a terminal-less run in `cwd` would. */
export function captureContext(cwd: string): { cli: CliContext; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const cli = createCliContext(
    { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, cwd, env: {} },
    { name: 'widget-publisher', version: 'test' },
  );
  return { cli, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Parse `argv` with a program holding only the image commands, as `widget-publisher <argv>` would. */
export async function runImageCommand(cwd: string, argv: string[]): Promise<CommandRun> {
  const { cli, stdout, stderr } = captureContext(cwd);
  const program = new Command('widget-publisher')
    .exitOverride()
    .configureOutput({ writeOut: (text) => cli.out(text), writeErr: (text) => cli.err(text) });
  imagesCommand(program, cli);
  slidesCommand(program, cli);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { code: cli.exitCode, stdout: stdout(), stderr: stderr() };
  } catch (error) {
    if (error instanceof CommanderError) return { code: 2, stdout: stdout(), stderr: stderr() };
    throw error;
  }
}
