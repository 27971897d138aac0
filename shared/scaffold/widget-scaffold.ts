import { platformProfile, type PlatformId } from '../platform/profiles';

/** What `init` (or the wizard) knows about a new widget. Texts are per locale, as the store shows them. */
export interface ScaffoldAnswers {
  platform: PlatformId;
  locales: string[];
  /** Full store name per locale, "Product via Company". */
  names: Record<string, string>;
  teasers: Record<string, string>;
  descriptions: Record<string, string>;
  /** Lower-case code: the CSS namespace and class names derive from it. */
  code: string;
  supportEmail?: string;
  supportLink?: string;
}

/** Text files of a new widget, by POSIX path. Images are made by the image studio. */
export type ScaffoldFiles = Record<string, string>;

export const WIDGET_CODE_PATTERN = /^[a-z][a-z0-9_]{1,48}[a-z0-9]$/;

/** The label of the one example setting, in each locale's language. */
const API_KEY_LABEL: Record<string, string> = {
  ru: 'Ключ API',
  en: 'API key',
  es: 'Clave API',
  pt: 'Chave da API',
  tr: 'API anahtarı',
  id: 'Kunci API',
};

/** `acme_deals` -> `acme-deals`: the BEM block every selector of style.css starts with. */
export function cssNamespace(code: string): string {
  return code.replace(/_/g, '-');
}

/** A code from the company and product name (`acme_deals_to_telegram`), or null when they hold no Latin letters. */
export function deriveWidgetCode(company: string, productName: string): string | null {
  const slug = `${company} ${productName}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return WIDGET_CODE_PATTERN.test(slug) ? slug : null;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function scaffoldManifest(answers: ScaffoldAnswers): Record<string, unknown> {
  const support: Record<string, string> = {};
  if (answers.supportLink) support.link = answers.supportLink;
  if (answers.supportEmail) support.email = answers.supportEmail;
  return {
    widget: {
      name: 'widget.name',
      description: 'widget.description',
      short_description: 'widget.short_description',
      version: '1.0.0',
      interface_version: 2,
      init_once: false,
      locale: [...answers.locales],
      installation: true,
      support,
    },
    locations: ['lcard-1', 'ccard-1', 'settings'],
    tour: {
      is_tour: true,
      tour_images: Object.fromEntries(answers.locales.map((locale) => [locale, [`/images/${tourImageName(1, locale)}`]])),
      tour_description: 'widget.tour_description',
    },
    settings: {
      api_key: { name: 'settings.api_key', type: 'text', required: false },
    },
  };
}

export function tourImageName(index: number, locale: string): string {
  return `tour_${index}_${locale}.png`;
}

function scaffoldI18n(answers: ScaffoldAnswers, locale: string): Record<string, unknown> {
  return {
    widget: {
      name: answers.names[locale],
      short_description: answers.teasers[locale],
      description: answers.descriptions[locale],
      tour_description: answers.teasers[locale],
    },
    settings: { api_key: API_KEY_LABEL[locale] ?? API_KEY_LABEL.en },
  };
}

/** script.js: the callbacks the platform calls, each returning true, and nothing the checklist forbids. */
export function scaffoldScript(code: string): string {
  const namespace = cssNamespace(code);
  return `define(['jquery'], function ($) {
  'use strict';

  var NAMESPACE = '${namespace}';

  var CustomWidget = function () {
    var self = this;

    this.callbacks = {
      render: function () {
        return true;
      },
      init: function () {
        var settings = self.get_settings();
        if ($('link[href*="' + settings.path + '/style.css"]').length === 0) {
          $('head').append('<link type="text/css" rel="stylesheet" href="' + settings.path + '/style.css?v=' + settings.version + '">');
        }
        return true;
      },
      bind_actions: function () {
        $(document).on('click.' + NAMESPACE, '.' + NAMESPACE + '__button', function () {
          self.onButtonClick();
        });
        return true;
      },
      settings: function () {
        return true;
      },
      onSave: function () {
        return true;
      },
      destroy: function () {
        $(document).off('.' + NAMESPACE);
      },
    };

    this.onButtonClick = function () {
      return true;
    };

    return this;
  };

  return CustomWidget;
});
`;
}

/** style.css: every selector starts with the widget's own block, so nothing leaks into the CRM's pages. */
export function scaffoldStyle(code: string): string {
  const namespace = cssNamespace(code);
  return `.${namespace} {
  display: flex;
  flex-direction: column;
  gap: 8px;
}

.${namespace}__button {
  padding: 6px 12px;
  border-radius: 4px;
}
`;
}

export function scaffoldConfig(answers: ScaffoldAnswers): Record<string, unknown> {
  return {
    platform: answers.platform,
    css: { rootSelectors: [`.${cssNamespace(answers.code)}`] },
    // Every key `message` reads, so the file shows what is left to fill in; the code is the one init chose.
    moderation: {
      integrationId: '',
      widgetCode: answers.code,
      accountId: '',
      howItWorks: '',
      instructions: '',
      testData: '',
      noTestData: false,
      privacyPolicy: Object.fromEntries(answers.locales.map((locale) => [locale, ''])),
      supportPhone: '',
      supportEmail: answers.supportEmail ?? '',
      changes: '',
    },
  };
}

/** Every text file of a new widget. */
export function scaffoldWidgetFiles(answers: ScaffoldAnswers): ScaffoldFiles {
  const files: ScaffoldFiles = {
    'manifest.json': json(scaffoldManifest(answers)),
    'script.js': scaffoldScript(answers.code),
    'style.css': scaffoldStyle(answers.code),
    'widget-publisher.json': json(scaffoldConfig(answers)),
  };
  for (const locale of answers.locales) files[`i18n/${locale}.json`] = json(scaffoldI18n(answers, locale));
  return files;
}

/** Locales a platform offers, for prompts and errors. */
export function offeredLocales(platform: PlatformId): readonly string[] {
  return platformProfile(platform).locales;
}
