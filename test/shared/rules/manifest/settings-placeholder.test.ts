import { describe, expect, it } from 'vitest';
import { settingsPlaceholderRule } from '../../../../shared/rules/manifest/settings-placeholder';
import { validI18n, validManifest, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, withManifestText, type Manifest } from './manifest-fixture';

function findingsFor(change: (manifest: Manifest) => void, files = {}) {
  return findingsOf(settingsPlaceholderRule, withManifest(change, 'amocrm', files));
}

function i18nWith(locale: string, placeholders: Record<string, string>): Record<string, unknown> {
  const texts = validI18n(locale);
  texts.settings = { ...(texts.settings as object), ...placeholders };
  return texts;
}

describe('manifest/settings-placeholder', () => {
  it('passes pattern placeholders in the manifest and in the i18n texts they point at', () => {
    expect(findingsOf(settingsPlaceholderRule, validSnapshot())).toEqual([]);
    const files = {
      'i18n/ru.json': i18nWith('ru', { api_key_hint: 'Введите API-ключ из личного кабинета', login_hint: 'ваш-поддомен' }),
      'i18n/en.json': i18nWith('en', { api_key_hint: 'Enter your API key', login_hint: 'your-subdomain' }),
    };
    expect(findingsFor((manifest) => {
      manifest.settings = {
        api_key: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'settings.api_key_hint' },
        login: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'settings.login_hint' },
        account: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'your-subdomain.amocrm.ru' },
        email: { name: 'settings.api_key', type: 'text', required: false, placeholder: 'name@example.com' },
        password: { name: 'settings.api_key', type: 'pass', required: false, placeholder: '********' },
        token: { name: 'settings.api_key', type: 'text', required: false, placeholder: 'xxxx-xxxx-xxxx-xxxx' },
        color: { name: 'settings.api_key', type: 'text', required: false, default_value: '#ffcc00' },
        hook: { name: 'settings.api_key', type: 'text', required: false, placeholder: 'https://example.com/hook' },
      };
    }, files)).toEqual([]);
  });

  it('reports a real-looking key in a placeholder as an error at its line, showing only its start', () => {
    const manifest = JSON.stringify(
      {
        ...validManifest('amocrm'),
        settings: { api_key: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'Zr4Kq8WmT2vLx9NbP5sYc3HdJ7fG1aQe' } },
      },
      null,
      2,
    );
    const findings = findingsOf(settingsPlaceholderRule, withManifestText(manifest));
    expect(findings).toHaveLength(1);
    const line = manifest.split('\n').findIndex((text) => text.includes('"placeholder"')) + 1;
    expect(findings[0]).toMatchObject({ ruleId: 'manifest/settings-placeholder', severity: 'error', file: 'manifest.json', line });
    expect(findings[0].message).toBe(`settings.api_key.placeholder holds "Zr4Kq8…", a random-looking key or token (manifest.json:${line})`);
    expect(findings[0].message).not.toContain('Zr4Kq8WmT2');
    expect(findings[0].help?.en).toContain('revoke the key');
    expect(findings[0].messageRu).toContain('похоже на случайный ключ');
  });

  it('reports an account name and an e-mail as warnings, and a password as an error', () => {
    const findings = findingsFor((manifest) => {
      manifest.settings = {
        account: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'bakery_shop7' },
        email: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'ivan.petrov@gmail.com' },
        domain: { name: 'settings.api_key', type: 'text', required: true, default_value: 'https://bakery42.amocrm.ru' },
        password: { name: 'settings.api_key', type: 'pass', required: true, placeholder: 'Summer2024' },
      };
    });
    expect(findings.map((finding) => [finding.severity, finding.message.split(' holds')[0]])).toEqual([
      ['warning', 'settings.account.placeholder'],
      ['warning', 'settings.email.placeholder'],
      ['warning', 'settings.domain.default_value'],
      ['error', 'settings.password.placeholder'],
    ]);
  });

  it('reads the i18n text a placeholder key points at and reports it in that file and locale', () => {
    const files = {
      'i18n/ru.json': i18nWith('ru', { key_hint: 'Например: sk_' + 'live_51HqLyjWDarjtT1zdp7dc' }),
      'i18n/en.json': i18nWith('en', { key_hint: 'For example: xxxx-xxxx' }),
    };
    const findings = findingsFor((manifest) => {
      manifest.dp = { settings: { key: { name: 'settings.api_key', type: 'text', required: true, placeholder: 'settings.key_hint' } }, action_multiple: false };
    }, files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/ru.json', locale: 'ru', severity: 'error' });
    expect(findings[0].message).toMatch(/^dp\.settings\.key\.placeholder \(i18n "settings\.key_hint"\) holds "sk_liv…", a real-looking API key \(i18n\/ru\.json:\d+\)$/);
  });
});

