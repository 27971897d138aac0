/**
 * Which findings come from the files' code (the code and css rules, the costly part of a check) and
 * what they depend on besides the files. Kept apart from the catalogue so the page can reuse the
 * code findings of the check that opened a widget without loading the rules and parsers.
 */
import type { CheckReport } from '../check/run-rules';
import type { WidgetConfig } from '../config/widget-config';
import type { Finding } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { configForCheck, readDraftConfig } from './draft-config';
import type { WidgetDraft } from './widget-draft';

const FILE_CONTENT_GROUPS = new Set(['code', 'css']);

export const isFileContentRule = (ruleId: string): boolean => FILE_CONTENT_GROUPS.has(ruleId.split('/')[0]);

/** The settings code findings are made with: every setting of the check but the moderation block. */
export function codeCheckKey(config: WidgetConfig): string {
  return JSON.stringify({ ...config, moderation: undefined });
}

/** The code and css findings among a whole check's findings: what checkCode gives for the same files and settings. */
export function codeFindingsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => isFileContentRule(finding.ruleId));
}

/** Code findings already made for a widget's files (by the check that opened it), with the settings they were made with. */
export interface KnownCodeFindings {
  key: string;
  findings: Finding[];
}

/**
 * The code findings of the check that opened `base` (run with widget-publisher.json as it is on disk and
 * the report's platform), keyed as the live check keys the draft's settings: while the draft keeps those
 * settings, the files need no second check. Null when the file's settings could not be read.
 */
export function knownCodeFindings(base: WidgetSnapshot, draft: WidgetDraft, report: Pick<CheckReport, 'platform' | 'findings'>): KnownCodeFindings | null {
  const config = readDraftConfig(base.configText);
  if (config === null) return null;
  return { key: codeCheckKey(configForCheck({ ...draft, config, platform: report.platform })), findings: codeFindingsOf(report.findings) };
}
