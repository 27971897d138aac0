import { relative, sep } from 'node:path';
import type { CheckReport } from '../../shared/check/check-widget';
import { formatJson } from '../../shared/format/format-json';
import { formatSarif } from '../../shared/format/format-sarif';
import { formatText, type ReportLanguage } from '../../shared/format/format-text';
import type { CliContext } from './cli-context';
import type { CliOutput } from './cli-io';
import type { LoadedWidget } from './load-widget';

export type ReportFormat = 'text' | 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export interface RenderOptions {
  stream: CliOutput;
  hideManual?: boolean;
  /** `check --manual`: the whole manual checklist even when problems remain. */
  showManual?: boolean;
  /** Language of the text report (`--lang`); JSON and SARIF are always English. */
  lang?: ReportLanguage;
}

/** The report in the chosen format, with paths shown the way the user named the widget. */
export function renderReport(cli: CliContext, widget: LoadedWidget, report: CheckReport, format: ReportFormat, options: RenderOptions): string {
  const { snapshot } = widget;
  if (format === 'json') return formatJson(report, cli.tool);
  if (format === 'sarif') {
    return formatSarif(report, cli.tool, {
      uriPrefix: sarifUriPrefix(cli, widget),
      packageLocation: snapshot.files.some((file) => file.path === 'manifest.json') ? 'manifest.json' : null,
    });
  }
  return formatText(report, {
    root: widget.shownAs,
    sourceKind: snapshot.source.kind,
    nestedRoot: snapshot.nestedRoot,
    color: cli.color(options.stream),
    hideManual: options.hideManual,
    showManual: options.showManual,
    lang: options.lang,
  });
}

/** SARIF paths are relative to the repository root, taken as the working folder (where CI runs). */
function sarifUriPrefix(cli: CliContext, widget: LoadedWidget): string {
  const nested = widget.snapshot.nestedRoot ?? '';
  if (widget.snapshot.source.kind === 'zip') return nested;
  const fromCwd = relative(cli.io.cwd, widget.path).split(sep).join('/');
  const base = fromCwd.startsWith('..') ? '' : fromCwd;
  return [base, nested].filter((part) => part !== '').join('/');
}
