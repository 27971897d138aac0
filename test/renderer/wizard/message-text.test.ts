import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { snapshotFromFiles, validI18n, validManifest } from '../../helpers/widget-fixture';
import { composeMessage, moderationInfo, testDataChoice } from '../../../renderer/src/wizard/review/message-text';

const widget = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru') });

describe('the moderation request from the wizard', () => {
  it('lists every missing answer instead of leaving a blank', () => {
    const result = composeMessage(widget, {}, 'en', false, 'amocrm');
    expect(result.status).toBe('missing');
    if (result.status === 'missing') expect(result.missing.map((item) => item.input)).toEqual(expect.arrayContaining(['account id (the account the integration was created in)', 'support phone']));
  });

  it('writes it from the answers, the widget texts and the draft’s contacts; answers kept from earlier versions fill gaps', () => {
    const draft = draftFromWidget(widget, 'amocrm');
    draft.support.phone = '+1 555 0100';
    draft.config = { moderation: { accountId: '31234567', howItWorks: 'Sends deal alerts.', noTestData: true } };
    const moderation = moderationInfo({ integrationId: '4f1c2a9e', howItWorks: 'Older answer.', instructions: 'Install and paste the token.', accountId: '  ' }, draft);
    expect(moderation.howItWorks).toBe('Sends deal alerts.');
    const result = composeMessage(widget, moderation, 'ru', false, 'amocrm');
    expect(result.status).toBe('written');
    if (result.status === 'written') {
      expect(result.text).toContain('31234567');
      expect(result.text).toContain('+1 555 0100');
      expect(result.text).toContain('Сделки в Telegram via Acme');
    }
  });

  it('puts the widget code from Start, the support page and each privacy link into the request', () => {
    const draft = draftFromWidget(widget, 'amocrm');
    draft.code = 'acme_deals';
    draft.support.phone = '+1 555 0100';
    draft.support.privacyPolicy = { en: 'https://acme.example/privacy', ru: 'https://acme.example/ru/privacy' };
    draft.config = { moderation: { accountId: '31234567', howItWorks: 'Sends deal alerts.', instructions: 'Install it.', noTestData: true } };
    const moderation = moderationInfo({}, draft);
    expect(moderation.widgetCode).toBe('acme_deals');
    const result = composeMessage(widget, moderation, 'en', false, 'amocrm');
    expect(result.status).toBe('written');
    if (result.status !== 'written') return;
    expect(result.text).toContain('Widget code: acme_deals');
    expect(result.text).toMatch(/Privacy policy \(English\): https:\/\/acme\.example\/privacy/);
    expect(result.text).toMatch(/Privacy policy \(Russian\): https:\/\/acme\.example\/ru\/privacy/);
    expect(result.text).toContain('Test data for connecting\nNot needed.');
  });

  it('never assumes no test data is needed: the choice is an explicit answer', () => {
    const draft = draftFromWidget(widget, 'amocrm');
    expect(testDataChoice({}, draft)).toBeNull();
    expect(testDataChoice({ testCredentials: 'login: demo' }, draft)).toBe('needed');
    draft.config = { moderation: { noTestData: true } };
    expect(testDataChoice({ testCredentials: 'login: demo' }, draft)).toBe('none');
    expect(moderationInfo({ testCredentials: 'login: demo' }, draft).testData).toBeUndefined();
  });
});
