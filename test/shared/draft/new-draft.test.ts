import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { setLocation, setLocationPanel } from '../../../shared/draft/draft-edits';
import { parseWidgetDraft } from '../../../shared/draft/draft-schema';
import { newDraft, splitStoreName, storeName } from '../../../shared/draft/new-draft';
import { validSnapshot } from '../../helpers/widget-fixture';

describe('newDraft', () => {
  it('starts with the documented defaults and the platform default locales', () => {
    const draft = newDraft('kommo', { name: 'Deals to Telegram', company: 'Acme' });
    expect(draft.basics).toEqual({ version: '1.0.0', interfaceVersion: 2, initOnce: false, installation: true, isShowcase: null });
    expect(draft.locales).toEqual(['en', 'es']);
    expect(draft.locations).toEqual([
      { area: 'ccard', panel: '1' },
      { area: 'lcard', panel: '1' },
      { area: 'settings', panel: null },
    ]);
    expect(draft.texts.name.values).toEqual({ en: 'Deals to Telegram via Acme', es: 'Deals to Telegram via Acme' });
    expect(draft.texts.teaser.values).toEqual({ en: '', es: '' });
    expect(draft.code).toBe('acme_deals_to_telegram');
    expect(draft.tour).toEqual({ isTour: true, images: { en: [], es: [] } });
  });

  it('writes "Product via Company" once', () => {
    expect(storeName('Deals', 'Acme')).toBe('Deals via Acme');
    expect(storeName('Deals via Acme', 'Acme')).toBe('Deals via Acme');
    expect(storeName('Deals', '  ')).toBe('Deals');
    expect(splitStoreName('Сделки в Telegram via Acme Corp')).toEqual({ product: 'Сделки в Telegram', company: 'Acme Corp' });
    expect(splitStoreName('Deals')).toEqual({ product: 'Deals', company: '' });
  });
});

describe('locations', () => {
  it('adds an area with the right-panel flag only where the platform allows a suffix', () => {
    let draft = newDraft('amocrm', { name: 'Deals', company: 'Acme' });
    draft = setLocation(draft, 'everywhere', true);
    draft = setLocation(draft, 'llist', true);
    draft = setLocationPanel(draft, 'llist', '0');
    expect(draft.locations.slice(3)).toEqual([
      { area: 'everywhere', panel: null },
      { area: 'llist', panel: '0' },
    ]);
    expect(setLocation(draft, 'llist', false).locations.map((location) => location.area)).toEqual(['ccard', 'lcard', 'settings', 'everywhere']);
  });

  it('creates the block a location needs from the platform profile, and only there', () => {
    const amocrm = setLocation(newDraft('amocrm', { name: 'Deals', company: 'Acme' }), 'amoforms', true);
    expect(amocrm.blocks.amoforms_settings?.title.key).toBe('amoforms_settings.title');
    const kommo = setLocation(newDraft('kommo', { name: 'Deals', company: 'Acme' }), 'amoforms', true);
    expect(kommo.blocks).toEqual({});
    const mobile = setLocation(newDraft('kommo', { name: 'Deals', company: 'Acme' }), 'mobile_card', true);
    expect(mobile.blocks.mobile).toEqual({ frameUrl: '', color: '' });
  });
});

describe('parseWidgetDraft', () => {
  it('reads back a draft saved as JSON', () => {
    for (const draft of [newDraft('amocrm', { name: 'Deals', company: 'Acme' }), draftFromWidget(validSnapshot('kommo'), 'kommo')]) {
      expect(parseWidgetDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    }
  });

  it('refuses a draft of another shape instead of half-trusting it', () => {
    const draft = JSON.parse(JSON.stringify(newDraft('amocrm', { name: 'Deals', company: 'Acme' })));
    expect(parseWidgetDraft({ ...draft, draftVersion: 0 })).toBeNull();
    expect(parseWidgetDraft({ ...draft, platform: 'bitrix' })).toBeNull();
    expect(parseWidgetDraft({ ...draft, texts: { name: draft.texts.name } })).toBeNull();
    expect(parseWidgetDraft('{}')).toBeNull();
    expect(parseWidgetDraft(null)).toBeNull();
  });
});
