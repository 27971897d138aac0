import { isI18nReference, manifestI18nFields } from '../../widget/manifest-i18n-refs';
import { ignoredBlocks } from './location-block';
import { defineRule, SOURCES } from '../rule';
import { at, isBlank, jsonPath, jsonPathRu, lookupI18n, manifestView, truncate, uniqueLocales } from './manifest-helpers';

export const i18nRefRule = defineRule({
  id: 'manifest/i18n-ref',
  defaultSeverity: 'error',
  summary: 'Every i18n key in manifest.json must resolve to a text in every declared locale.',
  summaryRu: 'Для каждого i18n-ключа из manifest.json должен быть текст во всех объявленных локалях.',
  docs:
    'Manifest values such as widget.name, widget.description, widget.short_description, tour.tour_description, ' +
    'settings.*.name, dp.settings.*.name, dp.title, advanced.title, the salesbot_designer handler names and field ' +
    'names and amoforms_settings.title / error_text are keys into the i18n files: "widget.name" means the text at ' +
    '{"widget": {"name": "..."}} in i18n/<locale>.json, chosen by the account\'s language. A key missing in one ' +
    'locale shows the raw key to users of that language. widget.name, description and short_description must be ' +
    'keys ("Должно содержать путь к переводу в языковых файлах"), not plain text. Each finding names the locale. ' +
    'Fix: add the text under that key to the named i18n file, or correct the key in manifest.json. Missing or broken ' +
    'i18n files are reported by i18n/file-missing and i18n/json-syntax instead.',
  sources: [
    SOURCES.structure('widget/name: "Должно содержать путь к переводу в языковых файлах"; i18n Файлы локализации'),
    SOURCES.kommoManifest('"Any value of the form (widget.name, widget.description, advanced.title) ... will be taken from the corresponding i18n folder file"'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const locales = uniqueLocales(context);

    const ignored = ignoredBlocks(context, view.root);
    for (const field of manifestI18nFields(view.root)) {
      // A block the platform ignores is reported once by manifest/location-block; its keys would only repeat that.
      if (isBlank(field.value) || ignored.has(String(field.path[0]))) continue;
      const where = jsonPath(field.path);
      const whereRu = jsonPathRu(field.path);
      const results = locales.map((locale) => ({ locale, found: lookupI18n(context, locale, field.value) }));
      const resolvesSomewhere = results.some((result) => result.found === 'text');

      if (!isI18nReference(field) && !resolvesSomewhere) {
        if (field.role === 'widget-text') {
          const key = where;
          const files = locales.map((locale) => `i18n/${locale}.json`).join(', ') || 'i18n/<locale>.json';
          report({
            message: {
              en: `${where} is plain text ("${truncate(field.value, 40)}"), not an i18n key`,
              ru: `${whereRu} содержит обычный текст ("${truncate(field.value, 40)}"), а не ключ перевода`,
            },
            help: {
              en: `It must be the path of a translation in the i18n files. Set it to "${key}" and put the text under that key in every i18n file (${files}).`,
              ru: `Здесь должен быть путь к переводу в языковых файлах. Укажите "${key}" и добавьте текст под этим ключом в каждый языковой файл (${files}).`,
            },
            ...at(view.document, field.path),
          });
        }
        continue;
      }

      for (const { locale, found } of results) {
        if (found === 'text' || found === 'unreadable') continue;
        const file = `i18n/${locale}.json`;
        const advice =
          found === 'missing'
            ? {
                message: {
                  en: `${where} refers to the i18n key "${field.value}", which ${file} does not have`,
                  ru: `${whereRu} ссылается на ключ перевода "${field.value}", которого нет в ${file}`,
                },
                help: {
                  en: `Users with the "${locale}" language would see the raw key. Add it to ${file} (or fix the key).`,
                  ru: `Пользователи с языком "${locale}" увидят сам ключ вместо текста. Добавьте его в ${file} (или исправьте ключ).`,
                },
              }
            : {
                message: {
                  en: `${where} refers to the i18n key "${field.value}", a group of texts in ${file}, not a text`,
                  ru: `${whereRu} ссылается на ключ перевода "${field.value}", но в ${file} это группа текстов, а не текст`,
                },
                help: {
                  en: `Point it at a text inside that group, or make the key a string in ${file}.`,
                  ru: `Укажите текст внутри этой группы или сделайте ключ строкой в ${file}.`,
                },
              };
        report({ ...advice, ...at(view.document, field.path), locale });
      }
    }
  },
});
