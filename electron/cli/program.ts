import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import type { ToolInfo } from '../../shared/format/tool-info';
import { createCliContext, type CliContext } from './cli-context';
import { describeError, errorExitCode, formatCliError } from './cli-error';
import type { CliIo } from './cli-io';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK } from './exit-codes';

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

type RegisterCommand = (program: Command, cli: CliContext) => void;

/**
 * Every command, in the order a new widget meets them (create, check, repair, images, pack, the request),
 * each loaded from its own module: a run loads only the command it runs, so `check` never loads the image
 * studio, the prompts or the zip writer.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<RegisterCommand>]> = [
  ['init', async () => (await import('./commands/init')).initCommand],
  ['check', async () => (await import('./commands/check')).checkCommand],
  ['fix', async () => (await import('./commands/fix')).fixCommand],
  ['images', async () => (await import('./commands/images')).imagesCommand],
  ['slides', async () => (await import('./commands/slides')).slidesCommand],
  ['pack', async () => (await import('./commands/pack')).packCommand],
  ['message', async () => (await import('./commands/message')).messageCommand],
  ['docs', async () => (await import('./commands/docs')).docsCommand],
];

/** The commands a run needs: the one it names, none for the version alone, every one for help and mistakes. */
function commandsFor(argv: readonly string[]): typeof COMMANDS {
  const named = COMMANDS.find(([name]) => name === argv[0]);
  if (named) return [named];
  if (argv.length === 1 && (argv[0] === '-v' || argv[0] === '--version')) return [];
  return COMMANDS;
}

export async function createProgram(cli: CliContext, commands: typeof COMMANDS = COMMANDS): Promise<Command> {
  const program = new Command('widget-publisher')
    .description('Check, fix and pack amoCRM and Kommo marketplace widgets, and write the moderation request.')
    .version(TOOL.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => cli.out(text),
      writeErr: (text) => cli.err(text),
      // Parse errors are printed by runCli in the tool's own error shape, with the command's --help hint.
      outputError: () => undefined,
    })
    .addHelpText('after', EXAMPLES);
  const registers = await Promise.all(commands.map(([, load]) => load()));
  for (const register of registers) register(program, cli);
  return program;
}

/**
 * Run the CLI with `argv` (the arguments after the program name) and return the exit code.
 * Never throws and never prints a stack trace: every failure becomes a message and exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = createCliContext(io, TOOL);
  const program = await createProgram(cli, commandsFor(argv));
  if (argv.length === 0) {
    // As npm and ESLint do: nothing asked for is a usage error, answered with the usage.
    program.outputHelp({ error: true });
    return EXIT_FAILURE;
  }
  const command = program.commands.find((candidate) => candidate.name() === argv[0])?.name() ?? null;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were printed by commander; a parse error is printed here like every other error.
      if (error.exitCode === 0) return EXIT_OK;
      cli.err(formatCliError(error.message.replace(/^error: /, ''), command));
      return EXIT_FAILURE;
    }
    // Ctrl-C at a prompt is the user's choice, not a usage problem.
    cli.err(formatCliError(describeError(error), command, errorExitCode(error) !== EXIT_INTERRUPTED));
    if (cli.env.WIDGET_PUBLISHER_DEBUG && error instanceof Error && error.stack) cli.err(`${error.stack}\n`);
    return Math.max(errorExitCode(error), cli.exitCode);
  }
}
