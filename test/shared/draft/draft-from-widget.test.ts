import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { draftToFiles } from '../../../shared/draft/draft-to-files';
import { addLocale } from '../../../shared/draft/key-grid';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../helpers/widget-fixture';
import { existingTexts } from './draft-helpers';

describe('draftFromWidget', () => {
  it('pre-fills every step from a valid widget', () => {
    const draft = draftFromWidget(validSnapshot('kommo'), 'kommo');
    expect(draft.platform).toBe('kommo');
    expect(draft.basics).toEqual({ version: '1.0.0', interfaceVersion: 2, initOnce: false, installation: true, isShowcase: null });
    expect(draft.locales).toEqual(['en', 'es']);
    expect(draft.texts.name).toEqual({ key: 'widget.name', values: { en: 'Deals to Telegram via Acme', es: 'Tratos a Telegram via Acme' } });
    expect(draft.texts.teaser.values.en).toBe('Get deal alerts in Telegram within a minute');
    expect(draft.locations).toEqual([
      { area: 'ccard', panel: '1' },
      { area: 'lcard', panel: '1' },
      { area: 'settings', panel: null },
    ]);
    expect(draft.settingsFields).toEqual([
      { code: 'api_key', label: { key: 'settings.api_key', values: { en: 'API key', es: 'Clave API' } }, type: 'text', required: true },
    ]);
    expect(draft.support).toMatchObject({ link: 'https://acme-widgets.io/support', email: 'help@acme-widgets.io' });
    expect(draft.tour).toEqual({ isTour: true, images: { en: ['/images/tour_1_en.png'], es: ['/images/tour_1_es.png'] } });
    expect(draft.company).toBe('Acme');
    expect(draft.code).toBe('acme_deals_to_telegram');
    expect(draft.i18nKeys).toEqual([]);
  });

  it('reads the blocks of the locations the widget declares, and keeps other i18n keys in the grid', () => {
    const manifest = structuredClone(validWidgetFiles()['manifest.json']) as Record<string, unknown>;
    manifest.locations = ['lcard-1', 'digital_pipeline', 'mobile_card-0', 'widget_page'];
    manifest.dp = { settings: { message: { name: 'dp.message', type: 'text', required: true } }, action_multiple: false, webhook_url: 'https://acme-widgets.io/dp' };
    manifest.mobile = { frame_url: 'https://acme-widgets.io/m', color: '#ffcc00' };
    manifest.left_menu = { acme: { title: 'left_menu.title', icon: 'images/menu.svg' } };
    const i18n = (text: string) => ({ ...(validWidgetFiles()['i18n/en.json'] as object), dp: { message: text }, left_menu: { title: 'Acme' }, userLang: { ok: 'OK' } });
    const draft = draftFromWidget(validSnapshot('amocrm', { 'manifest.json': manifest, 'i18n/en.json': i18n('Message'), 'i18n/ru.json': i18n('Сообщение') }), 'amocrm');
    expect(draft.locations.map((location) => `${location.area}:${location.panel}`)).toEqual(['lcard:1', 'digital_pipeline:null', 'mobile_card:0', 'widget_page:null']);
    expect(draft.blocks.dp).toEqual({
      title: null,
      actionMultiple: false,
      webhookUrl: 'https://acme-widgets.io/dp',
      fields: [{ code: 'message', label: { key: 'dp.message', values: { ru: 'Сообщение', en: 'Message' } }, type: 'text', required: true }],
    });
    expect(draft.blocks.mobile).toEqual({ frameUrl: 'https://acme-widgets.io/m', color: '#ffcc00' });
    expect(draft.blocks.left_menu).toEqual({ value: { acme: { title: 'left_menu.title', icon: 'images/menu.svg' } } });
    expect(draft.i18nKeys.map((text) => text.key)).toEqual(['left_menu.title', 'userLang.ok']);
  });

  it('never throws on broken or partial input and leaves what it cannot read empty', () => {
    const inputs = [
      snapshotFromFiles({}),
      snapshotFromFiles({ 'manifest.json': '' }),
      snapshotFromFiles({ 'manifest.json': '[1, 2]' }),
      snapshotFromFiles({ 'manifest.json': '{"widget": {"name": 5, "locale": "ru", "support": []}, "locations": [1, null, "lcard-7"], "settings": ["a"], "tour": {"tour_images": {"en": "x"}}' }),
      snapshotFromFiles({ 'manifest.json': { widget: null, dp: 'x', sms: 3 }, 'i18n/en.json': '{"widget": {"name": "A"', 'i18n/ru.json': '"just a string"' }),
      snapshotFromFiles({ 'manifest.json': new Uint8Array([0xff, 0xfe, 0x00, 0x7b]) }),
    ];
    for (const snapshot of inputs) {
      const draft = draftFromWidget(snapshot, 'amocrm');
      expect(() => draftToFiles(draft, existingTexts(snapshot))).not.toThrow();
      expect(draft.texts.name.key).toBe('widget.name');
    }
    const partial = draftFromWidget(inputs[3], 'amocrm');
    expect(partial.locations).toEqual([{ area: 'lcard', panel: '7' }]);
    expect(partial.settingsFields).toEqual([]);
    expect(partial.tour.images).toEqual({ en: [] });
    expect(partial.basics).toEqual({ version: '', interfaceVersion: null, initOnce: null, installation: null, isShowcase: null });
  });

  it('takes the locales from the i18n files when the manifest declares none', () => {
    const manifest = structuredClone(validWidgetFiles()['manifest.json']) as { widget: Record<string, unknown> };
    delete manifest.widget.locale;
    const draft = draftFromWidget(validSnapshot('amocrm', { 'manifest.json': manifest }), 'amocrm');
    expect(draft.locales).toEqual(['ru', 'en']);
  });

  it('keeps the texts of an i18n file whose locale is not declared, and adding the locale brings them back', () => {
    const snapshot = validSnapshot('amocrm', { 'i18n/es.json': validWidgetFiles('kommo')['i18n/es.json'] });
    const draft = draftFromWidget(snapshot, 'amocrm');
    expect(draft.locales).toEqual(['ru', 'en']);
    const withSpanish = addLocale(draft, 'es');
    expect(withSpanish.texts.name.values.es).toBe('Tratos a Telegram via Acme');
    const files = draftToFiles(withSpanish, existingTexts(snapshot));
    expect(files['i18n/es.json']).toBe(existingTexts(snapshot).i18nTexts?.es);
    expect(files['i18n/en.json']).toBe(existingTexts(snapshot).i18nTexts?.en);
  });

  it('reads the support phone from widget-publisher.json, where the moderation request takes it from', () => {
    const snapshot = snapshotFromFiles(validWidgetFiles(), { configText: '{"moderation": {"supportPhone": "+1 555 0100"}}' });
    expect(draftFromWidget(snapshot, 'amocrm').support.phone).toBe('+1 555 0100');
  });
});
