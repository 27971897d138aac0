import type { Command } from 'commander';
import { readdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkWidget } from '../../../shared/check/check-widget';
import { formatText } from '../../../shared/format/format-text';
import { DEFAULT_PLATFORM, PLATFORM_IDS, platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import {
  addLocalizedValue,
  emptyLocalized,
  resolveInitInput,
  type InitInput,
  type LocalizedInput,
} from '../../../shared/scaffold/scaffold-answers';
import { cssNamespace } from '../../../shared/scaffold/widget-scaffold';
import { buildNewWidget, writeNewWidget } from '../../services/widget-scaffolder';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { platformOption } from '../cli-options';
import { EXIT_OK } from '../exit-codes';
import { askInitAnswers, askLocales, askPlatform, promptContext, type PromptContext } from '../init-prompts';
import { checkLocales, parseLocaleList } from '../../../shared/scaffold/init-field-checks';

interface InitFlags {
  platform?: PlatformId;
  name?: string[];
  company?: string;
  teaser?: string[];
  description?: string[];
  locales?: string;
  supportEmail?: string;
  supportLink?: string;
  code?: string;
  yes?: boolean;
  force?: boolean;
}

/** Locale codes any platform offers: `--name ru:...` is read as a per-locale value only for these. */
const KNOWN_LOCALES = [...new Set(PLATFORM_IDS.flatMap((id) => platformProfile(id).locales))];

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function initCommand(program: Command, cli: CliContext): void {
  program
    .command('init')
    .description('create a new widget that passes check: manifest, i18n, script.js, style.css, config, starter logo and slides')
    .argument('<folder>', 'folder to create (must be empty unless --force)')
    .addOption(platformOption('marketplace the widget is made for: its locales, text limits and default locales (default: asked on a terminal, else amocrm)'))
    .option('--name <text>', 'product name; "via <company>" is added. Repeat as --name ru:<text> per locale', collect)
    .option('--company <name>', 'your company, for "Product via Company"')
    .option('--teaser <text>', `short description (at most ${platformProfile(DEFAULT_PLATFORM).text.teaserMax} characters); per locale as --teaser en:<text>`, collect)
    .option('--description <text>', 'full description; per locale as --description en:<text>', collect)
    .option('--locales <list>', 'comma-separated locales (default: ru,en for amoCRM, en,es for Kommo)')
    .option('--support-email <email>', 'support email for the manifest')
    .option('--support-link <url>', 'support page (https) for the manifest')
    .option('--code <code>', 'widget code for class names and the CSS namespace (default: from company and name)')
    .option('-y, --yes', 'do not ask: take defaults for what is not given')
    .option('--force', 'write into a folder that is not empty (files init makes are replaced)')
    .addHelpText(
      'after',
      `
On a terminal, asks for what the flags do not give (and again for a flag value that would not pass),
checking each answer as it is typed; Ctrl-C stops without writing anything. Never asks when stdin is
not a terminal (CI, pipes) or with --yes: then every missing or wrong flag is named.

Examples:
  $ widget-publisher init my-widget
  $ widget-publisher init my-widget --locales en --name "Deals to Telegram" --company Acme \\
      --teaser "Deal alerts in your Telegram chat" \\
      --description "Sends an alert to Telegram when a deal is created." --support-email help@acme.io --yes
  $ widget-publisher init my-widget --locales ru,en --company Acme --support-link https://acme.io/help \\
      --name "ru:Сделки в Telegram" --name "en:Deals to Telegram" \\
      --teaser "ru:Уведомления о сделках в Telegram" --teaser "en:Deal alerts in Telegram" \\
      --description "ru:Присылает уведомление о новой сделке." --description "en:Sends an alert about a new deal."`,
    )
    .action(async (folderArg: string, flags: InitFlags) => {
      const folder = cli.resolvePath(folderArg);
      await refuseNonEmptyFolder(folder, folderArg, flags.force ?? false);

      const context = flags.yes ? null : promptContext(cli);
      const input = await gatherInput(cli, flags, context);

      const resolved = resolveInitInput(input);
      if (!resolved.ok) {
        throw new CliError(`Cannot create the widget yet; nothing was written:\n${resolved.problems.map((problem) => `  - ${problem}`).join('\n')}`);
      }
      const { answers } = resolved;

      const widget = await buildNewWidget(answers, folder);
      const report = checkWidget(widget.snapshot, { config: widget.config });
      if (report.summary.errors > 0 || report.summary.warnings > 0) {
        cli.err(formatText(report, { root: folderArg, color: cli.color(cli.io.stderr), hideManual: true }));
        throw new CliError(
          'The widget made from these answers would not pass check, so nothing was written. Change the answers above ' +
            '(each locale can get its own text: --name "ru:<text>" --name "en:<text>") and run init again.',
        );
      }

      await writeNewWidget(folder, widget.files);
      for (const note of sharedTextNotes(input, answers.locales)) cli.err(`Note: ${note}\n`);
      const profile = platformProfile(answers.platform);
      cli.out(`Created ${folderArg} (${profile.displayName}; locales ${answers.locales.join(', ')}):\n`);
      for (const file of widget.files) cli.out(`  ${file.path}\n`);
      cli.out(
        `\ncheck: ✔ 0 errors, 0 warnings${report.summary.infos > 0 ? `, ${report.summary.infos} info` : ''}.\n\nNext:\n` +
          `  1. Write the widget in script.js; keep every selector of style.css under .${cssNamespace(answers.code)}.\n` +
          '  2. Replace the starter logo and the title slide in images/ with your own (widget-publisher images / slides).\n' +
          `  3. Fill in "moderation" in ${folderArg}/widget-publisher.json, then run: widget-publisher message ${folderArg}\n` +
          `  4. widget-publisher check ${folderArg} && widget-publisher pack ${folderArg}\n`,
      );
      cli.setExitCode(EXIT_OK);
    });
}

/** A text given once lands in every locale unchanged; moderation expects each locale in its own language. */
function sharedTextNotes(input: InitInput, locales: readonly string[]): string[] {
  if (locales.length < 2) return [];
  const fields: Array<[string, LocalizedInput]> = [
    ['name', input.name],
    ['teaser', input.teaser],
    ['description', input.description],
  ];
  return fields.flatMap(([flag, value]) => {
    const shared = locales.filter((locale) => value.byLocale[locale] === undefined && value.all !== undefined);
    return shared.length > 1
      ? [`the ${flag} is the same text in ${shared.join(', ')}. Translate it in i18n/<locale>.json, or give one per locale: --${flag} "${shared[0]}:<text>".`]
      : [];
  });
}

async function refuseNonEmptyFolder(folder: string, shownAs: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new CliError(`${await fileOnTheWay(folder, shownAs)} is a file. Give the path of a new (or empty) folder.`);
    throw error;
  }
  if (entries.length > 0 && !force) {
    throw new CliError(
      `${shownAs} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}). Choose a new folder, or pass --force to write the new widget's files into it (files with the same names are replaced).`,
    );
  }
}

/** `init notes.txt/sub`: the file in the way is notes.txt, not the folder asked for. */
async function fileOnTheWay(folder: string, shownAs: string): Promise<string> {
  let current = folder;
  while ((await stat(current).catch(() => null)) === null && dirname(current) !== current) current = dirname(current);
  return current === folder ? shownAs : current;
}

function localized(values: readonly string[]): LocalizedInput {
  return values.reduce((input, value) => addLocalizedValue(input, value, KNOWN_LOCALES), emptyLocalized());
}

/** Flags first; on a terminal, ask for whatever is still missing or wrong. */
async function gatherInput(cli: CliContext, flags: InitFlags, context: PromptContext | null): Promise<InitInput> {
  const platform: PlatformId = flags.platform ?? (context ? await askPlatform(context) : DEFAULT_PLATFORM);
  const profile = platformProfile(platform);
  let locales = flags.locales !== undefined ? parseLocaleList(flags.locales) : [...profile.defaultLocales];
  if (context) {
    const problem = flags.locales !== undefined ? checkLocales(platform, locales) : null;
    if (problem) cli.err(`Locales: ${problem}\n`);
    if (flags.locales === undefined || problem) locales = await askLocales(context, platform);
  }

  const input: InitInput = {
    platform,
    locales,
    company: flags.company,
    name: localized(flags.name ?? []),
    teaser: localized(flags.teaser ?? []),
    description: localized(flags.description ?? []),
    supportEmail: flags.supportEmail,
    supportLink: flags.supportLink,
    code: flags.code,
  };
  return context ? askInitAnswers(cli, context, input) : input;
}
