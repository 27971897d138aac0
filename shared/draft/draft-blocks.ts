/**
 * Manifest blocks tied to locations (dp, advanced, sms, ...). Which location needs which block,
 * and what a block must contain, is platform data (LocationSpec.block); this file only knows how
 * a fresh block of each kind looks in the draft.
 */
import { findLocation, type LocationSpec, type PlatformProfile } from '../platform/profiles';
import { BLOCK_KEYS, i18nText, sameInEvery, type BlockKey, type DraftBlocks, type WidgetDraft } from './widget-draft';

export function isBlockKey(key: string): key is BlockKey {
  return (BLOCK_KEYS as readonly string[]).includes(key);
}

/** Block keys this platform ties to one of its locations, in the profile's order. */
export function platformBlockKeys(profile: PlatformProfile): BlockKey[] {
  const keys: BlockKey[] = [];
  for (const spec of profile.locations) {
    const key = spec.block?.key;
    if (key && isBlockKey(key) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The block a location needs on this platform, if any. */
export function blockOfArea(profile: PlatformProfile, area: string): BlockKey | null {
  const key = findLocation(profile, area)?.block?.key;
  return key && isBlockKey(key) ? key : null;
}

/** Locations of the draft that need `key`. */
export function locationsNeeding(draft: WidgetDraft, profile: PlatformProfile, key: BlockKey): LocationSpec[] {
  return draft.locations.flatMap((location) => {
    const spec = findLocation(profile, location.area);
    return spec?.block?.key === key ? [spec] : [];
  });
}

export function isBlockNeeded(draft: WidgetDraft, profile: PlatformProfile, key: BlockKey): boolean {
  return locationsNeeding(draft, profile, key).length > 0;
}

/** A code usable as a JSON key and CSS class part: `Deals to Telegram` -> `deals_to_telegram`. */
function snakeCode(code: string): string {
  return code.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase() || 'widget';
}

/**
 * A block as the form starts it. Keys of i18n texts follow the structure page's example
 * (`advanced.title`, `salesbot.handler_name`); their values start empty in every locale.
 */
export function defaultBlock<K extends BlockKey>(key: K, draft: WidgetDraft): NonNullable<DraftBlocks[K]> {
  const empty = sameInEvery(draft.locales, '');
  const blocks: { [Key in BlockKey]-?: () => NonNullable<DraftBlocks[Key]> } = {
    dp: () => ({ title: null, actionMultiple: false, webhookUrl: '', fields: [] }),
    advanced: () => ({ title: i18nText('advanced.title', empty) }),
    salesbot_designer: () => ({
      value: { [`${snakeCode(draft.code)}_handler`]: { name: 'salesbot.handler_name', settings: {} } },
    }),
    sms: () => ({ endpoint: '' }),
    mobile: () => ({ frameUrl: '', color: '' }),
    left_menu: () => ({ value: { [snakeCode(draft.code)]: { title: 'left_menu.title', icon: 'images/logo_min.png' } } }),
    amoforms_settings: () => ({ title: i18nText('amoforms_settings.title', empty), required: null, errorText: null }),
  };
  return blocks[key]() as NonNullable<DraftBlocks[K]>;
}

/** i18n keys a JSON block refers to that the default block introduces (they go to the key grid). */
export const JSON_BLOCK_KEYS: Readonly<Partial<Record<BlockKey, readonly string[]>>> = {
  salesbot_designer: ['salesbot.handler_name'],
  left_menu: ['left_menu.title'],
};
