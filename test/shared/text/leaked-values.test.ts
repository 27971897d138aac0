import { describe, expect, it } from 'vitest';
import { leakedValue, type FieldHint } from '../../../shared/text/leaked-values';

const TEXT: FieldHint = { password: false, account: false };
const PASSWORD: FieldHint = { password: true, account: false };
const ACCOUNT: FieldHint = { password: false, account: true };
// Made-up keys in the known formats, split so that secret scanners do not take the test for a leak.
const STRIPE_LIKE = 'sk_' + 'live_51HqLyjWDarjtT1zdp7dc';
const GITHUB_LIKE = 'gh' + 'p_a8Kd92LmQw3ZxP0tR7yV1bN4cE6fG2hJ5kL9';

describe('leakedValue', () => {
  it('passes pattern placeholders, ordinary words and values that only look technical', () => {
    const patterns = [
      'Enter your API key',
      'Введите API-ключ из личного кабинета',
      'xxxx-xxxx-xxxx-xxxx',
      'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      '********',
      '••••••',
      '00000000-0000-0000-0000-000000000000',
      'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'your-subdomain',
      'your-subdomain.amocrm.ru',
      'https://example.com',
      'example@mail.com',
      'name@example.com',
      'info@yourcompany.ru',
      'user@domain.com',
      '#ffcc00',
      '#AABBCCDD',
      'settings.api_key_placeholder',
      'widget.settings.webhook_url_placeholder',
      'ru или en',
      '1234567890',
      '0123456789abcdef0123456789abcdef',
      'abcdefghijklmnopqrstuvwxyz',
      'internationalization-settings',
      'CustomFieldsConfigurationValue',
      'https://api.my-service.io/v2/hooks',
      'Ключ вида sk_xxxxxxxxxxxxxxxx',
      'Пароль',
      'mycompany.amocrm.ru',
      'HelloWorld2024Campaign',
      'ProductCatalogV2ImportSettings',
      'utm_campaign_2024_spring_sale',
      'https://cdn.jsdelivr.net/npm/lib@1.2.3/dist/lib.min.js',
      'ab12ab12ab12ab12ab12ab12',
      'qwertyuiopasdfghjklzxcvbnm1234',
    ];
    for (const text of patterns) expect([text, leakedValue(text, TEXT)]).toEqual([text, null]);
    expect(leakedValue('********', PASSWORD)).toBeNull();
    expect(leakedValue('Your password', PASSWORD)).toBeNull();
    expect(leakedValue('your-login', ACCOUNT)).toBeNull();
    expect(leakedValue('manager', ACCOUNT)).toBeNull();
  });

  it('reports keys and tokens as secrets: known formats, JWTs, UUIDs, hex keys, random tokens, also inside a sentence', () => {
    const secrets: Array<[string, string]> = [
      [STRIPE_LIKE, STRIPE_LIKE],
      [GITHUB_LIKE, GITHUB_LIKE],
      ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.kX8wYk3q9Zr0pLmN2sTa', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.kX8wYk3q9Zr0pLmN2sTa'],
      ['3f6c2b9e-41d7-4a8b-9c2e-7d15e0f4a6b3', '3f6c2b9e-41d7-4a8b-9c2e-7d15e0f4a6b3'],
      ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'],
      ['Qm7tV2xK9pLr4sNw8ZcY1bHd', 'Qm7tV2xK9pLr4sNw8ZcY1bHd'],
      ['Например: Qm7tV2xK9pLr4sNw8ZcY1bHd', 'Qm7tV2xK9pLr4sNw8ZcY1bHd'],
    ];
    for (const [text, found] of secrets) expect(leakedValue(text, TEXT)).toMatchObject({ kind: 'secret', found });
  });

  it('reports a password example that mixes letters and digits in a password field only', () => {
    expect(leakedValue('Summer2024', PASSWORD)).toMatchObject({ kind: 'secret', found: 'Summer2024' });
    expect(leakedValue('Summer2024', TEXT)).toBeNull();
  });

  it('reports real-looking e-mails and CRM accounts, and logins in account fields, as accounts', () => {
    expect(leakedValue('ivan.petrov@gmail.com', TEXT)).toMatchObject({ kind: 'account', found: 'ivan.petrov@gmail.com' });
    expect(leakedValue('Например, ivan.petrov@gmail.com', TEXT)).toMatchObject({ kind: 'account' });
    expect(leakedValue('https://bakery42.amocrm.ru', TEXT)).toMatchObject({ kind: 'account', found: 'https://bakery42.amocrm.ru' });
    expect(leakedValue('shopnord.kommo.com', TEXT)).toMatchObject({ kind: 'account' });
    expect(leakedValue('bakery_shop7', ACCOUNT)).toMatchObject({ kind: 'account', found: 'bakery_shop7' });
    expect(leakedValue('bakery_shop7', TEXT)).toBeNull();
  });
});
