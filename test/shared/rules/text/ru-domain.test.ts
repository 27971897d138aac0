import { describe, expect, it } from 'vitest';
import { findRuDomains, textRuDomainRule } from '../../../../shared/rules/text/ru-domain';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withExtraTexts } from './text-test-helpers';
import { said } from '../../../helpers/finding-text';

describe('text/ru-domain', () => {
  it('finds .ru links, hosts and e-mail domains', () => {
    expect(findRuDomains('Docs: https://acme.ru/help, www.acme-widgets.ru and mail@support.acme.ru.')).toEqual([
      'acme.ru',
      'www.acme-widgets.ru',
      'support.acme.ru',
    ]);
    expect(findRuDomains('Open https://#SUBDOMAIN#.amocrm.ru/settings')).toEqual(['#SUBDOMAIN#.amocrm.ru']);
    expect(findRuDomains('Visit AMOCRM.RU today')).toEqual(['AMOCRM.RU']);
  });

  it('does not take words, file names or version strings for domains', () => {
    expect(findRuDomains('Ask our guru in the menu')).toEqual([]);
    expect(findRuDomains('Translations live in lang.ru.json and README.ru.md')).toEqual([]);
    expect(findRuDomains('Since v1.ru and 2.0.ru builds')).toEqual([]);
    expect(findRuDomains('acme.run, acme.rus, acme.com, truly.russian')).toEqual([]);
    expect(findRuDomains('Use #SUBDOMAIN#.amocrm.#TOP_LEVEL_DOMAIN#')).toEqual([]);
  });

  it('reports a .ru link in en.json at the domain, with advice for amocrm.ru', () => {
    const findings = findingsOf(textRuDomainRule, withExtraTexts('en', { help: { link: 'Read the guide at https://www.amocrm.ru/help' } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', line: 12, column: 40, severity: 'error' });
    expect(findings[0].message).toContain('www.amocrm.ru');
    expect(said(findings[0])).toContain('#TOP_LEVEL_DOMAIN#');
  });

  it('reports support e-mails on .ru domains in Kommo files', () => {
    const findings = findingsOf(textRuDomainRule, withExtraTexts('es', { contact: 'Escríbenos a soporte@acme.ru' }, 'kommo'), 'kommo');
    expect(findings.map((finding) => finding.locale)).toEqual(['es']);
    expect(findings[0].message).toContain('acme.ru');
  });

  it('passes .ru domains in ru.json and clean files elsewhere', () => {
    expect(findingsOf(textRuDomainRule, withExtraTexts('ru', { help: 'Подробнее на https://acme.ru/help' }))).toEqual([]);
    expect(findingsOf(textRuDomainRule, withExtraTexts('en', { help: 'Our guru fixes the menu in v1.ru builds; see amocrm.com' }))).toEqual([]);
    expect(findingsOf(textRuDomainRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(textRuDomainRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });
});
