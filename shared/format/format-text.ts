import type { CheckReport } from '../check/check-widget';
import type { ManualItem } from '../check/manual-checklist';
import type { Finding, FindingSummary, Severity } from '../model/finding';
import { textStyle, type TextStyle } from './ansi-style';

export interface TextFormatOptions {
  /** The widget as the user named it (folder or zip path); headers start with it so paths can be clicked. */
  root: string;
  sourceKind?: 'folder' | 'zip';
  /** The folder every file sat in (`widget/`), so folder headers point at the real file. */
  nestedRoot?: string | null;
  /** ANSI colours; the caller decides (TTY and NO_COLOR unset). */
  color?: boolean;
  /** Leave out the "To confirm by hand" list (pack prints the findings but not the checklist). */
  hideManual?: boolean;
}

interface Row {
  position: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** ESLint "stylish"-like report: findings grouped by file, a summary line, then the manual checklist. */
export function formatText(report: CheckReport, options: TextFormatOptions): string {
  const style = textStyle(options.color ?? false);
  const lines: string[] = [];

  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(style.underline(fileHeader(file, options)));
    lines.push(...formatRows(findings.map(toRow), style), '');
  }

  lines.push(summaryLine(report.summary, style));

  if (!options.hideManual && report.manual.length > 0) {
    lines.push('', ...formatManual(report.manual, style));
  }
  return `${lines.join('\n')}\n`;
}

/** Package-level findings (file null) come first, then files in the report's order. */
function groupByFile(findings: readonly Finding[]): Map<string | null, Finding[]> {
  const groups = new Map<string | null, Finding[]>();
  const packageLevel = findings.filter((finding) => finding.file === null);
  if (packageLevel.length > 0) groups.set(null, packageLevel);
  for (const finding of findings) {
    if (finding.file === null) continue;
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function fileHeader(file: string | null, options: TextFormatOptions): string {
  if (file === null) return options.root;
  if (options.sourceKind === 'zip') return `${options.root} › ${options.nestedRoot ? `${options.nestedRoot}/` : ''}${file}`;
  return joinDisplayPath(options.root, options.nestedRoot ? `${options.nestedRoot}/${file}` : file);
}

function joinDisplayPath(root: string, file: string): string {
  if (root === '' || root === '.') return file;
  return /[\\/]$/.test(root) ? `${root}${file}` : `${root}/${file}`;
}

function toRow(finding: Finding): Row {
  const position = finding.line === null ? '' : `${finding.line}:${finding.column ?? 1}`;
  const text = finding.message.replace(/\s*\n\s*/g, ' ');
  return {
    position,
    severity: finding.severity,
    message: finding.locale ? `[${finding.locale}] ${text}` : text,
    ruleId: finding.ruleId,
  };
}

function formatRows(rows: readonly Row[], style: TextStyle): string[] {
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const severityWidth = Math.max(...rows.map((row) => row.severity.length));
  return rows.map((row) => {
    const position = style.dim(row.position.padEnd(positionWidth));
    const severity = colourSeverity(row.severity, row.severity.padEnd(severityWidth), style);
    const gap = positionWidth > 0 ? '  ' : '';
    // Messages are long sentences: padding them to one width would push short ones' rule ids far right.
    return `  ${position}${gap}${severity}  ${row.message}  ${style.dim(row.ruleId)}`;
  });
}

function colourSeverity(severity: Severity, text: string, style: TextStyle): string {
  if (severity === 'error') return style.red(text);
  if (severity === 'warning') return style.yellow(text);
  return style.cyan(text);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryLine(summary: FindingSummary, style: TextStyle): string {
  const { errors, warnings, infos } = summary;
  if (errors === 0 && warnings === 0) {
    const note = infos > 0 ? ` (${plural(infos, 'info')} above to read)` : '';
    return style.green(style.bold(`✔ ready for moderation: no checklist problem found${note}`));
  }
  const total = errors + warnings + infos;
  const text = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  return style.bold(errors > 0 ? style.red(text) : style.yellow(text));
}

function formatManual(items: readonly ManualItem[], style: TextStyle): string[] {
  const lines = [style.bold('To confirm by hand (no program can check these):')];
  const sections = new Map<string, ManualItem[]>();
  for (const item of items) sections.set(item.section, [...(sections.get(item.section) ?? []), item]);
  for (const [section, sectionItems] of sections) {
    lines.push(`  ${section}`);
    for (const item of sectionItems) lines.push(`    ☐ ${item.text.en}`);
  }
  return lines;
}
