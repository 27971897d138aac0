import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { choosePlatform, detectPlatform } from '../../../shared/platform/detect-platform';
import { snapshotFromFiles, validManifest, type FixtureFiles } from '../../helpers/widget-fixture';

function manifestWith(locales: string[], extra: Record<string, unknown> = {}, support: Record<string, string> = { email: 'help@acme-widgets.io' }) {
  const base = validManifest('amocrm') as { widget: Record<string, unknown>; locations: string[] };
  return { ...base, widget: { ...base.widget, locale: locales, support }, ...extra };
}

function widget(locales: string[], files: FixtureFiles = {}, manifestExtra: Record<string, unknown> = {}, support?: Record<string, string>) {
  const i18n = Object.fromEntries(locales.map((locale) => [`i18n/${locale}.json`, { widget: { name: 'x' } }]));
  return snapshotFromFiles({ 'manifest.json': manifestWith(locales, manifestExtra, support), ...i18n, 'script.js': 'define([], function () {});\n', ...files });
}

describe('detectPlatform', () => {
  it('takes a widget with es/pt/en and kommo.com support for Kommo, and says why', () => {
    const detection = detectPlatform(widget(['es', 'pt', 'en'], {}, {}, { link: 'https://acme.example/help', email: 'ana@kommo.com' }));
    expect(detection.platform).toBe('kommo');
    expect(detection.confident).toBe(true);
    const reasons = detection.signals.map((signal) => signal.reason.en).join(' | ');
    expect(reasons).toContain('not Russian');
    expect(reasons).toContain('kommo.com');
  });

  it('takes Turkish or Indonesian as Kommo on its own', () => {
    expect(detectPlatform(widget(['en', 'tr'])).platform).toBe('kommo');
    const indonesian = detectPlatform(widget(['id']));
    expect(indonesian.platform).toBe('kommo');
    expect(indonesian.signals[0].reason.en).toContain('only Kommo offers');
  });

  it('takes Russian, or an area only amoCRM has, as amoCRM', () => {
    expect(detectPlatform(widget(['ru', 'en'])).platform).toBe('amocrm');
    const customers = detectPlatform(widget(['en'], {}, { locations: ['cucard-1', 'settings'] }));
    expect(customers.platform).toBe('amocrm');
    expect(customers.signals.map((signal) => signal.reason.en).join()).toContain('cucard');
  });

  it('reads the locale from i18n file names when the manifest is broken', () => {
    const snapshot = snapshotFromFiles({ 'manifest.json': '{ "widget": ', 'i18n/tr.json': {}, 'i18n/en.json': {} });
    expect(detectPlatform(snapshot).platform).toBe('kommo');
  });

  it('counts an address in code as a hint, not proof, and does not match look-alike hosts', () => {
    const hinted = detectPlatform(widget(['en'], { 'script.js': "fetch('https://api.kommo.com/v4/leads');\n" }));
    expect(hinted.platform).toBe('kommo');
    expect(hinted.confident).toBe(false);
    const lookAlike = detectPlatform(widget(['en'], { 'script.js': "fetch('https://notkommo.com.example/x');\n" }));
    expect(lookAlike.signals).toEqual([]);
    expect(lookAlike.platform).toBe('amocrm');
  });

  it('lets a strong signal win over a hint the other way, and is unsure when both are strong', () => {
    const mixed = detectPlatform(widget(['ru', 'en'], { 'script.js': "var url = 'https://www.kommo.com';\n" }));
    expect(mixed.platform).toBe('amocrm');
    const conflicted = detectPlatform(widget(['ru', 'tr']));
    expect(conflicted.confident).toBe(false);
  });
});

describe('choosePlatform', () => {
  const kommoWidget = widget(['es', 'en']);

  it('puts --platform before the config, and the config before the widget', () => {
    expect(choosePlatform({ flag: 'amocrm', config: 'kommo' }, kommoWidget)).toMatchObject({ platform: 'amocrm', source: 'flag' });
    expect(choosePlatform({ config: 'amocrm' }, kommoWidget)).toMatchObject({ platform: 'amocrm', source: 'config' });
    expect(choosePlatform({}, kommoWidget)).toMatchObject({ platform: 'kommo', source: 'detected' });
  });

  it('falls back to amoCRM and says it is the default when nothing points anywhere', () => {
    const choice = choosePlatform({}, widget(['en']));
    expect(choice).toMatchObject({ platform: 'amocrm', source: 'default' });
    expect(choice.reasons[0].en).toContain('default');
  });

  it('is what checkWidget reports, so every finding speaks of the detected marketplace', () => {
    const report = checkWidget(widget(['es', 'pt', 'en']));
    expect(report.platform).toBe('kommo');
    expect(report.platformSource).toBe('detected');
  });
});
