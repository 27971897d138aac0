import type { Command } from 'commander';
import { checkWidget } from '../../../shared/check/check-widget';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../shared/format/format-text';
import type { PlatformId } from '../../../shared/platform/profiles';
import type { CliContext } from '../cli-context';
import { choiceOption, parseNonNegativeInteger, PLATFORM_FALLBACK, platformOption } from '../cli-options';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes';
import { withImageText } from '../image-text';
import { loadWidget } from '../load-widget';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../report-output';

interface CheckFlags {
  platform?: PlatformId;
  format: ReportFormat;
  lang: ReportLanguage;
  maxWarnings?: number;
  ocr: boolean;
  manual?: boolean;
}

export function checkCommand(program: Command, cli: CliContext): void {
  program
    .command('check')
    .description('check a widget folder or widget.zip against the marketplace checklist')
    .argument('<path>', 'widget folder or widget.zip')
    .addOption(platformOption(`marketplace whose checklist, sizes and limits to check against (${PLATFORM_FALLBACK})`))
    .addOption(choiceOption('--format <format>', 'output format', REPORT_FORMATS).default('text'))
    .addOption(
      choiceOption(
        '--lang <lang>',
        'language of the text report: finding messages, summary and manual checklist (json and sarif stay English)',
        REPORT_LANGUAGES,
      ).default('en'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseNonNegativeInteger)
    .option('--no-ocr', 'do not read the words in tour slides and logos (image/foreign-text)')
    .option('--manual', 'print the whole checklist to confirm by hand even when problems remain (text report)')
    .addHelpText(
      'after',
      `
Tour slides and logos are read for words in other languages than their locale (image/foreign-text);
the results are kept in the user's cache folder, so a repeated check reads nothing again. --no-ocr skips it.
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 could not run.

Examples:
  $ widget-publisher check ./my-widget
  $ widget-publisher check widget.zip --platform kommo
  $ widget-publisher check ./my-widget --lang ru
  $ widget-publisher check ./my-widget --manual
  $ widget-publisher check ./my-widget --format sarif > widget-publisher.sarif
  $ widget-publisher check ./my-widget --format json --max-warnings 0
  $ widget-publisher check ./my-widget --no-ocr`,
    )
    .action(async (pathArg: string, flags: CheckFlags) => {
      const widget = await withImageText(cli, await loadWidget(cli, pathArg), { ocr: flags.ocr, platform: flags.platform });
      const report = checkWidget(widget.snapshot, { platform: flags.platform, config: widget.config });
      cli.out(renderReport(cli, widget, report, flags.format, { stream: cli.io.stdout, lang: flags.lang, showManual: flags.manual === true }));
      const tooManyWarnings = flags.maxWarnings !== undefined && report.summary.warnings > flags.maxWarnings;
      if (tooManyWarnings) {
        cli.err(`Too many warnings: ${report.summary.warnings}, and --max-warnings allows ${flags.maxWarnings}.\n`);
      }
      cli.setExitCode(report.summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK);
    });
}
