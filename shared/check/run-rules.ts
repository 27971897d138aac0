/**
 * The check engine without the catalogue: code that runs a few rules (the store-text counters on
 * the page) imports this, so it never loads the JS and CSS parsers that the whole catalogue needs.
 */
import type { WidgetConfig } from '../config/widget-config';
import { compareFindings, summarizeFindings, type Finding, type FindingSummary, type LocalizedMessage, type Severity } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { choosePlatform, type PlatformSource } from '../platform/detect-platform';
import { platformProfile, type PlatformId } from '../platform/profiles';
import type { Rule } from '../rules/rule';
import { capFindingsPerRuleAndFile } from './finding-cap';
import { manualChecklist, type ManualItem } from './manual-checklist';
import { createRuleContext, type RuleContext } from './rule-context';

/**
 * Rules that keep an archive from hiding what it holds. A zip's own widget-publisher.json cannot turn them
 * off or lower them: an archive does not get to configure its own check.
 */
export const SAFETY_RULE_IDS: ReadonlySet<string> = new Set(['package/unsafe-entry', 'package/junk-file', 'file/parse-limit']);

export interface CheckOptions {
  /** `--platform` flag; wins over the config file. */
  platform?: PlatformId;
  /** Parsed widget-publisher.json (the service reads and validates it). */
  config?: WidgetConfig;
  /** Rules to run; the whole catalogue by default (tests pass one rule). */
  rules?: readonly Rule[];
  /**
   * A last pass over all findings with the check's context (drop library code inside bundles, add excerpts).
   * Given by checkWidget; code that runs a few rules leaves it out and so never loads the JS parser for it.
   */
  refine?: (context: RuleContext, findings: Finding[]) => Finding[];
}

export interface CheckReport {
  platform: PlatformId;
  /** Where the platform came from: --platform, the config, detected from the widget, or the default. */
  platformSource: PlatformSource;
  /** Why that platform: the detection's signals, or what chose it. */
  platformReasons: LocalizedMessage[];
  findings: Finding[];
  summary: FindingSummary;
  manual: ManualItem[];
}

/** Platform: `--platform` flag > config > detected from the widget (when given) > default amocrm. */
export function resolvePlatform(options: CheckOptions, snapshot: WidgetSnapshot | null = null): PlatformId {
  return choosePlatform({ flag: options.platform, config: options.config?.platform }, snapshot).platform;
}

/** Run these rules over an already-read widget. Pure: no files are touched. */
export function runRules(snapshot: WidgetSnapshot, rules: readonly Rule[], options: Omit<CheckOptions, 'rules'> = {}): CheckReport {
  const config = options.config ?? {};
  const choice = choosePlatform({ flag: options.platform, config: config.platform }, snapshot);
  const platform = choice.platform;
  const profile = platformProfile(platform);
  const context = createRuleContext(snapshot, profile, config);
  const findings: Finding[] = [];

  for (const rule of rules) {
    const fromArchive = snapshot.source.kind === 'zip' && SAFETY_RULE_IDS.has(rule.id);
    const setting = fromArchive ? undefined : config.rules?.[rule.id];
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

  const refined = options.refine ? options.refine(context, findings) : findings;
  refined.sort(compareFindings);
  return {
    platform,
    platformSource: choice.source,
    platformReasons: choice.reasons,
    findings: capFindingsPerRuleAndFile(refined),
    summary: summarizeFindings(refined),
    manual: manualChecklist(profile),
  };
}
