import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { i18nStructureMismatchRule } from '../../../../shared/rules/i18n/structure-mismatch';
import { validI18n, validManifest, validSnapshot } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>, platform: 'amocrm' | 'kommo' = 'amocrm') =>
  checkWidget(snapshot, { platform, rules: [i18nStructureMismatchRule] }).findings;

describe('i18n/structure-mismatch', () => {
  it('lists the keys one locale lacks, at the line of the nearest parent', () => {
    const en = validI18n('en') as { widget: Record<string, string>; settings: Record<string, string> };
    delete en.widget.tour_description;
    const ru = validI18n('ru');
    ru.userLang = { send: 'Отправить', error: 'Ошибка', done: 'Готово' };
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': en, 'i18n/ru.json': ru }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', line: 2, severity: 'error' });
    expect(findings[0].message).toContain('lacks 2 keys');
    expect(findings[0].message).toContain('widget.tour_description');
    expect(findings[0].message).toContain('userLang (an object with 3 texts)');
  });

  it('gives one finding per locale file and says which locales have a key', () => {
    const manifest = validManifest('amocrm');
    (manifest.widget as Record<string, unknown>).locale = ['ru', 'en', 'es'];
    const ru = validI18n('ru');
    (ru.settings as Record<string, string>).login = 'Логин';
    const es = validI18n('es');
    delete (es.settings as Record<string, string>).api_key;
    const findings = run(validSnapshot('amocrm', { 'manifest.json': manifest, 'i18n/ru.json': ru, 'i18n/es.json': es }));
    expect(findings.map((finding) => finding.file)).toEqual(['i18n/en.json', 'i18n/es.json']);
    expect(findings[0].message).toContain('settings.login (in ru)');
    expect(findings[1].message).toContain('settings.api_key');
    expect(findings[1].message).toContain('settings.login (in ru)');
  });

  it('reports a key that is an object in one locale and a text in another, without listing its children', () => {
    const en = validI18n('en');
    en.settings = 'Settings';
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': en }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', line: 8 });
    expect(said(findings[0])).toContain('"settings" is a text here but an object of keys in i18n/ru.json');
    expect(findings[0].file).toBe('i18n/en.json');
  });

  it('passes identical structures with different texts, different list lengths and key order', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'), 'kommo')).toEqual([]);
    const en = validI18n('en');
    const ru = validI18n('ru');
    en.months = ['Jan', 'Feb'];
    ru.months = ['Янв', 'Фев', 'Мар'];
    const reordered = { settings: ru.settings, months: ru.months, widget: ru.widget };
    expect(run(validSnapshot('amocrm', { 'i18n/en.json': en, 'i18n/ru.json': reordered }))).toEqual([]);
  });

  it('ignores files it cannot parse and undeclared locales (other rules report them)', () => {
    const en = validI18n('en');
    en.extra = 'x';
    expect(run(validSnapshot('amocrm', { 'i18n/ru.json': '{ "widget": ', 'i18n/en.json': en }))).toEqual([]);
    expect(run(validSnapshot('amocrm', { 'i18n/es.json': { only: 'this' } }))).toEqual([]);
  });
});
