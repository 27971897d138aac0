import type { ImageInfo, WidgetFile, WidgetSnapshot } from '../../shared/model/snapshot';
import { PLATFORM_PROFILES, type PlatformId } from '../../shared/platform/profiles';

/** Files of a test widget: text (string), JSON-able value (object), or raw bytes. */
export type FixtureFiles = Record<string, string | Uint8Array | object>;

const encoder = new TextEncoder();

function toBytes(content: string | Uint8Array | object): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (typeof content === 'string') return encoder.encode(content);
  return encoder.encode(`${JSON.stringify(content, null, 2)}\n`);
}

export interface SnapshotOptions {
  kind?: 'folder' | 'zip';
  nestedRoot?: string | null;
  /** Image metadata by path; defaults to correct branding images for every `images/*.png` file given. */
  images?: Record<string, Partial<ImageInfo>>;
  configText?: string | null;
}

/** An in-memory snapshot, as the reader service would produce it, for pure rule tests. */
export function snapshotFromFiles(files: FixtureFiles, options: SnapshotOptions = {}): WidgetSnapshot {
  const widgetFiles: WidgetFile[] = Object.entries(files)
    .map(([path, content]) => {
      const bytes = toBytes(content);
      return { path, size: bytes.length, bytes };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const images: Record<string, ImageInfo> = {};
  for (const [path, info] of Object.entries(options.images ?? {})) {
    images[path] = {
      path,
      format: 'png',
      width: null,
      height: null,
      bytes: files[path] instanceof Uint8Array ? (files[path] as Uint8Array).length : 1000,
      error: null,
      ...info,
    };
  }
  return {
    source: { kind: options.kind ?? 'folder', path: '/test/widget' },
    nestedRoot: options.nestedRoot ?? null,
    files: widgetFiles,
    images,
    unsafeEntries: [],
    configText: options.configText ?? null,
  };
}

/** A manifest that passes every rule for the platform's default locales. */
export function validManifest(platform: PlatformId = 'amocrm'): Record<string, unknown> {
  const locales = PLATFORM_PROFILES[platform].defaultLocales;
  return {
    widget: {
      name: 'widget.name',
      description: 'widget.description',
      short_description: 'widget.short_description',
      version: '1.0.0',
      interface_version: 2,
      init_once: false,
      locale: [...locales],
      installation: true,
      support: { link: 'https://acme-widgets.io/support', email: 'help@acme-widgets.io' },
    },
    locations: ['ccard-1', 'lcard-1', 'settings'],
    tour: {
      is_tour: true,
      tour_images: Object.fromEntries(locales.map((locale) => [locale, [`/images/tour_1_${locale}.png`]])),
      tour_description: 'widget.tour_description',
    },
    settings: {
      api_key: { name: 'settings.api_key', type: 'text', required: true },
    },
  };
}

const I18N_TEXTS: Record<string, Record<string, unknown>> = {
  ru: {
    widget: {
      name: 'Сделки в Telegram via Acme',
      short_description: 'Уведомления о сделках в Telegram за минуту',
      description: 'Виджет отправляет уведомления о новых сделках аккаунта #SUBDOMAIN# в ваш Telegram-чат.',
      tour_description: 'Подключите бота и получайте уведомления о сделках.',
    },
    settings: { api_key: 'Ключ API' },
  },
  en: {
    widget: {
      name: 'Deals to Telegram via Acme',
      short_description: 'Get deal alerts in Telegram within a minute',
      description: 'The widget sends alerts about new deals in the #SUBDOMAIN# account to your Telegram chat.',
      tour_description: 'Connect the bot and receive deal alerts.',
    },
    settings: { api_key: 'API key' },
  },
  es: {
    widget: {
      name: 'Tratos a Telegram via Acme',
      short_description: 'Recibe avisos de tratos en Telegram al instante',
      description: 'El widget envía avisos sobre nuevos tratos de la cuenta #SUBDOMAIN# a tu chat de Telegram.',
      tour_description: 'Conecta el bot y recibe avisos de tratos.',
    },
    settings: { api_key: 'Clave API' },
  },
  pt: {
    widget: {
      name: 'Negócios no Telegram via Acme',
      short_description: 'Receba alertas de negócios no Telegram',
      description: 'O widget envia alertas sobre novos negócios da conta #SUBDOMAIN# para o seu chat do Telegram.',
      tour_description: 'Conecte o bot e receba alertas de negócios.',
    },
    settings: { api_key: 'Chave da API' },
  },
};

export function validI18n(locale: string): Record<string, unknown> {
  return structuredClone(I18N_TEXTS[locale] ?? I18N_TEXTS.en);
}

export const VALID_SCRIPT = `define(['jquery'], function ($) {
  var CustomWidget = function () {
    var self = this;

    this.callbacks = {
      render: function () {
        var settings = self.get_settings();
        $('head').append('<link type="text/css" rel="stylesheet" href="' + settings.path + '/style.css?v=' + settings.version + '">');
        return true;
      },
      init: function () {
        return true;
      },
      bind_actions: function () {
        $(document).on('click', '.acme-deals__button', function () {
          self.sendAlert();
        });
        return true;
      },
      settings: function () {
        return true;
      },
      onSave: function () {
        return true;
      },
      destroy: function () {},
    };

    this.sendAlert = function () {
      fetch('https://api.acme-widgets.io/alerts', { method: 'POST' }).catch(function (error) {
        console.trace(error);
      });
    };

    return this;
  };

  return CustomWidget;
});
`;

export const VALID_STYLE = `.acme-deals {
  display: flex;
}

.acme-deals__button {
  color: #0a7;
}
`;

/** A complete widget that passes the whole checker (given correct image metadata). */
export function validWidgetFiles(platform: PlatformId = 'amocrm'): FixtureFiles {
  const profile = PLATFORM_PROFILES[platform];
  const files: FixtureFiles = {
    'manifest.json': validManifest(platform),
    'script.js': VALID_SCRIPT,
    'style.css': VALID_STYLE,
  };
  for (const locale of profile.defaultLocales) {
    files[`i18n/${locale}.json`] = validI18n(locale);
    files[`images/tour_1_${locale}.png`] = new Uint8Array(2000);
  }
  for (const spec of profile.images.branding) {
    if (!spec.whenLocation) files[`images/${spec.file}`] = new Uint8Array(1000);
  }
  return files;
}

/** Image metadata matching validWidgetFiles: exact sizes, PNG, small. */
export function validImageInfo(platform: PlatformId = 'amocrm'): Record<string, Partial<ImageInfo>> {
  const profile = PLATFORM_PROFILES[platform];
  const images: Record<string, Partial<ImageInfo>> = {};
  for (const spec of profile.images.branding) {
    if (!spec.whenLocation) images[`images/${spec.file}`] = { format: 'png', width: spec.width, height: spec.height, bytes: 1000 };
  }
  for (const locale of profile.defaultLocales) {
    images[`images/tour_1_${locale}.png`] = { format: 'png', width: 1188, height: 616, bytes: 2000 };
  }
  return images;
}

export function validSnapshot(platform: PlatformId = 'amocrm', overrides: FixtureFiles = {}): WidgetSnapshot {
  return snapshotFromFiles({ ...validWidgetFiles(platform), ...overrides }, { images: validImageInfo(platform) });
}
