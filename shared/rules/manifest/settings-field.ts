import type { RuleContext } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { isRecord } from '../../widget/manifest-model';
import { isI18nKeyLike, type ManifestPath } from '../../widget/manifest-i18n-refs';
import { defineRule, SOURCES, type Report } from '../rule';
import type { JsonDocument } from '../../json/json-document';
import { at, describeValue, entriesOf, jsonPath, jsonPathRu, lookupI18n, manifestView, uniqueLocales } from './manifest-helpers';

export const settingsFieldRule = defineRule({
  id: 'manifest/settings-field',
  defaultSeverity: 'error',
  summary: 'Each settings and dp.settings field needs a known type, an i18n key as name, and a boolean required.',
  summaryRu: 'У каждого поля settings и dp.settings должны быть известный тип, i18n-ключ в name и логическое значение required.',
  docs:
    'Every entry of settings (and of dp.settings, shown when the widget is set up in the digital pipeline) is a field ' +
    'of the widget\'s settings window, keyed by its code: {"name": "settings.login", "type": "text", "required": true}. ' +
    'type must be one the platform draws: text, pass, users, users_lp or custom. name is "only a link to the element ' +
    'in the lang file", so it must be an i18n key, not the label itself. required, when present, is true or false. ' +
    'Salesbot designer handler settings use their own types (text, numeric, url). Fix: correct the type, move the ' +
    'label text into the i18n files and point name at it (whether the key exists in each locale is ' +
    'manifest/i18n-ref\'s job).',
  sources: [
    SOURCES.structure('settings/{FIELD_CODE}/name: "только ссылка на элемент в lang файле"; type; required; dp/settings'),
    SOURCES.kommoManifest('settings/{FIELD_CODE}/type: "Available options: text, pass, users, users_lp, custom"'),
    SOURCES.facts('Settings field types', 'https://developers.kommo.com/docs/field-types'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const { document, root } = view;
    const check = (settings: unknown, base: ManifestPath) => {
      for (const [code, field] of entriesOf(settings)) {
        if (isRecord(field)) checkSettingsField(context, document, [...base, code], field, report);
      }
    };
    check(root.settings, ['settings']);
    if (isRecord(root.dp)) check(root.dp.settings, ['dp', 'settings']);

    for (const [handlerCode, handler] of entriesOf(root.salesbot_designer)) {
      if (!isRecord(handler)) continue;
      for (const [code, field] of entriesOf(handler.settings)) {
        if (!isRecord(field)) continue;
        const path = ['salesbot_designer', handlerCode, 'settings', code];
        checkType(document, path, field.type, context.profile.salesbotFieldTypes, { en: 'Salesbot handler settings', ru: 'настроек обработчиков Salesbot' }, report);
      }
    }
  },
});

function checkSettingsField(
  context: RuleContext,
  document: JsonDocument,
  path: ManifestPath,
  field: Record<string, unknown>,
  report: Report,
): void {
  const where = jsonPath(path);
  const whereRu = jsonPathRu(path);
  const code = String(path[path.length - 1]);
  checkType(document, path, field.type, context.profile.settingsFieldTypes, { en: 'settings fields', ru: 'полей настроек' }, report);

  const name = field.name;
  const suggestedKey = `settings.${code}`;
  if (name === undefined) {
    report({
      message: { en: `${where} has no name`, ru: `У ${whereRu} нет name` },
      help: {
        en: `Add "name": "${suggestedKey}" and the field's label under that key in every i18n file.`,
        ru: `Добавьте "name": "${suggestedKey}" и подпись поля под этим ключом в каждый языковой файл.`,
      },
      ...at(document, path),
    });
  } else if (typeof name !== 'string' || name.trim() === '') {
    const found = describeValue(name);
    report({
      message: { en: `${where}.name must be an i18n key, found ${found.en}`, ru: `${whereRu}.name должен быть ключом перевода, указано: ${found.ru}` },
      help: {
        en: `Put the label in the i18n files and the key here, e.g. "${suggestedKey}".`,
        ru: `Поместите подпись в языковые файлы, а сюда — ключ, например "${suggestedKey}".`,
      },
      ...at(document, [...path, 'name']),
    });
  } else if (!isI18nKeyLike(name) && !uniqueLocales(context).some((locale) => lookupI18n(context, locale, name) === 'text')) {
    report({
      message: { en: `${where}.name is plain text ("${name}"), not an i18n key`, ru: `${whereRu}.name содержит обычный текст ("${name}"), а не ключ перевода` },
      help: {
        en: `It may only be a link to a text in the lang files. Set it to "${suggestedKey}" and put "${name}" under that key in every i18n file.`,
        ru: `Здесь может быть только ссылка на текст в языковых файлах. Укажите "${suggestedKey}" и добавьте "${name}" под этим ключом в каждый языковой файл.`,
      },
      actions: [{ kind: 'edit-in-step', step: 'settings' }],
      ...at(document, [...path, 'name']),
    });
  }

  if (field.required !== undefined && typeof field.required !== 'boolean') {
    const quoted = field.required === 'true' || field.required === 'false';
    const found = describeValue(field.required);
    report({
      message: { en: `${where}.required must be true or false, found ${found.en}`, ru: `${whereRu}.required должен быть true или false, указано: ${found.ru}` },
      ...(quoted ? { help: { en: `Write ${String(field.required)} without quotes.`, ru: `Напишите ${String(field.required)} без кавычек.` } } : {}),
      ...at(document, [...path, 'required']),
    });
  }
}

function checkType(
  document: JsonDocument,
  path: ManifestPath,
  type: unknown,
  allowed: readonly string[],
  what: LocalizedMessage,
  report: Report,
): void {
  const where = jsonPath(path);
  const whereRu = jsonPathRu(path);
  if (type === undefined) {
    report({
      message: { en: `${where} has no type`, ru: `У ${whereRu} нет type` },
      help: {
        en: `Add "type" with one of the types ${what.en} accept: ${allowed.join(', ')}.`,
        ru: `Добавьте "type" с одним из типов, допустимых для ${what.ru}: ${allowed.join(', ')}.`,
      },
      ...at(document, path),
    });
    return;
  }
  if (typeof type === 'string' && allowed.includes(type)) return;
  const lower = typeof type === 'string' ? type.trim().toLowerCase() : null;
  const fixable = lower !== null && allowed.includes(lower);
  const found = describeValue(type);
  report({
    message: {
      en: `${where}.type is ${found.en}, not a type ${what.en} accept`,
      ru: `${whereRu}.type: ${found.ru} — недопустимый тип для ${what.ru}`,
    },
    help: {
      en: `Allowed: ${allowed.join(', ')}.${fixable ? ` Write "${lower}".` : ''}`,
      ru: `Допустимы: ${allowed.join(', ')}.${fixable ? ` Напишите "${lower}".` : ''}`,
    },
    ...at(document, [...path, 'type']),
  });
}
