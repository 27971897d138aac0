import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { snapshotFromFiles, validI18n, validManifest } from '../../helpers/widget-fixture';
import { composeMessage, moderationInfo } from '../../../renderer/src/wizard/review/message-text';

const widget = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru') });

describe('the moderation request from the wizard', () => {
  it('lists every missing answer instead of leaving a blank', () => {
    const result = composeMessage(widget, {}, 'en', false, 'amocrm');
    expect(result.status).toBe('missing');
    if (result.status === 'missing') expect(result.missing.map((item) => item.input)).toEqual(expect.arrayContaining(['account id (the account the integration was created in)', 'support phone']));
  });

  it('writes it from the answers, the widget texts and the draft’s contacts; the config fills gaps', () => {
    const draft = draftFromWidget(widget, 'amocrm');
    draft.support.phone = '+1 555 0100';
    const moderation = moderationInfo(
      { integrationId: '4f1c2a9e', howItWorks: 'Sends deal alerts.', instructions: 'Install and paste the token.', accountId: '  ' },
      draft,
      // Test data is never assumed unneeded: here the config declares it.
      { moderation: { accountId: '31234567', noTestData: true } },
    );
    const result = composeMessage(widget, moderation, 'ru', false, 'amocrm');
    expect(result.status).toBe('written');
    if (result.status === 'written') {
      expect(result.text).toContain('31234567');
      expect(result.text).toContain('+1 555 0100');
      expect(result.text).toContain('Сделки в Telegram via Acme');
    }
  });
});
