/**
 * The check engine without the catalogue: code that runs a few rules (the store-text counters on
 * the page) imports this, so it never loads the JS and CSS parsers that the whole catalogue needs.
 */
import type { WidgetConfig } from '../config/widget-config';
import { compareFindings, summarizeFindings, type Finding, type FindingSummary, type Severity } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { DEFAULT_PLATFORM, platformProfile, type PlatformId } from '../platform/profiles';
import type { Rule } from '../rules/rule';
import { manualChecklist, type ManualItem } from './manual-checklist';
import { createRuleContext } from './rule-context';

export interface CheckOptions {
  /** `--platform` flag; wins over the config file. */
  platform?: PlatformId;
  /** Parsed widget-publisher.json (the service reads and validates it). */
  config?: WidgetConfig;
  /** Rules to run; the whole catalogue by default (tests pass one rule). */
  rules?: readonly Rule[];
}

export interface CheckReport {
  platform: PlatformId;
  findings: Finding[];
  summary: FindingSummary;
  manual: ManualItem[];
}

/** Platform: `--platform` flag > config > default amocrm. */
export function resolvePlatform(options: CheckOptions): PlatformId {
  return options.platform ?? options.config?.platform ?? DEFAULT_PLATFORM;
}

/** Run these rules over an already-read widget. Pure: no files are touched. */
export function runRules(snapshot: WidgetSnapshot, rules: readonly Rule[], options: Omit<CheckOptions, 'rules'> = {}): CheckReport {
  const config = options.config ?? {};
  const platform = resolvePlatform(options);
  const profile = platformProfile(platform);
  const context = createRuleContext(snapshot, profile, config);
  const findings: Finding[] = [];

  for (const rule of rules) {
    const setting = config.rules?.[rule.id];
    if (setting === 'off') continue;
    const userSeverity: Severity | undefined = setting;
    try {
      rule.check(context, (raw) => {
        findings.push({
          ruleId: rule.id,
          severity: userSeverity ?? raw.severity ?? rule.defaultSeverity,
          message: raw.message.en,
          messageRu: raw.message.ru,
          file: raw.file ?? null,
          line: raw.line ?? null,
          column: raw.column ?? null,
          locale: raw.locale ?? null,
          ...(raw.help ? { help: raw.help } : {}),
          ...(raw.actions && raw.actions.length > 0 ? { actions: raw.actions } : {}),
          ...(raw.marks && raw.marks.length > 0 ? { marks: raw.marks } : {}),
        });
      });
    } catch (error) {
      // A rule bug must not hide the other findings or crash the app; say so plainly instead.
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `The check "${rule.id}" could not run on this widget (${reason}). Please report this to Widget Publisher.`,
        messageRu: `Проверка "${rule.id}" не смогла выполниться на этом виджете (${reason}). Пожалуйста, сообщите об этом разработчикам Widget Publisher.`,
        file: null,
        line: null,
        column: null,
        locale: null,
      });
    }
  }

  findings.sort(compareFindings);
  return { platform, findings, summary: summarizeFindings(findings), manual: manualChecklist(profile) };
}
