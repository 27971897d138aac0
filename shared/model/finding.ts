export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding's text in both languages of the app: English for every output format, Russian for the Russian UI and `--lang ru`. */
export interface LocalizedMessage {
  en: string;
  ru: string;
}

/** One problem the checker found. Plain data: every output format is a view of a list of these. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** English text: the one the JSON and SARIF outputs carry. */
  message: string;
  /** The same text in Russian, for the Russian UI and `check --lang ru`. Never part of JSON or SARIF. */
  messageRu: string;
  /** POSIX path relative to the widget root; null for findings about the package as a whole. */
  file: string | null;
  /** 1-based line and column; null when the finding has no position (a whole file, an image). */
  line: number | null;
  column: number | null;
  /** The locale the finding is about (i18n and store texts), else null. */
  locale: string | null;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors += 1;
    else if (finding.severity === 'warning') summary.warnings += 1;
    else summary.infos += 1;
  }
  return summary;
}

/** Stable order: by file (package-level first), then line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  const fileA = a.file ?? '';
  const fileB = b.file ?? '';
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  const lineDiff = (a.line ?? 0) - (b.line ?? 0);
  if (lineDiff !== 0) return lineDiff;
  const columnDiff = (a.column ?? 0) - (b.column ?? 0);
  if (columnDiff !== 0) return columnDiff;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
