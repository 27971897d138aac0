export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding's text in both languages of the app: English for every output format, Russian for the Russian UI and `--lang ru`. */
export interface LocalizedMessage {
  en: string;
  ru: string;
}

/**
 * What Widget Publisher itself can do about a finding, as data. Each surface names it in its own words:
 * the CLI a command or flag, the app a step, field or button, docs/rules.md both. A finding's text never
 * names a CLI command, a flag or "edit widget-publisher.json"; it names the action instead.
 */
export type FixAction =
  /** Remove the BOM and turn CRLF into LF in the text files (CLI `fix`; app: the Code check step's fix button). */
  | { kind: 'fix-text-files' }
  /** Make the branding images from one logo (CLI `images`; app: Branding step). `file`: the one size at fault. */
  | { kind: 'make-logos'; file?: string }
  /** Make tour slides at the platform's size (CLI `slides`; app: Tour step). */
  | { kind: 'make-slides'; locale?: string }
  /**
   * A setting of widget-publisher.json, by its JSON path (`css.rootSelectors`, `ignore`, `moderation.accountId`).
   * `value`: the value to set when the finding knows it (`platform` -> `kommo`); the CLI also names its flag.
   */
  | { kind: 'set-config'; key: string; value?: string }
  /** Keep this file out of widget.zip on purpose (config `ignore`; app: Review's "Leave out of the zip"). */
  | { kind: 'ignore-file'; path: string }
  /** Delete this file from the widget (app: Review's "Delete"). */
  | { kind: 'delete-file'; path: string }
  /** Where in the app the value is edited; the CLI names the file and line instead. `step` is a WizardStep id. */
  | { kind: 'edit-in-step'; step: string; field?: string }
  /** Build widget.zip again with the tool's packer, which writes clean entries and leaves junk out (CLI `pack`; app: Review's export). */
  | { kind: 'pack-zip' }
  /** Start from a new widget the tool writes, with a valid manifest.json and i18n files (CLI `init`; app: Start › New widget). */
  | { kind: 'new-widget' };

/** A region of an image a finding is about: a word read in a slide or a logo, in the image's pixels. */
export interface ImageMark {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
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
  /**
   * What to do, in words that fit every surface (no CLI command or flag, no app button): shown on the CLI's
   * indented `help:` line and under the finding in the app. Absent on older rules whose message still says it.
   */
  help?: LocalizedMessage;
  /** What the tool can do about it; each surface renders these in its own words. */
  actions?: readonly FixAction[];
  /** For an image finding: the regions of the image (`file`) it is about, so the app can draw them. */
  marks?: readonly ImageMark[];
  /** Set on the one finding that stands for this many more of its rule in its file, past the report's cap. */
  leftOut?: number;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts by severity; a finding standing for findings left out past the report's cap counts as all of them. */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    const count = finding.leftOut ?? 1;
    if (finding.severity === 'error') summary.errors += count;
    else if (finding.severity === 'warning') summary.warnings += count;
    else summary.infos += count;
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
