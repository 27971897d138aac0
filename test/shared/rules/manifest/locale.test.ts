import { describe, expect, it } from 'vitest';
import { localeRule } from '../../../../shared/rules/manifest/locale';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

function findingsFor(locale: unknown, platform: 'amocrm' | 'kommo' = 'amocrm') {
  return findingsOf(localeRule, withManifest((manifest) => (manifest.widget.locale = locale), platform), platform);
}

describe('manifest/locale', () => {
  it('passes the locales each platform offers', () => {
    expect(findingsOf(localeRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(localeRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
    expect(findingsFor(['ru', 'en', 'es', 'pt'])).toEqual([]);
    expect(findingsFor(['en', 'pt', 'es'], 'kommo')).toEqual([]);
    expect(findingsFor(['en', 'tr', 'id'], 'kommo')).toEqual([]);
  });

  it('reports a locale the platform does not offer, naming the offered ones', () => {
    const [finding] = findingsFor(['en', 'de']);
    expect(finding).toMatchObject({ severity: 'error', locale: 'de' });
    expect(finding.message).toContain('"de" is not a locale amoCRM offers (ru, en, es, pt)');
  });

  it('says when a locale belongs to the other platform', () => {
    const [finding] = findingsFor(['en', 'ru'], 'kommo');
    expect(said(finding)).toContain('offered on amoCRM');
    expect(finding.actions).toEqual([{ kind: 'set-config', key: 'platform', value: 'amocrm' }]);
  });

  it('suggests the lower-case code', () => {
    const [finding] = findingsFor(['EN', 'ru']);
    expect(said(finding)).toContain('Write it as "en"');
    expect(said(findingsFor(['en_US'])[0])).toContain('Write it as "en"');
  });

  it('reports duplicates, empty codes and an empty list', () => {
    expect(findingsFor(['ru', 'en', 'ru'])[0].message).toContain('lists "ru" twice');
    expect(findingsFor(['ru', ''])[0].message).toContain('empty string');
    const [empty] = findingsFor([]);
    expect(empty.message).toContain('widget.locale is empty');
  });

  it('leaves a non-array locale to manifest/schema', () => {
    expect(findingsFor('ru')).toEqual([]);
  });
});
