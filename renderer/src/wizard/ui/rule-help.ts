import { findRule } from '../../../../shared/rules/catalogue';

export interface RuleHelpText {
  summary: string;
  url: string | null;
}

/** What a rule wants and the page it comes from, for the "how to fix" line under a finding. */
export function ruleHelpOf(ruleId: string): RuleHelpText | null {
  const rule = findRule(ruleId);
  return rule ? { summary: rule.summary, url: rule.sources[0]?.url ?? null } : null;
}
