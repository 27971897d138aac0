import type { Command } from 'commander';
import { basename } from 'node:path';
import { checkWidget } from '../../../shared/check/check-widget';
import { CONFIG_FILE_NAME } from '../../../shared/model/snapshot';
import type { PlatformId } from '../../../shared/platform/profiles';
import { formatBytes } from '../../services/image-studio/generated-image';
import { STDOUT_PATH } from '../../services/output-path';
import { buildNonEmptyZip, defaultZipPath, leftOutOfPackage, planPackage, writeWidgetZip } from '../../services/widget-packer';
import type { CliContext } from '../cli-context';
import { PLATFORM_FALLBACK, platformOption } from '../cli-options';
import { sayPlatform } from '../command-platform';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes';
import { withImageText } from '../image-text';
import { loadWidget } from '../load-widget';
import { formatPackageTree } from '../package-tree';
import { renderReport } from '../report-output';

/** Findings `widget-publisher fix` repairs by itself. */
const FIXABLE_RULES = new Set(['file/bom', 'file/crlf']);

interface PackFlags {
  output?: string;
  force?: boolean;
  list?: boolean;
  platform?: PlatformId;
  ocr: boolean;
}

export function packCommand(program: Command, cli: CliContext): void {
  program
    .command('pack')
    .description('check the widget, then write an upload-ready widget.zip (files at its root, junk left out, same bytes every time)')
    .argument('<folder>', 'widget folder')
    .option('-o, --output <file>', 'where to write the archive (default: widget.zip next to the folder; - for standard output)')
    .option('--force', 'write the archive even when check finds errors')
    .option('--list', 'only show the files the archive would hold, with sizes; write nothing')
    .addOption(platformOption(`marketplace whose checklist the check before packing uses (${PLATFORM_FALLBACK})`))
    .option('--no-ocr', 'do not read the words in tour slides and logos (image/foreign-text)')
    .addHelpText(
      'after',
      `
Left out of the archive: widget-publisher.json, the config's "ignore" globs, and junk
(.DS_Store, Thumbs.db, __MACOSX, .git, node_modules, *.map, *.log, .env, nested *.zip).
Exit codes: 0 written (or listed), 1 refused because check found errors, 2 could not run.

Examples:
  $ widget-publisher pack ./my-widget
  $ widget-publisher pack ./my-widget -o dist/widget.zip
  $ widget-publisher pack ./my-widget --list`,
    )
    .action(async (folderArg: string, flags: PackFlags) => {
      const widget = await loadWidget(cli, folderArg, 'pack');
      const toStdout = flags.output === STDOUT_PATH;
      const outputPath = flags.output && !toStdout ? cli.resolvePath(flags.output) : defaultZipPath(widget.path);
      // With the archive on standard output, everything meant for the user goes to standard error.
      const say = toStdout ? cli.err : cli.out;

      if (flags.list) {
        const leftOut = leftOutOfPackage(widget.snapshot);
        if (widget.snapshot.configText !== null) leftOut.push({ path: CONFIG_FILE_NAME, why: 'Widget Publisher settings, never packed' });
        cli.out(formatPackageTree(planPackage(widget.snapshot), leftOut, basename(outputPath)));
        cli.out(`\nNothing was written (--list). Run without --list to write ${cli.displayPath(outputPath)}.\n`);
        cli.setExitCode(EXIT_OK);
        return;
      }

      const checked = await withImageText(cli, widget, { ocr: flags.ocr, platform: flags.platform });
      const report = checkWidget(checked.snapshot, { platform: flags.platform, config: widget.config });
      const { errors, warnings } = report.summary;
      // A printed report starts with the platform and why; without one, the line on stderr says it.
      if (errors > 0 || warnings > 0) say(renderReport(cli, widget, report, 'text', { stream: toStdout ? cli.io.stderr : cli.io.stdout, hideManual: true }));
      else sayPlatform(cli, { platform: report.platform, source: report.platformSource, reasons: report.platformReasons });

      if (errors > 0 && !flags.force) {
        const fixable = report.findings.some((finding) => FIXABLE_RULES.has(finding.ruleId) && finding.severity === 'error');
        const fixHint = fixable ? ' ("widget-publisher fix" removes the BOMs and CRLF line endings)' : '';
        cli.err(
          `Not packed: check found ${errors} error${errors === 1 ? '' : 's'} that moderation would reject. ` +
            `Fix ${errors === 1 ? 'it' : 'them'}${fixHint}, or pass --force to pack anyway. No file was written.\n`,
        );
        cli.setExitCode(EXIT_FINDINGS);
        return;
      }

      if (toStdout) {
        const bytes = await buildNonEmptyZip(widget.snapshot);
        cli.io.stdout.write(bytes);
        cli.err(`Wrote widget.zip to standard output (${planPackage(widget.snapshot).length} files, ${formatBytes(bytes.length)}).\n`);
      } else {
        const written = await writeWidgetZip(widget.snapshot, outputPath);
        cli.out(`Wrote ${cli.displayPath(written.path)} (${written.files} files, ${formatBytes(written.bytes)}).\n`);
      }
      if (errors > 0) {
        cli.err(`Packed despite ${errors} error${errors === 1 ? '' : 's'} (--force): moderation will reject this archive until they are fixed.\n`);
      }
      cli.setExitCode(EXIT_OK);
    });
}
