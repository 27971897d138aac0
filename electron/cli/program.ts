import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { terminalSafe } from '../../shared/format/terminal-safe';
import type { ToolInfo } from '../../shared/format/tool-info';
import { createCliContext, type CliContext } from './cli-context';
import { describeError, errorExitCode } from './cli-error';
import type { CliIo } from './cli-io';
import { checkCommand } from './commands/check';
import { docsCommand } from './commands/docs';
import { fixCommand } from './commands/fix';
import { imagesCommand } from './commands/images';
import { initCommand } from './commands/init';
import { messageCommand } from './commands/message';
import { packCommand } from './commands/pack';
import { slidesCommand } from './commands/slides';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes';

export const TOOL: ToolInfo = { name: 'widget-publisher', version };

const EXAMPLES = `
Examples:
  $ widget-publisher init my-widget --locales en --name "Deals to Telegram" --company Acme \\
      --teaser "Deal alerts in Telegram" --description "Sends new deals to Telegram." \\
      --support-email help@acme.io --yes
  $ widget-publisher check my-widget
  $ widget-publisher check widget.zip --format sarif > results.sarif
  $ widget-publisher fix my-widget
  $ widget-publisher images logo.svg --out my-widget/images
  $ widget-publisher slides shot1.png shot2.png --locale en --out my-widget/images
  $ widget-publisher pack my-widget -o dist/widget.zip
  $ widget-publisher message my-widget --lang en

Exit codes: 0 success, 1 findings over the limit (check) or pack refused, 2 could not run.`;

export function createProgram(cli: CliContext): Command {
  const program = new Command('widget-publisher')
    .description('Check, fix and pack amoCRM and Kommo marketplace widgets, and write the moderation request.')
    .version(TOOL.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => cli.out(text),
      writeErr: (text) => cli.err(text),
    })
    .addHelpText('after', EXAMPLES);

  checkCommand(program, cli);
  packCommand(program, cli);
  messageCommand(program, cli);
  fixCommand(program, cli);
  initCommand(program, cli);
  imagesCommand(program, cli);
  slidesCommand(program, cli);
  docsCommand(program, cli);
  return program;
}

/**
 * Run the CLI with `argv` (the arguments after the program name) and return the exit code.
 * Never throws and never prints a stack trace: every failure becomes a message and exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = createCliContext(io, TOOL);
  const program = createProgram(cli);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_OK;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message (or the help / version).
      return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    cli.err(`widget-publisher: ${terminalSafe(describeError(error), { keepLineBreaks: true })}\n`);
    if (cli.env.WIDGET_PUBLISHER_DEBUG && error instanceof Error && error.stack) cli.err(`${error.stack}\n`);
    return Math.max(errorExitCode(error), cli.exitCode);
  }
}
