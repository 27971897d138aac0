import { describe, expect, it } from 'vitest';
import { findLeftover, textPlaceholderRule } from '../../../../shared/rules/text/placeholder';
import { PLATFORM_PROFILES } from '../../../../shared/platform/profiles';
import { validManifest, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withExtraTexts, withWidgetTexts } from './text-test-helpers';

const amocrm = PLATFORM_PROFILES.amocrm;

describe('text/placeholder', () => {
  it('finds lorem ipsum, development notes, test values and example addresses', () => {
    expect(findLeftover('Lorem ipsum dolor sit amet', amocrm)?.found).toBe('Lorem ipsum');
    expect(findLeftover('TODO: translate this', amocrm)?.found).toBe('TODO');
    expect(findLeftover('Send (FIXME)', amocrm)?.found).toBe('FIXME');
    expect(findLeftover(' test ', amocrm)?.found).toBe('test');
    expect(findLeftover('XXX', amocrm)?.found).toBe('XXX');
    expect(findLeftover('asdf', amocrm)).not.toBeNull();
    expect(findLeftover('Write to example@example.com', amocrm)?.found).toBe('example@example.com');
    expect(findLeftover('Docs at https://example.com/docs', amocrm)?.found).toBe('https://example.com');
    expect(findLeftover('Demo widget', amocrm)?.why).toContain('widget_example');
  });

  it('finds a platform placeholder broken by spaces, as in the docs example', () => {
    expect(findLeftover('your domain # SUBDOMAIN # in the system', amocrm)?.found).toBe('# SUBDOMAIN #');
  });

  it('reports a leftover with key, line, column and locale, as a warning', () => {
    const findings = findingsOf(textPlaceholderRule, withWidgetTexts('en', { tour_description: 'TODO write the tour text' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', line: 6, column: 26, severity: 'warning' });
    expect(findings[0].message).toContain('"widget.tour_description"');
  });

  it('passes real texts that only look similar', () => {
    const passing = [
      'Todo el equipo recibe avisos',
      'Todos los tratos en un solo lugar',
      'Phone format: +7 (XXX) XXX-XX-XX',
      'Webhook URL, e.g. https://example.com/hook',
      'Например: name@example.com',
      'Test connection',
      'Testimonials',
      'Account #SUBDOMAIN# on #HOST# (#ACCOUNT_ID#)',
      'Examples of deals',
      'see https://examples.com.br',
    ];
    for (const text of passing) expect(findLeftover(text, amocrm), text).toBeNull();
    expect(findingsOf(textPlaceholderRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(textPlaceholderRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
    expect(findingsOf(textPlaceholderRule, withExtraTexts('es', { all: 'Todo listo' }, 'kommo'), 'kommo')).toEqual([]);
  });

  it('reports store texts left at a widget template default, only in the store fields', () => {
    const en = findingsOf(textPlaceholderRule, withWidgetTexts('en', { short_description: 'Short description', description: 'Full description' }));
    expect(en.map((finding) => finding.message.split(' holds ')[0])).toEqual(['"widget.short_description"', '"widget.description"']);
    expect(en[0].message).toContain('default text of a widget template');
    const ru = findingsOf(textPlaceholderRule, withWidgetTexts('ru', { description: 'Полное описание виджета' }));
    expect(ru).toMatchObject([{ locale: 'ru', file: 'i18n/ru.json', severity: 'warning' }]);
    expect(findingsOf(textPlaceholderRule, withWidgetTexts('ru', { name: 'Мой виджет' }))).toHaveLength(1);
    // The same words as a settings label, or inside a real description, are real texts.
    expect(findingsOf(textPlaceholderRule, withExtraTexts('en', { settings: { api_key: 'Short description' } }))).toEqual([]);
    expect(findingsOf(textPlaceholderRule, withWidgetTexts('en', { description: 'Adds a short description of every deal to its card.' }))).toEqual([]);
  });

  it('reports documentation example addresses in the manifest (dp.webhook_url, support)', () => {
    const manifest = validManifest();
    manifest.dp = { action_multiple: false, webhook_url: 'https://example.com/webhook' };
    (manifest.widget as Record<string, unknown>).support = { link: 'https://acme-widgets.io/help', email: 'support@example.com' };
    const findings = findingsOf(textPlaceholderRule, validSnapshot('amocrm', { 'manifest.json': manifest }));
    expect(findings.map((finding) => [finding.file, finding.message.split(' is ')[0]])).toEqual([
      ['manifest.json', 'widget.support.email'],
      ['manifest.json', 'dp.webhook_url'],
    ]);
    expect(findings[1].line).not.toBeNull();
  });

  it('reports a development tunnel or local address the platform would call (dp.webhook_url on ngrok)', () => {
    const manifest = validManifest();
    manifest.locations = ['settings', 'digital_pipeline'];
    manifest.dp = { settings: {}, action_multiple: false, webhook_url: 'https://5e1a-81-23-10-4.eu.ngrok.io/hook' };
    manifest.sms = { endpoint: 'http://localhost:8080/sms' };
    const findings = findingsOf(textPlaceholderRule, validSnapshot('amocrm', { 'manifest.json': manifest }));
    expect(findings.map((finding) => finding.message.split(' is ')[0])).toEqual(['dp.webhook_url', 'sms.endpoint']);
    expect(findings[0].message).toContain('5e1a-81-23-10-4.eu.ngrok.io');
    expect(findings[0].line).not.toBeNull();
  });

  it('passes production addresses that only look like development ones', () => {
    const manifest = validManifest();
    manifest.dp = { settings: {}, action_multiple: false, webhook_url: 'https://hooks.ngrok-fan.io/dp' };
    manifest.mobile = { frame_url: 'https://local.acme-widgets.io/card', color: '#ffffff' };
    (manifest.widget as Record<string, unknown>).support = { link: 'https://acme.localhost-tools.com/help', email: 'help@acme-widgets.io' };
    expect(findingsOf(textPlaceholderRule, validSnapshot('amocrm', { 'manifest.json': manifest }))).toEqual([]);
  });

  it('reports i18n labels that are only their own key, as dp settings left unwritten', () => {
    const findings = findingsOf(
      textPlaceholderRule,
      withExtraTexts('ru', { settings: { api_key: 'Ключ API', time_rule: 'time_rule', deadline_cf_minute: 'deadline_cf_minute' } }),
    );
    expect(findings.map((finding) => [finding.locale, finding.message.split(' holds ')[0]])).toEqual([
      ['ru', '"settings.time_rule"'],
      ['ru', '"settings.deadline_cf_minute"'],
    ]);
    expect(findings[0].message).toContain('its own key');
  });

  it('passes labels that happen to equal a plain-word key, and identifiers under other keys', () => {
    const snapshot = withExtraTexts('en', { settings: { api_key: 'API key', status: 'status', login: 'Login', mode: 'send_message' } });
    expect(findingsOf(textPlaceholderRule, snapshot)).toEqual([]);
  });
});
