/**
 * What the publishing wizard edits: plain, serializable data (it is autosaved to the project store
 * as JSON), from which manifest.json and the i18n files are written.
 *
 * Every text a user sees is an `I18nText`: the i18n key manifest.json refers to, plus its value in
 * each locale. A locale absent from `values` means the key is missing from that locale's file; an
 * empty string means the key is there but empty. The two are shown differently in the key grid.
 */
import type { WidgetConfig } from '../config/widget-config';
import type { PlatformId } from '../platform/profiles';

/** Bumped when the shape changes, so a stored draft of an older shape can be migrated or dropped. */
export const WIDGET_DRAFT_VERSION = 1;

export interface I18nText {
  /** Dot path in the i18n files, e.g. `widget.name`, `settings.api_key`. */
  key: string;
  /** Value per locale; a locale that is not a property here is missing from that file. */
  values: Record<string, string>;
}

export type StoreTextField = 'name' | 'teaser' | 'description' | 'tourDescription';

export const STORE_TEXT_FIELDS: readonly StoreTextField[] = ['name', 'teaser', 'description', 'tourDescription'];

/** The i18n keys store texts use when a manifest does not say otherwise (the structure page's example). */
export const DEFAULT_STORE_TEXT_KEYS: Readonly<Record<StoreTextField, string>> = {
  name: 'widget.name',
  teaser: 'widget.short_description',
  description: 'widget.description',
  tourDescription: 'widget.tour_description',
};

export interface DraftBasics {
  /** `widget.version`; empty removes the key. */
  version: string;
  /** null leaves whatever the file holds untouched (a value the wizard could not read stays as it is). */
  interfaceVersion: number | null;
  initOnce: boolean | null;
  installation: boolean | null;
  isShowcase: boolean | null;
}

export interface SettingsField {
  /** Key of the field in `settings` (the FIELD_CODE). */
  code: string;
  /** `name` in the manifest is the label's i18n key (`settings.<code>`). */
  label: I18nText;
  /** One of profile.settingsFieldTypes; any other string is kept so the checker can name it. */
  type: string;
  /** null leaves the file's value untouched. */
  required: boolean | null;
}

export interface DraftLocation {
  area: string;
  /** Right-panel flag `-1` / `-0`; null when written without a suffix. Other strings are kept as found. */
  panel: string | null;
}

export interface DpBlock {
  /** `dp.title`: the trigger's name in Digital Pipeline settings; null when the widget has none. */
  title: I18nText | null;
  actionMultiple: boolean | null;
  /** https URL; empty removes the key. */
  webhookUrl: string;
  fields: SettingsField[];
}

export interface AdvancedBlock {
  title: I18nText;
}

export interface SmsBlock {
  endpoint: string;
}

export interface MobileBlock {
  frameUrl: string;
  /** HEX colour, e.g. `#ffcc00`. */
  color: string;
}

export interface AmoformsBlock {
  title: I18nText;
  required: boolean | null;
  errorText: I18nText | null;
}

/**
 * Blocks whose shape the platform documents only by example (handlers, menu items): kept as the
 * JSON value itself; their i18n keys live in `i18nKeys`.
 */
export interface JsonBlock {
  value: unknown;
}

/**
 * Blocks tied to locations, by their manifest key. Which location needs which block comes from
 * the platform profile (LocationSpec.block); this only holds what the user typed.
 */
export interface DraftBlocks {
  dp?: DpBlock;
  advanced?: AdvancedBlock;
  salesbot_designer?: JsonBlock;
  sms?: SmsBlock;
  mobile?: MobileBlock;
  left_menu?: JsonBlock;
  amoforms_settings?: AmoformsBlock;
}

export type BlockKey = keyof DraftBlocks;

export const BLOCK_KEYS: readonly BlockKey[] = ['dp', 'advanced', 'salesbot_designer', 'sms', 'mobile', 'left_menu', 'amoforms_settings'];

export interface DraftSupport {
  /** `widget.support.link` (https). */
  link: string;
  /** `widget.support.email`. */
  email: string;
  /** Not part of the widget files: goes into the moderation request. */
  phone: string;
  /** Not part of the widget files: the checklist asks for one per language (a manual item). */
  privacyPolicy: Record<string, string>;
}

export interface DraftTour {
  /** `tour.is_tour`; null leaves the file's value untouched. */
  isTour: boolean | null;
  /** `tour.tour_images`: manifest paths (`/images/tour_1_en.png`) per locale, in order. */
  images: Record<string, string[]>;
}

/**
 * Options for the image studio, as its FrameOptions take them (electron/services/image-studio);
 * the generated files are not part of the draft.
 */
export interface BrandingOptions {
  logoSource: string | null;
  /** Override for the wide formats (400x272, 240x84). */
  wideSource: string | null;
  /** Override for the small squares (108x108, 84x84). */
  squareSource: string | null;
  fit: 'contain' | 'cover';
  /** Where `cover` crops: the centre, or sharp's attention / entropy strategies. */
  position: 'centre' | 'attention' | 'entropy';
  /** Empty margin on every side in contain mode, percent of the frame's shorter side, 0..40. */
  padding: number;
  /** `transparent` or `#RRGGBB`. */
  background: string;
  /**
   * A logo on a uniform opaque background: true makes that background transparent, false keeps it on
   * purpose, null until the user chose (the Branding step asks).
   */
  clearBackground: boolean | null;
}

export interface WidgetDraft {
  draftVersion: number;
  platform: PlatformId;
  /** The company in "Product via Company"; used for name suggestions and the moderation request. */
  company: string;
  /**
   * Lower-case widget code (`acme_deals`, WIDGET_CODE_PATTERN): the CSS namespace and script
   * skeleton of a new widget derive from it. Read from a legacy `widget.code` when there is one.
   */
  code: string;
  basics: DraftBasics;
  /** Declared locales (`widget.locale`), in order. */
  locales: string[];
  texts: Record<StoreTextField, I18nText>;
  /** Every other i18n string key (dot path), in file order. */
  i18nKeys: I18nText[];
  /** Keys the user deleted: removed from the i18n files on save (other unknown keys are kept). */
  removedI18nKeys: string[];
  locations: DraftLocation[];
  blocks: DraftBlocks;
  /** Blocks the user turned off with their location: removed from manifest.json on save. */
  removedBlocks: BlockKey[];
  settingsFields: SettingsField[];
  support: DraftSupport;
  tour: DraftTour;
  branding: BrandingOptions;
  /**
   * widget-publisher.json as the save writes it (draft-config.ts lays the widget code, phone and
   * privacy links over it). Null when the file on disk has a mistake: the save then leaves it alone.
   */
  config: WidgetConfig | null;
  /** Files (or folders ending in `/`) the user chose in Review to delete: deleted by the next Save. */
  removedFiles: string[];
  /** Code check's "Fix BOM and line endings": the next Save writes every text file without BOM and with LF. */
  fixEncoding: boolean;
  /**
   * manifest.json without the keys the draft owns: what must survive a save when the original
   * text is not at hand (a draft restored from the store). With the original text, that text wins.
   */
  unknownManifest: Record<string, unknown>;
}

export function i18nText(key: string, values: Record<string, string> = {}): I18nText {
  return { key, values: { ...values } };
}

/** The same value in every locale (a new widget's name, a label typed once). */
export function sameInEvery(locales: readonly string[], value: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, value]));
}

/** The image studio's own defaults (contain, centred, 8 % padding, transparent). */
export const DEFAULT_BRANDING: Readonly<BrandingOptions> = {
  logoSource: null,
  wideSource: null,
  squareSource: null,
  fit: 'contain',
  position: 'centre',
  padding: 8,
  background: 'transparent',
  clearBackground: null,
};

/** Pure edits return a changed copy, so React state and the autosave see a new object. */
export function editDraft(draft: WidgetDraft, change: (next: WidgetDraft) => void): WidgetDraft {
  const next = structuredClone(draft);
  change(next);
  return next;
}
