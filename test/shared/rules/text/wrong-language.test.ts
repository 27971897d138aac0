import { describe, expect, it } from 'vitest';
import { textWrongLanguageRule } from '../../../../shared/rules/text/wrong-language';
import { validI18n, validManifest, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withExtraTexts, withLocales, withWidgetTexts } from './text-test-helpers';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>, platform: 'amocrm' | 'kommo' = 'amocrm') =>
  findingsOf(textWrongLanguageRule, snapshot, platform);

describe('text/wrong-language: Cyrillic in a non-ru locale', () => {
  it('reports Russian text in en.json with the key, line and column of the first Russian word', () => {
    const findings = run(withExtraTexts('en', { errors: { network: 'Network error: Ошибка сети' } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', severity: 'error', line: 12 });
    expect(findings[0].column).toBe(32);
    expect(findings[0].message).toContain('"errors.network"');
    expect(findings[0].message).toContain('"Ошибка"');
  });

  it('catches a single Cyrillic letter hidden in a Latin word (a look-alike "е")', () => {
    const findings = run(withWidgetTexts('en', { name: 'D\u0435als to Telegram via Acme' }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('widget.name');
  });

  it('reports Russian in Kommo es and tr files, and caps the findings per file', () => {
    const many = Object.fromEntries(Array.from({ length: 14 }, (_unused, index) => [`k${index}`, `Текст ${index}`]));
    const findings = run(
      withLocales('kommo', ['en', 'es', 'tr'], { 'i18n/es.json': { ...validI18n('es'), ...many }, 'i18n/tr.json': { ...validI18n('en'), x: 'Привет' } }),
      'kommo',
    );
    const es = findings.filter((finding) => finding.file === 'i18n/es.json' && finding.severity === 'error');
    expect(es).toHaveLength(11);
    expect(es.some((finding) => finding.message.includes('4 more texts'))).toBe(true);
    expect(findings.some((finding) => finding.file === 'i18n/tr.json' && finding.severity === 'error')).toBe(true);
  });

  it('reports a Russian name written directly in manifest.json when a non-ru locale is declared', () => {
    const manifest = validManifest('amocrm');
    (manifest.widget as Record<string, unknown>).name = 'Сделки via Acme';
    const findings = run(validSnapshot('amocrm', { 'manifest.json': manifest }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'manifest.json', locale: null });
  });

  it('passes Russian in ru.json and the platform valid widgets', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'), 'kommo')).toEqual([]);
    expect(run(withExtraTexts('ru', { help: 'Напишите нам в Telegram, если что-то не работает' }))).toEqual([]);
  });
});

describe('text/wrong-language: a file or text plainly in another language', () => {
  it('warns when es.json is plainly English', () => {
    const findings = run(validSnapshot('kommo', { 'i18n/es.json': validI18n('en') }), 'kommo');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/es.json', locale: 'es', severity: 'warning' });
    expect(findings[0].message).toContain('is for Spanish (es) but its texts read as English');
  });

  it('warns when en.json is plainly Spanish or Portuguese', () => {
    expect(run(validSnapshot('kommo', { 'i18n/en.json': validI18n('es') }), 'kommo')[0].message).toContain('read as Spanish');
    expect(run(validSnapshot('kommo', { 'i18n/en.json': validI18n('pt') }), 'kommo')[0].message).toMatch(/reads? as Portuguese/);
  });

  it('warns about one untranslated English sentence in a Spanish file, with its key', () => {
    const findings = run(
      withExtraTexts('es', { errors: { key: 'Please enter the API key from your account settings' } }, 'kommo'),
      'kommo',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', locale: 'es' });
    expect(said(findings[0])).toContain('"errors.key" reads as English');
  });

  it('warns when ru.json is written in English', () => {
    const findings = run(validSnapshot('amocrm', { 'i18n/ru.json': validI18n('en') }));
    expect(findings.map((finding) => [finding.file, finding.severity])).toEqual([['i18n/ru.json', 'warning']]);
  });

  it('passes a Spanish description full of English brand and product names', () => {
    const description =
      'Conecta WhatsApp Business, Google Sheets y Mercado Libre con Kommo. Sincroniza tus leads, ' +
      'envía templates aprobados por Meta y recibe webhooks en tu CRM desde un solo lugar.';
    expect(run(withWidgetTexts('es', { description }, 'kommo'), 'kommo')).toEqual([]);
    expect(run(withExtraTexts('es', { labels: { key: 'API key', token: 'Access token', webhook: 'Webhook URL', ok: 'OK' } }, 'kommo'), 'kommo')).toEqual([]);
  });

  it('passes Portuguese texts that use "via" and English product names', () => {
    const pt = {
      ...validI18n('pt'),
      help: { send: 'Envie mensagens via WhatsApp Business API para os seus clientes com o Kommo' },
    };
    expect(run(withLocales('kommo', ['en', 'pt'], { 'i18n/pt.json': pt }), 'kommo')).toEqual([]);
  });

  it('passes an English text with Spanish proper names and placeholders', () => {
    const en = {
      ...validI18n('en'),
      help: { bank: 'Payments from Banco de la Nación and Mercado Libre appear in #SUBDOMAIN# within a minute.' },
    };
    expect(run(validSnapshot('amocrm', { 'i18n/en.json': en }))).toEqual([]);
  });

  it('leaves locales whose language it does not know alone', () => {
    expect(run(withLocales('amocrm', ['en', 'de'], { 'i18n/de.json': validI18n('en') }))).toEqual([]);
  });
});

describe('text/wrong-language: English labels in a Russian file', () => {
  it('reports short Latin-only labels holding an English interface word, once per text', () => {
    const snapshot = withExtraTexts('ru', { settings: { secret: 'Secret key:', login: 'login', bot: 'Telegram API', site: 'acme-widgets.io', mixed: 'Ключ API' } });
    const findings = findingsOf(textWrongLanguageRule, snapshot);
    expect(findings.map((finding) => [finding.severity, finding.locale, finding.message])).toEqual([
      ['warning', 'ru', '"settings.secret" in i18n/ru.json is English, not Russian: "Secret key:".'],
      ['warning', 'ru', '"settings.login" in i18n/ru.json is English, not Russian: "login".'],
    ]);
    expect(findings[0].help?.en).toContain('translate');
  });

  it('leaves English files, brand names and a fully Russian file alone', () => {
    expect(findingsOf(textWrongLanguageRule, withExtraTexts('en', { settings: { secret: 'Secret key:' } }))).toEqual([]);
    expect(findingsOf(textWrongLanguageRule, withExtraTexts('ru', { settings: { bot: 'WhatsApp Business', key: 'Ключ доступа' } }))).toEqual([]);
  });
});
