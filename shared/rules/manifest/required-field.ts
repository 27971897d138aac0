import type { LocalizedMessage } from '../../model/finding';
import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, isBlank, manifestView } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

/** widget.* keys the structure page and the checklist require, with what each one is for. */
const REQUIRED_WIDGET_KEYS: ReadonlyArray<{ key: string; example: string; what: LocalizedMessage }> = [
  {
    key: 'name',
    example: '"name": "widget.name"',
    what: { en: 'the widget name, as a key into the i18n files', ru: 'название виджета в виде ключа языковых файлов' },
  },
  {
    key: 'description',
    example: '"description": "widget.description"',
    what: { en: 'the full description, as an i18n key', ru: 'полное описание в виде ключа перевода' },
  },
  {
    key: 'short_description',
    example: '"short_description": "widget.short_description"',
    what: { en: 'the teaser shown in the widget list, as an i18n key', ru: 'краткое описание для списка виджетов в виде ключа перевода' },
  },
  { key: 'locale', example: '"locale": ["en"]', what: { en: 'the languages the widget is offered in', ru: 'языки, на которых доступен виджет' } },
  {
    key: 'installation',
    example: '"installation": true',
    what: { en: 'whether installing asks for settings', ru: 'запрашивает ли установка настройки' },
  },
];

const TEXT_KEYS = new Set(['name', 'description', 'short_description']);

export const requiredFieldRule = defineRule({
  id: 'manifest/required-field',
  defaultSeverity: 'error',
  summary: 'manifest.json must have widget.name, description, short_description, locale, installation, locations (and settings when installation is true).',
  summaryRu: 'В manifest.json должны быть widget.name, description, short_description, locale, installation, locations (и settings, если installation равен true).',
  docs:
    'The structure page marks widget.name, widget.description, widget.short_description and widget.locale as ' +
    '"Обязательное поле", and the checklist lists widget, name, description, short_description, locale, installation, ' +
    'locations and settings among what manifest.json must contain. settings is needed only when installation is true ' +
    '(the structure page: "Данный раздел требуется только если installation = true"). An empty name, description or ' +
    'short_description counts as missing. Fix: add the key with an i18n key as its value (e.g. "name": "widget.name") ' +
    'and the text in every i18n file.',
  sources: [
    SOURCES.structure('manifest.json parameters: widget/name, description, short_description, locale (Обязательное поле); settings'),
    SOURCES.amocrmChecklist('Development: "Your manifest.json file contains: widget, name, description, short_description, locale, installation, locations, settings"'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const { document, root } = view;

    if (root.widget === undefined) {
      report({
        message: { en: 'manifest.json has no "widget" block', ru: 'В manifest.json нет блока "widget"' },
        help: {
          en: 'It holds the name, description, locales and support contacts the platform requires. Add "widget": {"name": "widget.name", "description": "widget.description", "short_description": "widget.short_description", "locale": [...], "installation": true, ...}.',
          ru: 'В нём обязательные для платформы название, описание, локали и контакты поддержки. Добавьте "widget": {"name": "widget.name", "description": "widget.description", "short_description": "widget.short_description", "locale": [...], "installation": true, ...}.',
        },
        ...at(document, []),
      });
    } else if (isRecord(root.widget)) {
      for (const { key, example, what } of REQUIRED_WIDGET_KEYS) {
        const value = root.widget[key];
        if (value === undefined && isMisplaced(view, key)) continue;
        if (value === undefined) {
          report({
            message: { en: `widget.${key} is missing: it is required (${what.en})`, ru: `Нет обязательного поля widget.${key} (${what.ru})` },
            help: { en: `Add ${example}.`, ru: `Добавьте ${example}.` },
            ...at(document, ['widget']),
          });
        } else if (TEXT_KEYS.has(key) && isBlank(value)) {
          report({
            message: { en: `widget.${key} is empty, but it is required (${what.en})`, ru: `Обязательное поле widget.${key} пустое (${what.ru})` },
            help: {
              en: `Set it to an i18n key such as "widget.${key}" and put the text under that key in every i18n file.`,
              ru: `Укажите ключ перевода, например "widget.${key}", и добавьте текст под этим ключом в каждый языковой файл.`,
            },
            ...at(document, ['widget', key]),
          });
        }
      }
    }

    if (root.locations === undefined && !isMisplaced(view, 'locations')) {
      report({
        message: { en: 'manifest.json has no "locations"', ru: 'В manifest.json нет "locations"' },
        help: {
          en: 'The platform loads script.js only in the areas listed there. Add e.g. "locations": ["settings"] plus the areas the widget works in (lcard-1, ccard-1, ...).',
          ru: 'Платформа загружает script.js только в перечисленных там областях подключения. Добавьте, например, "locations": ["settings"] и области, где работает виджет (lcard-1, ccard-1, ...).',
        },
        actions: [{ kind: 'edit-in-step', step: 'locations' }],
        ...at(document, []),
      });
    }

    if (isRecord(root.widget) && root.widget.installation === true && root.settings === undefined && !isMisplaced(view, 'settings')) {
      report({
        message: { en: 'widget.installation is true, but manifest.json has no "settings" block', ru: 'widget.installation равно true, но в manifest.json нет блока "settings"' },
        help: {
          en: 'Installing the widget opens its settings. Add "settings" with the fields the user fills in (e.g. {"api_key": {"name": "settings.api_key", "type": "text", "required": true}}), or set installation to false when everything is set up in your own system.',
          ru: 'При установке виджета открываются его настройки. Добавьте "settings" с полями, которые заполняет пользователь (например, {"api_key": {"name": "settings.api_key", "type": "text", "required": true}}), или укажите installation: false, если всё настраивается в вашей системе.',
        },
        actions: [{ kind: 'edit-in-step', step: 'settings' }],
        ...at(document, ['widget', 'installation']),
      });
    }
  },
});
