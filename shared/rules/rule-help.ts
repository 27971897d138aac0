import type { Finding } from '../model/finding';
import { RULE_CATALOGUE } from './catalogue';

/** What a rule wants and the page it comes from: the "how to fix" line under a finding. */
export interface RuleHelp {
  summary: string;
  summaryRu: string;
  url: string | null;
}

const HELP_BY_RULE = new Map<string, RuleHelp>(
  RULE_CATALOGUE.map((rule) => [rule.id, { summary: rule.summary, summaryRu: rule.summaryRu, url: rule.sources[0]?.url ?? null }]),
);

/**
 * Help for the rules behind these findings, sent along with them: the page shows it without
 * loading the catalogue, whose rules bring the JS and CSS parsers.
 */
export function ruleHelpFor(findings: readonly Finding[]): Record<string, RuleHelp> {
  const help: Record<string, RuleHelp> = {};
  for (const { ruleId } of findings) {
    const known = HELP_BY_RULE.get(ruleId);
    if (known) help[ruleId] = known;
  }
  return help;
}
