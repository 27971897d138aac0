import { Option, type Command } from 'commander';
import { dirname, join } from 'node:path';
import { resolvePlatform } from '../../../shared/check/check-widget';
import { parseJsonDocument } from '../../../shared/json/json-document';
import { writeModerationMessage, type ModerationInfo } from '../../../shared/message/moderation-message';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import { decodeText } from '../../../shared/text/text-decoding';
import { writeFileAtomic } from '../../services/atomic-write';
import { assertOutputFile, STDOUT_PATH } from '../../services/output-path';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { platformOption } from '../cli-options';
import { EXIT_OK } from '../exit-codes';
import { loadWidget } from '../load-widget';

interface MessageFlags {
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
}

export function messageCommand(program: Command, cli: CliContext): void {
  program
    .command('message')
    .description('write the moderation request (Russian or English) from manifest.json, i18n and widget-publisher.json')
    .argument('<path>', 'widget folder or widget.zip')
    .addOption(new Option('--lang <lang>', 'language of the message (default: ru for amoCRM, en for Kommo)').choices(['ru', 'en']))
    .option('--update', 'the widget is already published: restate name and description and say what changed')
    .option('-o, --output <file>', 'write the message to a file instead of printing it (- prints it)')
    .addOption(platformOption())
    .option('--integration-id <id>', 'integration id (overrides moderation.integrationId)')
    .option('--widget-code <code>', 'widget code, when no integration exists yet (overrides moderation.widgetCode)')
    .option('--account-id <id>', 'id of the account the integration was created in (overrides moderation.accountId)')
    .option('--support-phone <phone>', 'support phone (overrides moderation.supportPhone)')
    .option('--support-email <email>', 'support email (overrides moderation.supportEmail and the manifest)')
    .option('--changes <text>', 'what changed in this update (overrides moderation.changes)')
    .addHelpText(
      'after',
      `
How the widget works, how to connect it and the test data are longer texts: set them in
widget-publisher.json under "moderation" (howItWorks, instructions, testData).

Examples:
  $ widget-publisher message ./my-widget
  $ widget-publisher message ./my-widget --lang en -o moderation-request.txt
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
      const platform = resolvePlatform({ platform: flags.platform, config: widget.config });
      const lang = flags.lang ?? platformProfile(platform).messageLanguages[0];
      const moderation: ModerationInfo = { ...widget.config.moderation, ...definedFlags(flags) };
      const text = writeModerationMessage(
        { manifest: readJsonFile(widget.snapshot, 'manifest.json'), i18n: readI18n(widget.snapshot), moderation },
        { lang, update: flags.update ?? false, platform },
      );
      if (!moderation.testData?.trim()) {
        cli.err(
          'Note: "moderation.testData" is not set, so the message says no test data is needed. If the widget connects to another system, add the test credentials there.\n',
        );
      }
      if (outputPath) {
        await writeFileAtomic(outputPath, text);
        cli.out(`Wrote the moderation message (${lang}) to ${cli.displayPath(outputPath)}.\n`);
      } else {
        cli.out(text);
      }
      cli.setExitCode(EXIT_OK);
    });
}

function definedFlags(flags: MessageFlags): ModerationInfo {
  const entries = {
    integrationId: flags.integrationId,
    widgetCode: flags.widgetCode,
    accountId: flags.accountId,
    supportPhone: flags.supportPhone,
    supportEmail: flags.supportEmail,
    changes: flags.changes,
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
