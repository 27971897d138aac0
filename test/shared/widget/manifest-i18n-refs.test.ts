import { describe, expect, it } from 'vitest';
import { isI18nKeyLike, manifestI18nFields, manifestI18nReferences } from '../../../shared/widget/manifest-i18n-refs';
import { validManifest } from '../../helpers/widget-fixture';

describe('manifestI18nReferences', () => {
  it('lists the i18n keys of a manifest with their JSON paths', () => {
    expect(manifestI18nReferences(validManifest())).toEqual([
      { path: ['widget', 'name'], key: 'widget.name' },
      { path: ['widget', 'description'], key: 'widget.description' },
      { path: ['widget', 'short_description'], key: 'widget.short_description' },
      { path: ['tour', 'tour_description'], key: 'widget.tour_description' },
      { path: ['settings', 'api_key', 'name'], key: 'settings.api_key' },
    ]);
  });

  it('covers dp, advanced, salesbot and amoforms values, leaving out plain text and literal defaults', () => {
    const references = manifestI18nReferences({
      widget: { name: 'Plain name' },
      dp: { title: 'dp.title', settings: { message: { name: 'dp.message' } } },
      advanced: { title: 'Acme settings' },
      salesbot_designer: {
        logo: '/images/bot.png',
        send: {
          name: 'salesbot.send',
          settings: {
            link: { name: 'salesbot.link', default_value: 'www.kommo.com' },
            title: { name: 'salesbot.title', default_value: 'salesbot.title_default' },
            count: { name: 'salesbot.count', default_value: '1.5' },
          },
        },
      },
      amoforms_settings: { title: 'amoforms_settings.title', error_text: 'amoforms_settings.error_text' },
    });
    expect(references.map((reference) => reference.key)).toEqual([
      'dp.message',
      'dp.title',
      'salesbot.send',
      'salesbot.link',
      'salesbot.title',
      'salesbot.title_default',
      'salesbot.count',
      'amoforms_settings.title',
      'amoforms_settings.error_text',
    ]);
    expect(references[0].path).toEqual(['dp', 'settings', 'message', 'name']);
  });

  it('never throws on odd manifests', () => {
    for (const manifest of [null, 'x', [], { widget: [] }, { settings: [] }, { salesbot_designer: 'x' }]) {
      expect(manifestI18nReferences(manifest)).toEqual([]);
    }
    expect(manifestI18nFields({ widget: { name: 5 } })).toEqual([]);
  });

  it('tells keys from numbers and text', () => {
    expect(isI18nKeyLike('widget.name')).toBe(true);
    expect(isI18nKeyLike('settings.api-key')).toBe(true);
    expect(isI18nKeyLike('1.5')).toBe(false);
    expect(isI18nKeyLike('Demo widget')).toBe(false);
    expect(isI18nKeyLike('name')).toBe(false);
  });
});
