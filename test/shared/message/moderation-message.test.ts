import { describe, expect, it } from 'vitest';
import { languageName, MessageInputError, writeModerationMessage, type ModerationMessageInput } from '../../../shared/message/moderation-message';
import { validI18n, validManifest } from '../../helpers/widget-fixture';

const MODERATION = {
  integrationId: '3f1c2a9e-1111-4222-8333-444455556666',
  accountId: '30112233',
  howItWorks: 'The widget sends an alert to a Telegram chat when a deal is created.',
  instructions: 'Install the widget, paste the API key from @AcmeBot, save. Create a deal to see the alert.',
  testData: 'API key: test-123 (bot @AcmeTestBot).',
  supportPhone: '+7 495 000-00-00',
  supportEmail: 'support@acme-widgets.io',
};

function input(overrides: Partial<ModerationMessageInput> = {}): ModerationMessageInput {
  return { manifest: validManifest('amocrm'), i18n: { ru: validI18n('ru'), en: validI18n('en') }, moderation: { ...MODERATION }, ...overrides };
}

function missingOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof MessageInputError) return error.missing.map((item) => item.input);
    throw error;
  }
  throw new Error('expected a MessageInputError');
}

describe('writeModerationMessage (ru)', () => {
  const text = writeModerationMessage(input(), { lang: 'ru' });

  it('contains every part the upload page asks for', () => {
    expect(text).toContain('Прошу провести модерацию и опубликовать виджет «Сделки в Telegram via Acme» в маркетплейсе amoCRM.');
    expect(text).toContain(`ID интеграции: ${MODERATION.integrationId}`);
    expect(text).toContain('ID аккаунта, в котором создана интеграция: 30112233');
    expect(text).toContain(`Как работает виджет\n${MODERATION.howItWorks}`);
    expect(text).toContain(`Как подключить виджет и работать с ним\n${MODERATION.instructions}`);
    expect(text).toContain(`Тестовые данные для подключения\n${MODERATION.testData}`);
    expect(text).toContain('Телефон: +7 495 000-00-00');
    expect(text).toContain('Email: support@acme-widgets.io');
  });

  it('names the widget, its teaser, version and languages in Russian', () => {
    expect(text).toContain('Название: Сделки в Telegram via Acme');
    expect(text).toContain('Краткое описание: Уведомления о сделках в Telegram за минуту');
    expect(text).toContain('Версия: 1.0.0');
    expect(text).toContain('Языки: русский, английский');
    expect(text).not.toMatch(/undefined|null/);
  });
});

describe('writeModerationMessage (en)', () => {
  const text = writeModerationMessage(input(), { lang: 'en' });

  it('contains every part in English, with the English texts', () => {
    expect(text).toContain('Please review and publish the widget "Deals to Telegram via Acme" on the amoCRM Marketplace.');
    expect(text).toContain(`Integration ID: ${MODERATION.integrationId}`);
    expect(text).toContain('ID of the account where the integration was created: 30112233');
    expect(text).toContain(`How the widget works\n${MODERATION.howItWorks}`);
    expect(text).toContain(`How to connect the widget and use it\n${MODERATION.instructions}`);
    expect(text).toContain(`Test data for connecting\n${MODERATION.testData}`);
    expect(text).toContain('Phone: +7 495 000-00-00');
    expect(text).toContain('Email: support@acme-widgets.io');
    expect(text).toContain('Short description: Get deal alerts in Telegram within a minute');
    expect(text).toContain('Languages: Russian, English');
    expect(text).not.toMatch(/[А-Яа-яЁё]/);
  });

  it('names the platform of a Kommo widget', () => {
    const kommo = writeModerationMessage(input({ manifest: validManifest('kommo'), i18n: { en: validI18n('en'), es: validI18n('es') } }), {
      lang: 'en',
      platform: 'kommo',
    });
    expect(kommo).toContain('on the Kommo Marketplace');
    expect(kommo).toContain('Languages: English, Spanish');
  });
});

describe('writeModerationMessage inputs', () => {
  it('uses the widget code when there is no integration yet', () => {
    const text = writeModerationMessage(input({ moderation: { ...MODERATION, integrationId: undefined, widgetCode: 'acme_deals' } }), { lang: 'ru' });
    expect(text).toContain('Код виджета: acme_deals');
    expect(text).not.toContain('ID интеграции');
  });

  it('falls back to the manifest support email', () => {
    const text = writeModerationMessage(input({ moderation: { ...MODERATION, supportEmail: undefined } }), { lang: 'en' });
    expect(text).toContain('Email: help@acme-widgets.io');
  });

  it('says test data is not needed only when that was declared, never because it is missing', () => {
    expect(missingOf(() => writeModerationMessage(input({ moderation: { ...MODERATION, testData: '  ' } }), { lang: 'ru' }))).toEqual([
      'test data (or that none is needed)',
    ]);
    const text = writeModerationMessage(input({ moderation: { ...MODERATION, testData: '', noTestData: true } }), { lang: 'ru' });
    expect(text).toContain('Тестовые данные для подключения\nНе требуются.');
    expect(missingOf(() => writeModerationMessage(input({ moderation: { ...MODERATION, noTestData: true } }), { lang: 'ru' }))).toEqual(['test data']);
  });

  it('an English request stops at an input written only in Russian, and names it', () => {
    const moderation = { ...MODERATION, instructions: 'Установите виджет и сохраните ключ.' };
    expect(missingOf(() => writeModerationMessage(input({ moderation }), { lang: 'en' }))).toEqual(['how to connect the widget and work with it in English']);
    // A Russian request may quote English texts.
    expect(writeModerationMessage(input({ moderation: MODERATION }), { lang: 'ru' })).toContain(MODERATION.instructions);
  });

  it('an English request of a widget with only Russian texts asks for English ones instead of quoting Russian', () => {
    const manifest = validManifest('amocrm') as { widget: Record<string, unknown> };
    const russianOnly = { ...manifest, widget: { ...manifest.widget, locale: ['ru'] } };
    const missing = missingOf(() => writeModerationMessage(input({ manifest: russianOnly, i18n: { ru: validI18n('ru') } }), { lang: 'en' }));
    expect(missing).toEqual(['widget name and short description in English']);
  });

  it('gives the support page and each privacy policy link in the support part', () => {
    const moderation = { ...MODERATION, privacyPolicy: { en: 'https://acme-widgets.io/privacy', ru: ' ' } };
    const text = writeModerationMessage(input({ moderation }), { lang: 'en' });
    expect(text).toContain('Support page: https://acme-widgets.io/support\nPrivacy policy (English): https://acme-widgets.io/privacy\n');
    expect(text).not.toContain('Privacy policy (Russian)');
  });

  it('falls back to English texts when the message language has no locale file', () => {
    const manifest = validManifest('kommo');
    const text = writeModerationMessage(input({ manifest, i18n: { en: validI18n('en'), es: validI18n('es') } }), { lang: 'ru', platform: 'kommo' });
    expect(text).toContain('«Deals to Telegram via Acme»');
    expect(text).toContain('Языки: английский, испанский');
  });

  it('lists every missing input with where to set it', () => {
    let caught: unknown;
    try {
      writeModerationMessage(input({ moderation: {}, manifest: { ...validManifest(), widget: { ...(validManifest().widget as object), support: {} } } }), {
        lang: 'ru',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MessageInputError);
    const error = caught as MessageInputError;
    expect(error.missing.map((item) => item.input)).toEqual([
      'integration id or widget code',
      'account id (the account the integration was created in)',
      'how the widget works',
      'how to connect the widget and work with it',
      'test data (or that none is needed)',
      'support phone',
      'support email',
    ]);
    expect(error.message).toContain('needs 7 more inputs');
    expect(error.message).toContain('set "moderation.accountId" in widget-publisher.json or pass --account-id');
    expect(error.message).toContain('set "moderation.howItWorks" in widget-publisher.json');
    expect(error.message).toContain('"widget.support.email" in manifest.json');
  });

  it('treats blank strings as missing', () => {
    expect(missingOf(() => writeModerationMessage(input({ moderation: { ...MODERATION, accountId: ' ' } }), { lang: 'en' }))).toEqual([
      'account id (the account the integration was created in)',
    ]);
  });

  it('names the i18n file when the name does not resolve', () => {
    const ru = validI18n('ru') as { widget: Record<string, unknown> };
    delete ru.widget.name;
    const en = validI18n('en') as { widget: Record<string, unknown> };
    delete en.widget.name;
    let message = '';
    try {
      writeModerationMessage(input({ i18n: { ru, en } }), { lang: 'ru' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('widget name: "widget.name" in manifest.json, resolved in i18n/ru.json');
  });
});

describe('writeModerationMessage --update', () => {
  const update = { ...MODERATION, changes: 'Alerts now include the deal budget.' };

  it('says it is an update, with the version, what changed, and every locale\'s name and description', () => {
    const text = writeModerationMessage(input({ moderation: update }), { lang: 'ru', update: true });
    expect(text).toContain('Прошу провести модерацию обновления виджета «Сделки в Telegram via Acme» до версии 1.0.0');
    expect(text).toContain('Что изменилось в версии 1.0.0\nAlerts now include the deal budget.');
    expect(text).toContain('[Русский, ru]\nНазвание: Сделки в Telegram via Acme');
    expect(text).toContain('Описание: Виджет отправляет уведомления');
    expect(text).toContain('[Английский, en]\nНазвание: Deals to Telegram via Acme');
    expect(text).toContain('Описание: The widget sends alerts');
    const english = writeModerationMessage(input({ moderation: update }), { lang: 'en', update: true });
    expect(english).toContain('Please review the update of the widget "Deals to Telegram via Acme" to version 1.0.0');
    expect(english).toContain('What changed in version 1.0.0\nAlerts now include the deal budget.');
    expect(english).toContain('[Russian, ru]');
  });

  it('requires what changed and the version for an update', () => {
    const manifest = validManifest() as { widget: Record<string, unknown> };
    delete manifest.widget.version;
    expect(missingOf(() => writeModerationMessage(input({ manifest }), { lang: 'en', update: true }))).toEqual([
      'version',
      'what changed in this update',
    ]);
  });
});

describe('languageName', () => {
  it('names locales in the message language', () => {
    expect(languageName('pt', 'ru')).toBe('португальский');
    expect(languageName('tr', 'en')).toBe('Turkish');
  });
});
