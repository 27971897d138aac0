import type { CheckReport } from '../check/check-widget';
import type { ManualItem } from '../check/manual-checklist';
import type { Finding, FindingSummary, Severity } from '../model/finding';
import { textStyle, type TextStyle } from './ansi-style';
import { terminalSafe } from './terminal-safe';
import { countRu } from '../text/plural-ru';

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
  /** Language of the messages, the summary line and the manual checklist (`--lang`); English by default. */
  lang?: ReportLanguage;
}

export type ReportLanguage = 'en' | 'ru';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'ru'];

interface Row {
  position: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** ESLint "stylish"-like report: findings grouped by file, a summary line, then the manual checklist. */
export function formatText(report: CheckReport, options: TextFormatOptions): string {
  const style = textStyle(options.color ?? false);
  const lang = options.lang ?? 'en';
  const lines: string[] = [];

  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(style.underline(terminalSafe(fileHeader(file, options))));
    // Loops, not spreads: a file can have hundreds of thousands of findings, more than a call takes arguments.
    for (const row of formatRows(findings.map((finding) => toRow(finding, lang)), style)) lines.push(row);
    lines.push('');
  }

  lines.push(lang === 'ru' ? summaryLineRu(report.summary, style) : summaryLine(report.summary, style));

  if (!options.hideManual && report.manual.length > 0) {
    lines.push('');
    for (const line of formatManual(report.manual, report.findings, style, lang)) lines.push(line);
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

function toRow(finding: Finding, lang: ReportLanguage): Row {
  const position = finding.line === null ? '' : `${finding.line}:${finding.column ?? 1}`;
  const text = terminalSafe((lang === 'ru' ? finding.messageRu : finding.message).replace(/\s*\n\s*/g, ' '));
  return {
    position,
    severity: finding.severity,
    message: finding.locale ? `[${terminalSafe(finding.locale)}] ${text}` : text,
    ruleId: finding.ruleId,
  };
}

function formatRows(rows: readonly Row[], style: TextStyle): string[] {
  let positionWidth = 0;
  let severityWidth = 0;
  for (const row of rows) {
    positionWidth = Math.max(positionWidth, row.position.length);
    severityWidth = Math.max(severityWidth, row.severity.length);
  }
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

function summaryLineRu(summary: FindingSummary, style: TextStyle): string {
  const { errors, warnings, infos } = summary;
  const notes = countRu(infos, ['замечание', 'замечания', 'замечаний']);
  if (errors === 0 && warnings === 0) {
    const note = infos > 0 ? ` (выше ${notes} для прочтения)` : '';
    return style.green(style.bold(`✔ готово к модерации: проблем по чек-листу не найдено${note}`));
  }
  const total = errors + warnings + infos;
  const text =
    `✖ ${countRu(total, ['проблема', 'проблемы', 'проблем'])} (${countRu(errors, ['ошибка', 'ошибки', 'ошибок'])}, ` +
    `${countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}, ${notes})`;
  return style.bold(errors > 0 ? style.red(text) : style.yellow(text));
}

const MANUAL_SECTIONS_RU: Record<ManualItem['section'], string> = {
  General: 'Общее',
  'Content and appearance': 'Контент и оформление',
  'Support & localization': 'Поддержка и локализация',
  Development: 'Разработка',
};

/** Under an assisted item: what its rule found, so the person confirming it knows where to look. */
function assistance(item: ManualItem, findings: readonly Finding[], lang: ReportLanguage): string | null {
  if (!item.assistedBy) return null;
  const found = findings.filter((finding) => finding.ruleId === item.assistedBy);
  if (found.length === 0) return null;
  const files = [...new Set(found.map((finding) => finding.file ?? ''))].join(', ');
  return lang === 'ru'
    ? `      ↳ ${item.assistedBy}: ${countRu(found.length, ['находка', 'находки', 'находок'])} выше (${files})`
    : `      ↳ ${item.assistedBy}: ${found.length} finding${found.length === 1 ? '' : 's'} above (${files})`;
}

function formatManual(items: readonly ManualItem[], findings: readonly Finding[], style: TextStyle, lang: ReportLanguage): string[] {
  const title = lang === 'ru' ? 'Проверьте вручную (это не может проверить ни одна программа):' : 'To confirm by hand (no program can check these):';
  const lines = [style.bold(title)];
  const sections = new Map<ManualItem['section'], ManualItem[]>();
  for (const item of items) sections.set(item.section, [...(sections.get(item.section) ?? []), item]);
  for (const [section, sectionItems] of sections) {
    lines.push(`  ${lang === 'ru' ? MANUAL_SECTIONS_RU[section] : section}`);
    for (const item of sectionItems) {
      lines.push(`    ☐ ${item.text[lang]}`);
      const assisted = assistance(item, findings, lang);
      if (assisted) lines.push(style.dim(assisted));
    }
  }
  return lines;
}
