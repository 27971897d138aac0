import { describe, expect, it } from 'vitest';
import { settingsFieldRule } from '../../../../shared/rules/manifest/settings-field';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, type Manifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

function findingsFor(change: (manifest: Manifest) => void) {
  return findingsOf(settingsFieldRule, withManifest(change));
}

describe('manifest/settings-field', () => {
  it('passes every documented field type, in settings and dp.settings', () => {
    expect(findingsOf(settingsFieldRule, validSnapshot())).toEqual([]);
    expect(findingsFor((manifest) => {
      manifest.settings = {
        login: { name: 'settings.login', type: 'text', required: false },
        password: { name: 'settings.password', type: 'pass', required: false },
        staff: { name: 'settings.staff', type: 'users' },
        sip: { name: 'settings.sip', type: 'users_lp', required: true },
        custom: { name: 'settings.custom', type: 'custom', required: false },
      };
      manifest.dp = { settings: { message: { name: 'dp.message', type: 'text', required: true } }, action_multiple: false };
    })).toEqual([]);
  });

  it('passes the salesbot handler settings of the structure page example', () => {
    expect(findingsFor((manifest) => {
      manifest.salesbot_designer = {
        logo: '/images/bot.png',
        handler_code: {
          name: 'salesbot.handler_name',
          settings: {
            button_title: { name: 'salesbot.button_title', type: 'text', default_value: 'salesbot.button_title_default_value', manual: true },
            number: { name: 'salesbot.number', type: 'numeric' },
            url: { name: 'salesbot.url', type: 'url' },
          },
        },
      };
    })).toEqual([]);
  });

  it('reports unknown, missing and mis-cased types', () => {
    const findings = findingsFor((manifest) => {
      manifest.settings = {
        a: { name: 'settings.a', type: 'select' },
        b: { name: 'settings.b' },
        c: { name: 'settings.c', type: 'Text' },
      };
    });
    const messages = findings.map((finding) => said(finding));
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('settings.a.type is the string "select", not a type settings fields accept\nhelp: Allowed: text, pass, users, users_lp, custom.'),
        expect.stringContaining('settings.b has no type'),
        expect.stringContaining('Write "text"'),
      ]),
    );
  });

  it('requires name to be an i18n key, not the label', () => {
    const findings = findingsFor((manifest) => {
      manifest.settings = {
        login: { name: 'Login', type: 'text' },
        token: { type: 'text' },
        pin: { name: 5, type: 'pass' },
      };
    });
    const messages = findings.map((finding) => said(finding));
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('settings.login.name is plain text ("Login")'),
        expect.stringContaining('settings.token has no name\nhelp: Add "name": "settings.token"'),
        expect.stringContaining('settings.pin.name must be an i18n key'),
      ]),
    );
  });

  it('reports a non-boolean required, and checks dp.settings and salesbot types', () => {
    const findings = findingsFor((manifest) => {
      manifest.settings.api_key.required = 'true';
      manifest.dp = { settings: { message: { name: 'dp.message', type: 'textarea' } }, action_multiple: false };
      manifest.salesbot_designer = { send: { name: 'salesbot.send', settings: { count: { name: 'salesbot.count', type: 'number' } } } };
    });
    const messages = findings.map((finding) => said(finding));
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('settings.api_key.required must be true or false, found the string "true"\nhelp: Write true without quotes.'),
        expect.stringContaining('dp.settings.message.type is the string "textarea"'),
        expect.stringContaining('salesbot_designer.send.settings.count.type is the string "number", not a type Salesbot handler settings accept\nhelp: Allowed: text, numeric, url.'),
      ]),
    );
  });

  it('leaves non-object fields to manifest/schema', () => {
    expect(findingsFor((manifest) => (manifest.settings = { api_key: 'settings.api_key' }))).toEqual([]);
  });
});
