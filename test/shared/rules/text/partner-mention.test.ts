import { describe, expect, it } from 'vitest';
import { textPartnerMentionRule } from '../../../../shared/rules/text/partner-mention';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withExtraTexts, withWidgetTexts } from './text-test-helpers';

describe('text/partner-mention', () => {
  it('reports an amoCRM partners mention in English with its key and locale', () => {
    const findings = findingsOf(
      textPartnerMentionRule,
      withWidgetTexts('en', { description: 'Buy your licence from amoCRM Partners and get the widget free.' }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', line: 5, severity: 'warning' });
    expect(findings[0].message).toContain('"amoCRM Partners"');
  });

  it('matches inflected Russian forms and ё', () => {
    const findings = findingsOf(textPartnerMentionRule, withExtraTexts('ru', { buy: 'Купите подписку у партнёров amoCRM со скидкой' }));
    expect(findings.map((finding) => finding.locale)).toEqual(['ru']);
  });

  it('finds a mention in any letter case, with a no-break space or hyphen between the words, and Spanish on Kommo', () => {
    const upper = findingsOf(textPartnerMentionRule, withExtraTexts('ru', { a: 'ПАРТНЕРЫ AMOCRM помогут', b: 'через партнёров\u00a0amoCRM', c: 'amocrm-partners only' }));
    expect(upper.map((finding) => finding.message)).toEqual([
      expect.stringContaining('"ПАРТНЕРЫ AMOCRM"'),
      expect.stringContaining('"партнёров\u00a0amoCRM"'),
      expect.stringContaining('"amocrm-partners"'),
    ]);
    const spanish = findingsOf(textPartnerMentionRule, withExtraTexts('es', { buy: 'Compre con un SOCIO DE KOMMO' }, 'kommo'), 'kommo');
    expect(spanish).toHaveLength(1);
  });

  it('uses the Kommo wording on Kommo', () => {
    const findings = findingsOf(textPartnerMentionRule, withExtraTexts('en', { buy: 'Ask a Kommo partner for a discount' }, 'kommo'), 'kommo');
    expect(findings).toHaveLength(1);
  });

  it('passes texts about your own partners and the valid widgets', () => {
    expect(findingsOf(textPartnerMentionRule, withExtraTexts('en', { about: 'Our partners in Brazil answer support requests' }))).toEqual([]);
    expect(findingsOf(textPartnerMentionRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(textPartnerMentionRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });
});
