import type { Command } from 'commander';
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WidgetConfig } from '../../../shared/config/widget-config';
import { parseJsonDocument } from '../../../shared/json/json-document';
import { MessageInputError, writeModerationMessage, type ModerationInfo } from '../../../shared/message/moderation-message';
import { CONFIG_FILE_NAME, type WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import { decodeText } from '../../../shared/text/text-decoding';
import { writeFileAtomic } from '../../services/atomic-write';
import { assertOutputFile, STDOUT_PATH } from '../../services/output-path';
import { MAX_REQUEST_TEXT_BYTES, readConfigFile, readUserTextFile } from '../../services/user-text-file';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { choiceOption, PLATFORM_FALLBACK, platformOption } from '../cli-options';
import { commandPlatform, sayPlatform } from '../command-platform';
import { EXIT_OK } from '../exit-codes';
import { loadWidget, type LoadedWidget } from '../load-widget';

const MESSAGE_LANGUAGES = ['ru', 'en'] as const;

interface MessageFlags {
  config?: string;
  lang?: 'ru' | 'en';
  update?: boolean;
  output?: string;
  platform?: PlatformId;
  integrationId?: string;
  widgetCode?: string;
  accountId?: string;
  supportPhone?: string;
  supportEmail?: string;
  changes?: string;
  howItWorksFile?: string;
  instructionsFile?: string;
  /** A text, or false with --no-test-data. */
  testData?: string | false;
  testDataFile?: string;
}

export function messageCommand(program: Command, cli: CliContext): void {
  program
    .command('message')
    .description('write the moderation request (Russian or English) from manifest.json, i18n and widget-publisher.json')
    .argument('<path>', 'widget folder or widget.zip')
    .option('--config <file>', `settings to use (default: the widget's ${CONFIG_FILE_NAME}; for a zip, the one beside it, else in the current folder)`)
    .addOption(choiceOption('--lang <lang>', 'language of the request (default: ru for amoCRM, en for Kommo)', MESSAGE_LANGUAGES))
    .option('--update', 'the widget is already published: restate name and description and say what changed')
    .option('-o, --output <file>', 'write the request to a file instead of printing it (- prints it)')
    .addOption(platformOption(`marketplace the request is addressed to; sets its default language (${PLATFORM_FALLBACK})`))
    .option('--integration-id <id>', 'integration id (overrides moderation.integrationId)')
    .option('--widget-code <code>', 'widget code, when no integration exists yet (overrides moderation.widgetCode)')
    .option('--account-id <id>', 'id of the account the integration was created in (overrides moderation.accountId)')
    .option('--how-it-works-file <file>', 'text file saying how the widget works (overrides moderation.howItWorks)')
    .option('--instructions-file <file>', 'text file saying how to connect the widget and work with it (overrides moderation.instructions)')
    .option('--test-data <text>', 'test credentials for the reviewers (overrides moderation.testData)')
    .option('--test-data-file <file>', 'the test credentials from a text file')
    .option('--no-test-data', 'the widget connects to no other system: say that no test data is needed')
    .option('--support-phone <phone>', 'support phone (overrides moderation.supportPhone)')
    .option('--support-email <email>', 'support email (overrides moderation.supportEmail and the manifest)')
    .option('--changes <text>', 'what changed in this update (overrides moderation.changes)')
    .addHelpText(
      'after',
      `
Name, short description, version, languages and the support page come from manifest.json and the
i18n files; the rest from "moderation" in ${CONFIG_FILE_NAME} (privacy policy links: privacyPolicy),
or from the flags above. Test data must be given, or declared not needed (--no-test-data).
pack leaves ${CONFIG_FILE_NAME} out of widget.zip: for a zip, it is looked for beside the zip and in
the current folder, or named with --config.

Examples:
  $ widget-publisher message ./my-widget
  $ widget-publisher message widget.zip --config my-widget/${CONFIG_FILE_NAME} --lang en -o request.txt
  $ widget-publisher message ./my-widget --how-it-works-file how.txt --instructions-file connect.txt --no-test-data
  $ widget-publisher message ./my-widget --update --changes "Added Kommo support."`,
    )
    .action(async (pathArg: string, flags: MessageFlags) => {
      const widget = await loadWidget(cli, pathArg);
      const outputPath = flags.output && flags.output !== STDOUT_PATH ? cli.resolvePath(flags.output) : null;
      if (outputPath) {
        // The request holds test credentials: never beside the widget's files, where the next pack would ship it.
        const widgetFolder = widget.snapshot.source.kind === 'folder' ? widget.path : null;
        await assertOutputFile(outputPath, {
          widgetFolder,
          what: 'the moderation message (it holds the test credentials)',
          suggestion: join(dirname(widgetFolder ?? outputPath), 'moderation-request.txt'),
        });
      }
      const settings = await messageConfig(cli, widget, flags.config);
      const choice = commandPlatform(flags.platform, settings.config, widget.snapshot);
      const lang = flags.lang ?? platformProfile(choice.platform).messageLanguages[0];
      const moderation: ModerationInfo = { ...settings.config.moderation, ...(await flagInputs(cli, flags)) };
      let text: string;
      try {
        text = writeModerationMessage(
          { manifest: readJsonFile(widget.snapshot, 'manifest.json'), i18n: readI18n(widget.snapshot), moderation },
          { lang, update: flags.update ?? false, platform: choice.platform },
        );
      } catch (error) {
        if (error instanceof MessageInputError && settings.from === null && widget.snapshot.source.kind === 'zip') {
          throw new CliError(
            `${error.message}\nNo ${CONFIG_FILE_NAME} was found beside ${widget.shownAs} or in the current folder (pack leaves it out of the zip): ` +
              `pass --config <widget folder>/${CONFIG_FILE_NAME}.`,
          );
        }
        throw error;
      }
      sayPlatform(cli, choice);
      if (settings.from !== null && flags.config === undefined) cli.err(`Settings: ${settings.from}.\n`);
      if (outputPath) {
        await writeFileAtomic(outputPath, text);
        cli.out(`Wrote the moderation message (${lang}) to ${cli.displayPath(outputPath)}.\n`);
      } else {
        cli.out(text);
      }
      cli.setExitCode(EXIT_OK);
    });
}

interface MessageSettings {
  config: WidgetConfig;
  /** The config file used, as shown to the user; null when there is none. */
  from: string | null;
}

async function isPresent(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** --config, else the widget folder's own file, else (for a zip, which never holds it) beside the zip, then the current folder. */
async function messageConfig(cli: CliContext, widget: LoadedWidget, configArg: string | undefined): Promise<MessageSettings> {
  if (configArg !== undefined) return { config: await readConfigFile(cli.resolvePath(configArg), configArg), from: configArg };
  if (widget.snapshot.configText !== null) return { config: widget.config, from: null };
  if (widget.snapshot.source.kind !== 'zip') return { config: {}, from: null };
  const candidates = [...new Set([join(dirname(widget.path), CONFIG_FILE_NAME), cli.resolvePath(CONFIG_FILE_NAME)])];
  for (const candidate of candidates) {
    if (await isPresent(candidate)) {
      const shown = cli.displayPath(candidate);
      return { config: await readConfigFile(candidate, shown), from: shown };
    }
  }
  return { config: {}, from: null };
}

/** The inputs given on the command line, texts read from their files; they win over the config. */
async function flagInputs(cli: CliContext, flags: MessageFlags): Promise<ModerationInfo> {
  const fromFile = (path: string | undefined) => (path === undefined ? undefined : readUserTextFile(cli.resolvePath(path), path, MAX_REQUEST_TEXT_BYTES));
  if (typeof flags.testData === 'string' && flags.testDataFile !== undefined) {
    throw new CliError('--test-data and --test-data-file both give the test data; keep one.');
  }
  if (flags.testData === false && flags.testDataFile !== undefined) {
    throw new CliError('--no-test-data says no test data is needed, but --test-data-file gives some; keep the one that is true.');
  }
  const testData = typeof flags.testData === 'string' ? flags.testData : await fromFile(flags.testDataFile);
  const entries: ModerationInfo = {
    integrationId: flags.integrationId,
    widgetCode: flags.widgetCode,
    accountId: flags.accountId,
    supportPhone: flags.supportPhone,
    supportEmail: flags.supportEmail,
    changes: flags.changes,
    howItWorks: await fromFile(flags.howItWorksFile),
    instructions: await fromFile(flags.instructionsFile),
    testData,
    // Given on the command line, either choice replaces the config's: text means "needed", the flag "not needed".
    ...(flags.testData === false ? { noTestData: true, testData: '' } : testData !== undefined ? { noTestData: false } : {}),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** Parsed JSON of a widget file; a syntax error stops the message, since its texts would be guesses. */
function readJsonFile(snapshot: WidgetSnapshot, path: string): unknown {
  const bytes = snapshot.files.find((file) => file.path === path)?.bytes;
  if (!bytes) return undefined;
  const document = parseJsonDocument(decodeText(bytes));
  const error = document.syntaxErrors[0];
  if (error) {
    throw new CliError(`${path}:${error.line}:${error.column}: ${error.message}. Fix it (run "widget-publisher check") and try again.`);
  }
  return document.value;
}

function readI18n(snapshot: WidgetSnapshot): Record<string, unknown> {
  const texts: Record<string, unknown> = {};
  for (const file of snapshot.files) {
    const match = /^i18n\/([^/]+)\.json$/.exec(file.path);
    if (match) texts[match[1]] = readJsonFile(snapshot, file.path);
  }
  return texts;
}
