import { describe, expect, it } from 'vitest';
import { followsViaPattern, textNameViaRule } from '../../../../shared/rules/text/name-via';
import { validI18n, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withLocales, withWidgetTexts } from './text-test-helpers';
import { said } from '../../../helpers/finding-text';

describe('text/name-via', () => {
  it('reports a name without "via" and shows the expected form with the current name', () => {
    const findings = findingsOf(textNameViaRule, withWidgetTexts('en', { name: 'Deals to Telegram' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ locale: 'en', file: 'i18n/en.json', line: 3, severity: 'error' });
    expect(said(findings[0])).toContain('"Product via Company"');
    expect(said(findings[0])).toContain('"Deals to Telegram via <Company>"');
  });

  it('reports a Russian name that uses "от" instead of "via"', () => {
    const findings = findingsOf(textNameViaRule, withWidgetTexts('ru', { name: 'Сделки в Telegram от Acme' }));
    expect(findings.map((finding) => finding.locale)).toEqual(['ru']);
    expect(said(findings[0])).toContain('in every language');
  });

  it('needs "via" as a whole word with text on both sides', () => {
    expect(followsViaPattern('Zenvia WhatsApp')).toBe(false);
    expect(followsViaPattern('via Acme')).toBe(false);
    expect(followsViaPattern('Deals via')).toBe(false);
    expect(followsViaPattern('Deals via  ')).toBe(false);
    expect(followsViaPattern('Deals — via —')).toBe(false);
  });

  it('warns when the name is too long to add "via Company"', () => {
    const findings = findingsOf(textNameViaRule, withWidgetTexts('en', { name: 'Telegram alerts for every deal' }));
    expect(said(findings[0])).toContain('Shorten the product part');
  });

  it('passes "Product via Company" in any case, in every language, Portuguese "via" included', () => {
    expect(followsViaPattern('WhatsApp via Zenvia')).toBe(true);
    expect(followsViaPattern('WhatsApp VIA Zenvia')).toBe(true);
    expect(followsViaPattern('Chat (via Acme)')).toBe(true);
    expect(followsViaPattern('Envio de SMS via Acme')).toBe(true);
    const pt = validI18n('pt');
    (pt.widget as Record<string, string>).name = 'Envio via WhatsApp via Acme';
    expect(findingsOf(textNameViaRule, withLocales('kommo', ['en', 'pt'], { 'i18n/pt.json': pt }), 'kommo')).toEqual([]);
    (pt.widget as Record<string, string>).name = 'Envio de mensagens';
    expect(findingsOf(textNameViaRule, withLocales('kommo', ['en', 'pt'], { 'i18n/pt.json': pt }), 'kommo')).toHaveLength(1);
    expect(findingsOf(textNameViaRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(textNameViaRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });
});
