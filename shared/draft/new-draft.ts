import { platformProfile, type PlatformId } from '../platform/profiles';
import { followsViaPattern } from '../rules/text/name-via';
import { deriveWidgetCode, WIDGET_CODE_PATTERN } from '../scaffold/widget-scaffold';
import {
  DEFAULT_BRANDING,
  DEFAULT_STORE_TEXT_KEYS,
  WIDGET_DRAFT_VERSION,
  i18nText,
  sameInEvery,
  type WidgetDraft,
} from './widget-draft';

export interface NewDraftOptions {
  /** The product part of the store name: `Deals to Telegram`. */
  name: string;
  /** The creator: the name becomes `Deals to Telegram via Acme` (checklist: "Followed by the widget creator's name, using the word via"). */
  company: string;
  /** Lower-case widget code (`acme_deals`): the CSS namespace of a new widget; derived from company and name by default. */
  code?: string;
  /** The platform's default locales when not given. */
  locales?: readonly string[];
  supportLink?: string;
  supportEmail?: string;
}

/** "Product via Company" unless the name already names its creator. */
export function storeName(name: string, company: string): string {
  const product = name.trim();
  const creator = company.trim();
  if (creator === '' || followsViaPattern(product)) return product;
  return `${product} via ${creator}`;
}

/** The split back: `Deals to Telegram via Acme` -> product and company (company empty when there is no "via"). */
export function splitStoreName(name: string): { product: string; company: string } {
  const match = /^(.*?)\s+via\s+(.+)$/i.exec(name.trim());
  return match ? { product: match[1].trim(), company: match[2].trim() } : { product: name.trim(), company: '' };
}

const FALLBACK_CODE = 'my_widget';

/** The code a new widget's script and style use: the draft's when valid, else one derived from its name. */
export function widgetCodeOf(draft: WidgetDraft): string {
  if (WIDGET_CODE_PATTERN.test(draft.code)) return draft.code;
  const name = draft.texts.name.values.en ?? Object.values(draft.texts.name.values)[0] ?? '';
  const { product, company } = splitStoreName(name);
  return deriveWidgetCode(draft.company || company, product) ?? FALLBACK_CODE;
}

/**
 * A widget from a blank page, with the structure page's defaults: version 1.0.0, interface 2,
 * init_once false (no shared context across pages), installation true, a tour, the platform's
 * default locales and the common card locations with the right panel.
 */
export function newDraft(platform: PlatformId, options: NewDraftOptions): WidgetDraft {
  const profile = platformProfile(platform);
  const locales = [...(options.locales ?? profile.defaultLocales)];
  const empty = sameInEvery(locales, '');
  return {
    draftVersion: WIDGET_DRAFT_VERSION,
    platform,
    company: options.company.trim(),
    code: options.code?.trim() || (deriveWidgetCode(options.company, options.name) ?? ''),
    basics: { version: '1.0.0', interfaceVersion: 2, initOnce: false, installation: true, isShowcase: null },
    locales,
    texts: {
      name: i18nText(DEFAULT_STORE_TEXT_KEYS.name, sameInEvery(locales, storeName(options.name, options.company))),
      teaser: i18nText(DEFAULT_STORE_TEXT_KEYS.teaser, empty),
      description: i18nText(DEFAULT_STORE_TEXT_KEYS.description, empty),
      tourDescription: i18nText(DEFAULT_STORE_TEXT_KEYS.tourDescription, empty),
    },
    i18nKeys: [],
    removedI18nKeys: [],
    locations: [
      { area: 'ccard', panel: '1' },
      { area: 'lcard', panel: '1' },
      { area: 'settings', panel: null },
    ],
    blocks: {},
    removedBlocks: [],
    settingsFields: [],
    support: { link: options.supportLink ?? '', email: options.supportEmail ?? '', phone: '', privacyPolicy: empty },
    tour: { isTour: true, images: Object.fromEntries(locales.map((locale) => [locale, []])) },
    branding: { ...DEFAULT_BRANDING },
    unknownManifest: {},
    // A new widget's marketplace is the user's explicit choice: saved with it.
    config: { platform },
    removedFiles: [],
    fixEncoding: false,
  };
}
