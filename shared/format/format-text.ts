import type { CheckReport } from '../check/check-widget';
import type { ManualItem } from '../check/manual-checklist';
import type { Finding, FindingSummary, Severity } from '../model/finding';
import { textStyle, type TextStyle } from './ansi-style';
import { terminalSafe } from './terminal-safe';
import { countRu } from '../text/plural-ru';
import { cliActionsSentence, type CliActionContext } from './cli-actions';

export interface TextFormatOptions {
  /** The widget as the user named it (folder or zip path); headers start with it so paths can be clicked. */
  root: string;
  sourceKind?: 'folder' | 'zip';
  /** The folder every file sat in (`widget/`), so folder headers point at the real file. */
  nestedRoot?: string | null;
  /** ANSI colours; the caller decides (TTY and NO_COLOR unset). */
  color?: boolean;
  /** Leave out the "To confirm by hand" list and its one-line note (pack prints the findings but not the checklist). */
  hideManual?: boolean;
  /** Print the whole manual checklist even when problems remain (`check --manual`); it is always whole on a clean widget. */
  showManual?: boolean;
  /** Language of the messages, the summary line and the manual checklist (`--lang`); English by default. */
  lang?: ReportLanguage;
}

export type ReportLanguage = 'en' | 'ru';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'ru'];

/** Findings of one rule in one file shown in full before the rest fold into one "and N more" line. */
const SHOWN_PER_RULE = 3;
/** Lines listed on that folded line; a file with hundreds of findings still prints one short line. */
const LISTED_LINES = 12;

interface Row {
  position: string;
  severity: Severity;
  message: string;
  ruleId: string;
  /** The indented advice under the row, or null when it would repeat the advice just above. */
  help: string | null;
}

/** The lines of one file: finding rows, and folded "and N more" notes between them. */
type FileLine = { kind: 'row'; row: Row } | { kind: 'more'; text: string };

/**
 * Compiler-style report: findings grouped by file, each a short first line (position, severity, message, rule id)
 * with an indented `help:` line under it; repeats of a rule in a file fold into one line; then a summary line and
 * the manual checklist (whole when the widget is clean or asked for, else one line saying how to see it).
 */
export function formatText(report: CheckReport, options: TextFormatOptions): string {
  const style = textStyle(options.color ?? false);
  const lang = options.lang ?? 'en';
  const lines: string[] = [];
  const actionContext: CliActionContext = { folder: options.sourceKind === 'zip' ? null : options.root };

  const platform = platformLine(report, lang);
  if (platform) lines.push(style.dim(terminalSafe(platform)), '');

  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(style.underline(terminalSafe(fileHeader(file, options))));
    // Loops, not spreads: a file can have hundreds of thousands of findings, more than a call takes arguments.
    for (const line of formatFile(fileLines(findings, lang, actionContext), style)) lines.push(line);
    lines.push('');
  }

  lines.push(lang === 'ru' ? summaryLineRu(report.summary, style) : summaryLine(report.summary, style));

  if (!options.hideManual && report.manual.length > 0) {
    const clean = report.summary.errors === 0 && report.summary.warnings === 0;
    lines.push('');
    if (clean || options.showManual) for (const line of formatManual(report.manual, report.findings, style, lang)) lines.push(line);
    else lines.push(manualNote(report.manual.length, lang));
  }
  return `${lines.join('\n')}\n`;
}

const PLATFORM_NAMES: Record<CheckReport['platform'], string> = { amocrm: 'amoCRM', kommo: 'Kommo' };

/** "Platform: Kommo (detected: i18n/es.json, i18n/pt.json are locales only Kommo offers)". */
function platformLine(report: CheckReport, lang: ReportLanguage): string | null {
  if (!report.platformSource) return null;
  const name = PLATFORM_NAMES[report.platform];
  const reasons: string[] = [];
  for (const reason of report.platformReasons ?? []) reasons.push(reason[lang]);
  const why = reasons.join('; ');
  if (lang === 'ru') {
    const how = report.platformSource === 'detected' ? 'определена по виджету: ' : '';
    return `Платформа: ${name}${why ? ` (${how}${why})` : ''}`;
  }
  const how = report.platformSource === 'detected' ? 'detected: ' : '';
  return `Platform: ${name}${why ? ` (${how}${why})` : ''}`;
}

function manualNote(count: number, lang: ReportLanguage): string {
  if (lang === 'ru') {
    return `Ещё ${countRu(count, ['пункт', 'пункта', 'пунктов'])} чек-листа нужно подтвердить вручную: добавьте --manual, чтобы увидеть их.`;
  }
  return `${count} checklist item${count === 1 ? '' : 's'} remain to confirm by hand: add --manual to see them.`;
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

/**
 * The rows of one file in order of first appearance per rule: the first SHOWN_PER_RULE findings of a rule
 * in full, then one line with how many more and on which lines.
 */
function fileLines(findings: readonly Finding[], lang: ReportLanguage, actions: CliActionContext): FileLine[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const out: FileLine[] = [];
  for (const [ruleId, list] of byRule) {
    let previousHelp: string | null = null;
    const shown = list.length > SHOWN_PER_RULE + 1 ? SHOWN_PER_RULE : list.length;
    for (let index = 0; index < shown; index += 1) {
      const row = toRow(list[index], lang, actions);
      const help = row.help;
      if (help !== null && help === previousHelp) row.help = null;
      previousHelp = help;
      out.push({ kind: 'row', row });
    }
    if (shown < list.length) out.push({ kind: 'more', text: moreText(list.slice(shown), ruleId, lang) });
  }
  return out;
}

function moreText(rest: readonly Finding[], ruleId: string, lang: ReportLanguage): string {
  const lines: string[] = [];
  let count = 0;
  for (const finding of rest) count += finding.leftOut ?? 1;
  for (const finding of rest) {
    if (finding.line === null) continue;
    if (lines.length === LISTED_LINES) {
      lines.push('…');
      break;
    }
    lines.push(String(finding.line));
  }
  const where = lines.length === 0 ? '' : lang === 'ru' ? `: строки ${lines.join(', ')}` : `: lines ${lines.join(', ')}`;
  return lang === 'ru' ? `… и ещё ${count} (${ruleId})${where}` : `… and ${count} more (${ruleId})${where}`;
}

function toRow(finding: Finding, lang: ReportLanguage, actions: CliActionContext): Row {
  const position = finding.line === null ? '' : `${finding.line}:${finding.column ?? 1}`;
  const text = terminalSafe(oneLine(lang === 'ru' ? finding.messageRu : finding.message));
  return {
    position,
    severity: finding.severity,
    message: finding.locale ? `[${terminalSafe(finding.locale)}] ${text}` : text,
    ruleId: finding.ruleId,
    help: helpText(finding, lang, actions),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The advice and what to run, in one sentence: "Save it as UTF-8 … To fix: run `widget-publisher fix .`". */
function helpText(finding: Finding, lang: ReportLanguage, context: CliActionContext): string | null {
  const help = finding.help ? terminalSafe(oneLine(finding.help[lang])) : '';
  const actions = cliActionsSentence(finding.actions, context, lang);
  if (!actions) return help || null;
  const lead = lang === 'ru' ? 'В терминале: ' : 'From the terminal: ';
  return help ? `${help} ${lead}${actions}.` : `${lead}${actions}.`;
}

function formatFile(lines: readonly FileLine[], style: TextStyle): string[] {
  let positionWidth = 0;
  let severityWidth = 0;
  for (const line of lines) {
    if (line.kind !== 'row') continue;
    positionWidth = Math.max(positionWidth, line.row.position.length);
    severityWidth = Math.max(severityWidth, line.row.severity.length);
  }
  const gap = positionWidth > 0 ? '  ' : '';
  // The help line starts under the message, like a compiler's note under its error.
  const helpIndent = ' '.repeat(2 + positionWidth + gap.length + severityWidth + 2);
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === 'more') {
      out.push(`${helpIndent}${style.dim(line.text)}`);
      continue;
    }
    const { row } = line;
    const position = style.dim(row.position.padEnd(positionWidth));
    const severity = colourSeverity(row.severity, row.severity.padEnd(severityWidth), style);
    // Messages differ in length: padding them to one width would push short ones' rule ids far right.
    out.push(`  ${position}${gap}${severity}  ${row.message}  ${style.dim(row.ruleId)}`);
    if (row.help) out.push(`${helpIndent}${style.cyan('help:')} ${row.help}`);
  }
  return out;
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
  for (const item of items) {
    const list = sections.get(item.section);
    if (list) list.push(item);
    else sections.set(item.section, [item]);
  }
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
