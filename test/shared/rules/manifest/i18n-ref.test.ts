import { describe, expect, it } from 'vitest';
import { i18nRefRule } from '../../../../shared/rules/manifest/i18n-ref';
import { validI18n, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, i18nFiles, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/i18n-ref', () => {
  it('passes when every key resolves in every declared locale (both platforms)', () => {
    expect(findingsOf(i18nRefRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(i18nRefRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });

  it('names the locale whose file lacks a key, at the manifest value', () => {
    const en = validI18n('en') as { settings: Record<string, unknown> };
    delete en.settings.api_key;
    const findings = findingsOf(i18nRefRule, validSnapshot('amocrm', { 'i18n/en.json': en }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'manifest/i18n-ref', severity: 'error', file: 'manifest.json', locale: 'en' });
    expect(findings[0].message).toContain('settings.api_key.name refers to the i18n key "settings.api_key", which i18n/en.json does not have');
    expect(findings[0].line).toBeGreaterThan(1);
  });

  it('reports a key that points at a group instead of a text', () => {
    const snapshot = withManifest(
      (manifest) => (manifest.tour.tour_description = 'tour.description'),
      'amocrm',
      i18nFiles(['ru', 'en'], { tour: { description: { short: 'x', long: 'y' } } }),
    );
    const findings = findingsOf(i18nRefRule, snapshot);
    expect(findings.map((finding) => finding.locale).sort()).toEqual(['en', 'ru']);
    expect(findings[0].message).toContain('group of texts');
  });

  it('requires widget.name, description and short_description to be keys, not plain text', () => {
    const snapshot = withManifest((manifest) => (manifest.widget.name = 'Deals to Telegram via Acme'));
    const findings = findingsOf(i18nRefRule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('widget.name is plain text');
    expect(said(findings[0])).toContain('Set it to "widget.name"');
  });

  it('accepts plain text in label fields, and single-word keys that resolve', () => {
    const snapshot = withManifest(
      (manifest) => {
        manifest.locations.push('advanced_settings');
        manifest.advanced = { title: 'Acme settings' };
        manifest.widget.short_description = 'teaser';
      },
      'amocrm',
      { 'i18n/ru.json': { ...validI18n('ru'), teaser: 'Кратко' }, 'i18n/en.json': { ...validI18n('en'), teaser: 'Short' } },
    );
    expect(findingsOf(i18nRefRule, snapshot)).toEqual([]);
  });

  it('checks dp, advanced, salesbot and amoforms keys, and skips literal salesbot default values', () => {
    const snapshot = withManifest((manifest) => {
      manifest.locations.push('digital_pipeline', 'advanced_settings', 'salesbot_designer', 'amoforms');
      manifest.dp = { title: 'dp.title', settings: { message: { name: 'dp.message', type: 'text' } }, action_multiple: false };
      manifest.advanced = { title: 'advanced.title' };
      manifest.salesbot_designer = {
        logo: '/images/bot.png',
        send: {
          name: 'salesbot.handler_name',
          settings: {
            text: { name: 'salesbot.text', type: 'text', default_value: 'Hello, i am Salesbot!' },
            link: { name: 'salesbot.link', type: 'url', default_value: 'www.kommo.com' },
            title: { name: 'salesbot.title', type: 'text', default_value: 'salesbot.title_default' },
          },
        },
      };
      manifest.amoforms_settings = { title: 'amoforms_settings.title', error_text: 'amoforms_settings.error_text' };
    });
    const paths = findingsOf(i18nRefRule, snapshot)
      .filter((finding) => finding.locale === 'ru')
      .map((finding) => finding.message.split(' ')[0])
      .sort();
    expect(paths).toEqual([
      'advanced.title',
      'amoforms_settings.error_text',
      'amoforms_settings.title',
      'dp.settings.message.name',
      'dp.title',
      'salesbot_designer.send.name',
      'salesbot_designer.send.settings.link.name',
      'salesbot_designer.send.settings.text.name',
      'salesbot_designer.send.settings.title.default_value',
      'salesbot_designer.send.settings.title.name',
    ]);
  });

  it('skips locales whose file is missing or broken (i18n rules report those)', () => {
    const missingFile = withManifest((manifest) => manifest.widget.locale.push('es'));
    expect(findingsOf(i18nRefRule, missingFile)).toEqual([]);
    const broken = validSnapshot('amocrm', { 'i18n/en.json': '{ "widget": ' });
    expect(findingsOf(i18nRefRule, broken)).toEqual([]);
  });

  it('accepts flat keys written with their dots', () => {
    const flat = { 'widget.name': 'A via B', 'widget.description': 'D', 'widget.short_description': 'S', 'widget.tour_description': 'T', 'settings.api_key': 'K' };
    const snapshot = validSnapshot('amocrm', { 'i18n/ru.json': flat, 'i18n/en.json': flat });
    expect(findingsOf(i18nRefRule, snapshot)).toEqual([]);
  });

  it('only looks at declared locales', () => {
    const snapshot = validSnapshot('amocrm', { 'i18n/pt.json': { widget: {} } });
    expect(findingsOf(i18nRefRule, snapshot)).toEqual([]);
  });

  it('resolves the full amoCRM example manifest with matching i18n files', () => {
    const snapshot = withManifest(
      (manifest) => {
        manifest.dp = { settings: { message: { name: 'settings.message', type: 'text', required: true } }, action_multiple: false };
        manifest.advanced = { title: 'advanced.title' };
      },
      'amocrm',
      i18nFiles(['ru', 'en'], { settings: { message: 'Message' }, advanced: { title: 'Acme' } }),
    );
    expect(findingsOf(i18nRefRule, snapshot)).toEqual([]);
  });

  it('skips the keys of a block the platform ignores (its location is not declared): manifest/location-block says that once', () => {
    const withBlock = (locations: string[]) =>
      withManifest((manifest) => {
        manifest.locations = locations;
        manifest.advanced = { title: 'advanced.title' };
      });
    expect(findingsOf(i18nRefRule, withBlock(['ccard-1', 'settings']))).toEqual([]);
    const used = findingsOf(i18nRefRule, withBlock(['ccard-1', 'settings', 'advanced_settings']));
    expect(used.map((finding) => finding.locale).sort()).toEqual(['en', 'ru']);
  });
});

