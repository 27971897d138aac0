import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, isBlank, manifestView } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

/** widget.* keys the structure page and the checklist require, with what each one is for. */
const REQUIRED_WIDGET_KEYS: ReadonlyArray<{ key: string; example: string; what: string }> = [
  { key: 'name', example: '"name": "widget.name"', what: 'the widget name, as a key into the i18n files' },
  { key: 'description', example: '"description": "widget.description"', what: 'the full description, as an i18n key' },
  {
    key: 'short_description',
    example: '"short_description": "widget.short_description"',
    what: 'the teaser shown in the widget list, as an i18n key',
  },
  { key: 'locale', example: '"locale": ["en"]', what: 'the languages the widget is offered in' },
  { key: 'installation', example: '"installation": true', what: 'whether installing asks for settings' },
];

const TEXT_KEYS = new Set(['name', 'description', 'short_description']);

export const requiredFieldRule = defineRule({
  id: 'manifest/required-field',
  defaultSeverity: 'error',
  summary: 'manifest.json must have widget.name, description, short_description, locale, installation, locations (and settings when installation is true).',
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
        message: 'manifest.json has no "widget" block; it holds the name, description, locales and support contacts the platform requires. Add "widget": {"name": "widget.name", "description": "widget.description", "short_description": "widget.short_description", "locale": [...], "installation": true, ...}.',
        ...at(document, []),
      });
    } else if (isRecord(root.widget)) {
      for (const { key, example, what } of REQUIRED_WIDGET_KEYS) {
        const value = root.widget[key];
        if (value === undefined && isMisplaced(view, key)) continue;
        if (value === undefined) {
          report({ message: `widget.${key} is missing: it is required (${what}). Add ${example}.`, ...at(document, ['widget']) });
        } else if (TEXT_KEYS.has(key) && isBlank(value)) {
          report({
            message: `widget.${key} is empty, but it is required (${what}). Set it to an i18n key such as "widget.${key}" and put the text under that key in every i18n file.`,
            ...at(document, ['widget', key]),
          });
        }
      }
    }

    if (root.locations === undefined && !isMisplaced(view, 'locations')) {
      report({
        message: 'manifest.json has no "locations": the platform loads script.js only in the areas listed there. Add e.g. "locations": ["settings"] plus the areas the widget works in (lcard-1, ccard-1, ...).',
        ...at(document, []),
      });
    }

    if (isRecord(root.widget) && root.widget.installation === true && root.settings === undefined && !isMisplaced(view, 'settings')) {
      report({
        message: 'widget.installation is true, so installing the widget opens its settings, but manifest.json has no "settings" block. Add "settings" with the fields the user fills in (e.g. {"api_key": {"name": "settings.api_key", "type": "text", "required": true}}), or set installation to false when everything is set up in your own system.',
        ...at(document, ['widget', 'installation']),
      });
    }
  },
});
