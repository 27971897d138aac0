import type { Command } from 'commander';
import { terminalSafe } from '../../../shared/format/terminal-safe';
import { fixWidgetFolder, type FileFix } from '../../services/widget-fixer';
import type { CliContext } from '../cli-context';
import { EXIT_OK } from '../exit-codes';
import { loadWidget } from '../load-widget';

export function fixCommand(program: Command, cli: CliContext): void {
  program
    .command('fix')
    .description('remove the UTF-8 BOM and turn CRLF line endings into LF in the text files of a widget folder')
    .argument('<folder>', 'widget folder')
    .addHelpText(
      'after',
      `
Only text files (.js .css .json .html .twig .md .txt .svg ...) are touched; each is rewritten atomically.

Example:
  $ widget-publisher fix ./my-widget`,
    )
    .action(async (folderArg: string) => {
      const widget = await loadWidget(cli, folderArg, 'fix');
      const fixes = await fixWidgetFolder(widget.path, widget.snapshot);
      if (fixes.length === 0) {
        cli.out('Nothing to fix: no text file has a BOM or CRLF line endings.\n');
      } else {
        let width = 0;
        for (const fix of fixes) width = Math.max(width, fix.path.length);
        for (const fix of fixes) cli.out(terminalSafe(`  ${fix.path.padEnd(width)}  ${describeFix(fix)}`) + '\n');
        cli.out(`Fixed ${fixes.length} file${fixes.length === 1 ? '' : 's'} in ${widget.shownAs}.\n`);
      }
      cli.setExitCode(EXIT_OK);
    });
}

function describeFix(fix: FileFix): string {
  const changes: string[] = [];
  if (fix.removedBom) changes.push('removed the BOM');
  if (fix.crlfLines > 0) changes.push(`${fix.crlfLines} line ending${fix.crlfLines === 1 ? '' : 's'} CRLF → LF`);
  return changes.join(', ');
}
