import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';
import { ruleHelpFor } from '../../../shared/rules/rule-help';

const finding = (ruleId: string): Finding => ({ ruleId, severity: 'error', message: 'x', messageRu: 'x', file: null, line: null, column: null, locale: null });

describe('ruleHelpFor', () => {
  it('gives each rule with a finding its summary and first source page, once', () => {
    const help = ruleHelpFor([finding('text/name-length'), finding('file/bom'), finding('text/name-length')]);
    expect(Object.keys(help).sort()).toEqual(['file/bom', 'text/name-length']);
    const nameLength = RULE_CATALOGUE.find((rule) => rule.id === 'text/name-length')!;
    expect(help['text/name-length']).toEqual({ summary: nameLength.summary, summaryRu: nameLength.summaryRu, url: nameLength.sources[0].url });
    expect(help['text/name-length'].summaryRu).toMatch(/30 символов/);
    expect(help['text/name-length'].url).toMatch(/^https:\/\//);
  });

  it('has nothing for no findings, and skips an id no rule has', () => {
    expect(ruleHelpFor([])).toEqual({});
    expect(ruleHelpFor([finding('text/no-such-rule')])).toEqual({});
  });
});
