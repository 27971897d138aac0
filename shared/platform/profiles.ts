/**
 * Platform facts as data: the one place that knows sizes, limits, locales and locations.
 * Sources: ../shared/reference/FACTS.md and the official pages beside it (named per fact).
 * When a store changes a fact, change it here and nowhere else.
 */

export type PlatformId = 'amocrm' | 'kommo';

export const PLATFORM_IDS: readonly PlatformId[] = ['amocrm', 'kommo'];
export const DEFAULT_PLATFORM: PlatformId = 'amocrm';

/** A manifest block that must exist when a location is declared (FACTS.md, "Blocks tied to locations"). */
export interface LocationBlock {
  /** Top-level manifest key of the block, e.g. `dp`. */
  key: string;
  /** Paths inside the manifest (dot-separated) that must be present, e.g. `dp.action_multiple`. */
  requiredPaths: readonly string[];
  /** Paths that, when present, must be https URLs. */
  httpsPaths: readonly string[];
}

export interface LocationSpec {
  area: string;
  /** Human label for the wizard and messages. */
  label: string;
  /** Whether `-0` / `-1` may follow the area (right-panel flag). `everywhere` takes none. */
  acceptsPanelSuffix: boolean;
  /** Block this location needs in manifest.json, if any. */
  block?: LocationBlock;
  /** Other areas this one needs alongside (card_sdk needs a card). Any one of them is enough. */
  requiresOneOf?: readonly string[];
}

export interface BrandingImageSpec {
  file: string;
  width: number;
  height: number;
  /** Only needed when this location is declared (logo_dp.png with digital_pipeline). */
  whenLocation?: string;
  /** Shape class the image studio uses to pick a per-size source override. */
  shape: 'wide' | 'square' | 'other';
  /** Where the marketplace shows it; used in messages and the wizard's mock-ups. */
  shownIn: string;
  /** The same in Russian, for the Russian finding messages. */
  shownInRu: string;
}

export interface CdnHost {
  host: string;
  /** `recommended`: public libraries only, advised by the checklist; `reviewed`: allowed, each library is checked. */
  trust: 'recommended' | 'reviewed';
  name: string;
}

export interface PlatformProfile {
  id: PlatformId;
  displayName: string;
  /** Locales the platform offers for widgets. */
  locales: readonly string[];
  /** Locales a new widget starts with. */
  defaultLocales: readonly string[];
  locations: readonly LocationSpec[];
  images: {
    /** Folder (relative to the widget root) that holds the branding images (structure page, "images/"). */
    folder: string;
    branding: readonly BrandingImageSpec[];
    /** Max bytes per image. The pages say "300 KB" without saying 1000 or 1024; we use the stricter 300,000. */
    maxBytes: number;
    slide: { width: number; height: number; min: number; max: number; formats: readonly string[] };
  };
  text: { nameMax: number; teaserMax: number; descriptionMax: number };
  /** Globals owned by the platform that a widget must never assign to or delete from. */
  protectedGlobals: readonly string[];
  /**
   * Globals the CRM page provides besides the browser's (the platform's objects and the libraries it loads for
   * widgets: jquery, underscore, twigjs, moment): a widget may read them without declaring them.
   */
  pageGlobals: readonly string[];
  /**
   * The platforms' own domains. The structure page's manifest example gives "https://www.amocrm.com" and
   * "support@amocrm.com" as widget.support; left in, the feedback button sends users to the platform, not the developer.
   */
  platformDomains: readonly string[];
  cdnHosts: readonly CdnHost[];
  /** The root selector the checklist shows as an example. */
  rootSelectorExample: string;
  /** Settings field types (developers.kommo.com/docs/field-types). */
  settingsFieldTypes: readonly string[];
  /** Field types the Salesbot handler settings accept. */
  salesbotFieldTypes: readonly string[];
  /** Placeholders a description may use (#SUBDOMAIN# ...). */
  descriptionPlaceholders: readonly string[];
  /** Languages the moderation request can be written in; the first is the default. */
  messageLanguages: readonly ('ru' | 'en')[];
  /** Where a developer reads the rules; used in findings' help links. */
  links: { checklist: string; structure: string; upload: string; locations: string; scriptJs: string };
  /** Supported partner wording to flag (checklist, General). */
  partnerWords: readonly string[];
  /** script.js callbacks the platform calls in this order; each must return true (developers.kommo.com/docs/script-js). */
  requiredCallbacks: readonly string[];
  css: {
    /** Classes a widget's stylesheets must not contain at all (checklist, Development: "switcher__on, switcher__off"). */
    forbiddenClasses: readonly string[];
    /**
     * Classes (BEM blocks) of the platform's own interface: styling them outside the widget root restyles the CRM
     * (checklist, Styles: "does not use the classes as our system"; `.control-select` is the checklist's example).
     * Deliberately short: names seen in the CRM's markup; moderators may name more.
     */
    systemClasses: readonly string[];
  };
}

const dpBlock: LocationBlock = { key: 'dp', requiredPaths: ['dp.action_multiple'], httpsPaths: ['dp.webhook_url'] };
const advancedBlock: LocationBlock = { key: 'advanced', requiredPaths: ['advanced.title'], httpsPaths: [] };
const salesbotBlock: LocationBlock = { key: 'salesbot_designer', requiredPaths: ['salesbot_designer'], httpsPaths: [] };
const smsBlock: LocationBlock = { key: 'sms', requiredPaths: ['sms.endpoint'], httpsPaths: ['sms.endpoint'] };
const mobileBlock: LocationBlock = {
  key: 'mobile',
  requiredPaths: ['mobile.frame_url', 'mobile.color'],
  httpsPaths: ['mobile.frame_url'],
};
const leftMenuBlock: LocationBlock = { key: 'left_menu', requiredPaths: ['left_menu'], httpsPaths: [] };
const amoformsBlock: LocationBlock = {
  key: 'amoforms_settings',
  requiredPaths: ['amoforms_settings.title'],
  httpsPaths: [],
};

const CARD_AREAS = ['lcard', 'ccard', 'comcard'] as const;

/** Kommo's areas (developers.kommo.com/docs/widget-locations); amoCRM has them too. */
const COMMON_LOCATIONS: readonly LocationSpec[] = [
  { area: 'lcard', label: 'Lead card', acceptsPanelSuffix: true },
  { area: 'ccard', label: 'Contact card', acceptsPanelSuffix: true },
  { area: 'comcard', label: 'Company card', acceptsPanelSuffix: true },
  { area: 'llist', label: 'Leads list', acceptsPanelSuffix: true },
  { area: 'clist', label: 'Contacts list', acceptsPanelSuffix: true },
  { area: 'tlist', label: 'Tasks list', acceptsPanelSuffix: true },
  { area: 'settings', label: 'Widget settings', acceptsPanelSuffix: true },
  { area: 'advanced_settings', label: 'Advanced settings page', acceptsPanelSuffix: true, block: advancedBlock },
  { area: 'card_sdk', label: 'Card SDK', acceptsPanelSuffix: true, requiresOneOf: CARD_AREAS },
  { area: 'catalogs', label: 'Lists SDK (catalogs)', acceptsPanelSuffix: true },
  { area: 'digital_pipeline', label: 'Digital pipeline', acceptsPanelSuffix: true, block: dpBlock },
  { area: 'lead_sources', label: 'Lead sources', acceptsPanelSuffix: true },
  { area: 'widget_page', label: 'Widget page (left menu)', acceptsPanelSuffix: true, block: leftMenuBlock },
  { area: 'sms', label: 'System SMS', acceptsPanelSuffix: true, block: smsBlock },
  { area: 'mobile_card', label: 'Mobile card', acceptsPanelSuffix: true, block: mobileBlock },
  { area: 'salesbot_designer', label: 'Salesbot designer', acceptsPanelSuffix: true, block: salesbotBlock },
  { area: 'website_chat_button', label: 'Website chat button', acceptsPanelSuffix: true },
  { area: 'everywhere', label: 'Everywhere', acceptsPanelSuffix: false },
  { area: 'ai_agent', label: 'AI agent', acceptsPanelSuffix: true },
];

/** Areas only amoCRM lists (structure page). */
const AMOCRM_ONLY_LOCATIONS: readonly LocationSpec[] = [
  { area: 'cucard', label: 'Customer card', acceptsPanelSuffix: true },
  { area: 'culist', label: 'Customers list', acceptsPanelSuffix: true },
  { area: 'whatsapp_modal', label: 'WhatsApp integrations modal', acceptsPanelSuffix: true },
  { area: 'amoforms', label: 'amoForms web forms', acceptsPanelSuffix: true, block: amoformsBlock },
];

const BRANDING: readonly BrandingImageSpec[] = [
  { file: 'logo_main.png', width: 400, height: 272, shape: 'wide', shownIn: 'marketplace catalogue card', shownInRu: 'карточка в каталоге маркетплейса' },
  {
    file: 'logo_medium.png',
    width: 240,
    height: 84,
    shape: 'wide',
    shownIn: 'expanded widget in cards and lists',
    shownInRu: 'развёрнутый виджет в карточках и списках',
  },
  { file: 'logo.png', width: 130, height: 100, shape: 'other', shownIn: 'widget list (older interface)', shownInRu: 'список виджетов (старый интерфейс)' },
  { file: 'logo_small.png', width: 108, height: 108, shape: 'square', shownIn: 'widget settings modal', shownInRu: 'окно настроек виджета' },
  {
    file: 'logo_min.png',
    width: 84,
    height: 84,
    shape: 'square',
    shownIn: 'collapsed widget in cards and lists',
    shownInRu: 'свёрнутый виджет в карточках и списках',
  },
  {
    file: 'logo_dp.png',
    width: 174,
    height: 109,
    whenLocation: 'digital_pipeline',
    shape: 'other',
    shownIn: 'digital pipeline action',
    shownInRu: 'действие в цифровой воронке',
  },
];

const CDN_HOSTS: readonly CdnHost[] = [
  { host: 'code.jquery.com', trust: 'recommended', name: 'jQuery CDN' },
  { host: 'yastatic.net', trust: 'recommended', name: 'Yandex JS libraries' },
  { host: 'yandex.st', trust: 'recommended', name: 'Yandex JS libraries' },
  { host: 'ajax.googleapis.com', trust: 'recommended', name: 'Google Hosted Libraries' },
  { host: 'ajax.aspnetcdn.com', trust: 'recommended', name: 'Microsoft Ajax CDN' },
  { host: 'cdn.pagecdn.io', trust: 'reviewed', name: 'PageCDN' },
  { host: 'pagecdn.io', trust: 'reviewed', name: 'PageCDN' },
  { host: 'cdn.jsdelivr.net', trust: 'reviewed', name: 'jsDelivr' },
  { host: 'cdnjs.cloudflare.com', trust: 'reviewed', name: 'cdnjs' },
];

const SHARED = {
  images: {
    folder: 'images',
    branding: BRANDING,
    maxBytes: 300_000,
    slide: { width: 1188, height: 616, min: 1, max: 5, formats: ['png', 'jpeg'] },
  },
  text: { nameMax: 30, teaserMax: 60, descriptionMax: 400 },
  protectedGlobals: ['AMOCRM', 'APP', 'Kommo'],
  pageGlobals: ['AMOCRM', 'APP', 'Kommo', '$', 'jQuery', '_', 'Twig', 'moment', 'Backbone'],
  platformDomains: ['amocrm.com', 'amocrm.ru', 'kommo.com'],
  cdnHosts: CDN_HOSTS,
  settingsFieldTypes: ['text', 'pass', 'users', 'users_lp', 'custom'],
  salesbotFieldTypes: ['text', 'numeric', 'url'],
  requiredCallbacks: ['render', 'init', 'bind_actions'],
  css: {
    forbiddenClasses: ['switcher__on', 'switcher__off'],
    systemClasses: ['control-select', 'control--select', 'control-checkbox', 'button-input', 'text-input', 'switcher', 'card-holder', 'modal-body'],
  },
  descriptionPlaceholders: [
    '#HOST#',
    '#SUBDOMAIN#',
    '#LOGIN#',
    '#API_HASH#',
    '#ACCOUNT_ID#',
    '#USER_ID#',
    '#TOP_LEVEL_DOMAIN#',
  ],
} as const;

export const PLATFORM_PROFILES: Readonly<Record<PlatformId, PlatformProfile>> = {
  amocrm: {
    id: 'amocrm',
    displayName: 'amoCRM',
    locales: ['ru', 'en', 'es', 'pt'],
    defaultLocales: ['ru', 'en'],
    locations: [...COMMON_LOCATIONS, ...AMOCRM_ONLY_LOCATIONS],
    ...SHARED,
    rootSelectorExample: '#amo_widget_code',
    messageLanguages: ['ru', 'en'],
    partnerWords: ['amoCRM Partner', 'amoCRM partners', 'партнер amoCRM', 'партнёр amoCRM', 'партнеры amoCRM', 'партнёры amoCRM'],
    links: {
      checklist: 'https://www.amocrm.com/developers/content/integrations/marketplace-checklist',
      structure: 'https://www.amocrm.ru/developers/content/integrations/structure',
      upload: 'https://www.amocrm.ru/developers/content/integrations/upload',
      locations: 'https://www.amocrm.ru/developers/content/integrations/areas',
      scriptJs: 'https://www.amocrm.ru/developers/content/integrations/script_js',
    },
  },
  kommo: {
    id: 'kommo',
    displayName: 'Kommo',
    locales: ['en', 'es', 'pt', 'tr', 'id'],
    defaultLocales: ['en', 'es'],
    locations: COMMON_LOCATIONS,
    ...SHARED,
    rootSelectorExample: '#kommo_widget_code',
    messageLanguages: ['en', 'ru'],
    partnerWords: [
      'Kommo Partner',
      'Kommo partners',
      'socio de Kommo',
      'socios de Kommo',
      'partner de Kommo',
      'parceiro da Kommo',
      'parceiros da Kommo',
      'parceiro Kommo',
      'parceiros Kommo',
    ],
    links: {
      checklist: 'https://www.kommo.com/developers/content/integrations/marketplace-checklist',
      structure: 'https://developers.kommo.com/docs/widget-structure',
      upload: 'https://developers.kommo.com/docs/widget-upload',
      locations: 'https://developers.kommo.com/docs/widget-locations',
      scriptJs: 'https://developers.kommo.com/docs/script-js',
    },
  },
};

export function platformProfile(id: PlatformId): PlatformProfile {
  return PLATFORM_PROFILES[id];
}

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

/** Branding images this widget needs, given its declared location areas. */
export function requiredBrandingImages(profile: PlatformProfile, areas: readonly string[]): BrandingImageSpec[] {
  return profile.images.branding.filter((spec) => !spec.whenLocation || areas.includes(spec.whenLocation));
}

export function findLocation(profile: PlatformProfile, area: string): LocationSpec | undefined {
  return profile.locations.find((spec) => spec.area === area);
}
