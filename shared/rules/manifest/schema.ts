import { MANIFEST_PATH } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { isRecord } from '../../widget/manifest-model';
import type { ManifestPath } from '../../widget/manifest-i18n-refs';
import { defineRule, SOURCES, type Report } from '../rule';
import type { JsonDocument } from '../../json/json-document';
import { at, atKey, describeValue, jsonPath, jsonPathRu, manifestView } from './manifest-helpers';
import { misplacedKeys } from './misplaced-keys';
import { MANIFEST_SHAPE, type Shape } from './manifest-shape';

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export const schemaRule = defineRule({
  id: 'manifest/schema',
  defaultSeverity: 'error',
  summary: 'manifest.json keys must have the types the platform expects.',
  summaryRu: 'Ключи manifest.json должны иметь те типы, которых ожидает платформа.',
  docs:
    'Each manifest.json key has a type in the structure page\'s parameter table: widget is an object; name, description ' +
    'and short_description are strings; locale and locations are arrays of strings; installation, init_once, ' +
    'is_showcase and tour.is_tour are true/false; interface_version is an integer; tour.tour_images maps each locale ' +
    'to an array of image paths; settings and dp.settings map field codes to objects; support, dp, advanced, sms, ' +
    'mobile and amoforms_settings are objects; mobile.color is a HEX colour. A value of the wrong type (e.g. "true" ' +
    'in quotes, a single locale string instead of an array) makes the upload fail or the widget misbehave. Each ' +
    'finding names the JSON path and line. Keys the platform does not document are left alone. A documented key ' +
    'written one level off is reported too: locations, tour, settings, dp, advanced, salesbot_designer, sms, mobile ' +
    'and amoforms_settings belong at the top level next to "widget", and name, description, locale, installation, ' +
    'support and version inside it; the platform does not read them anywhere else, so the widget behaves as if they ' +
    'were missing (the rules that require them then stay silent, as this finding says where to move them).',
  sources: [
    SOURCES.structure('manifest.json: table of parameters'),
    SOURCES.kommoManifest('Properties of the file manifest.json'),
  ],
  check(context, report) {
    const document = context.manifest;
    // An undefined value is a file that was not parsed (file/parse-limit, file/encoding report why).
    if (!document || document.syntaxErrors.length > 0 || document.value === undefined) return;
    if (!isRecord(document.value)) {
      const found = describeValue(document.value);
      report({
        message: { en: `manifest.json must hold one JSON object, found ${found.en}`, ru: `manifest.json должен содержать один JSON-объект, а содержит: ${found.ru}` },
        help: {
          en: 'Wrap the manifest in { }: {"widget": {...}, "locations": [...], ...}.',
          ru: 'Оберните манифест в { }: {"widget": {...}, "locations": [...], ...}.',
        },
        file: MANIFEST_PATH,
        line: 1,
        column: 1,
      });
      return;
    }
    walk(document, document.value, [], MANIFEST_SHAPE, report);
    const view = manifestView(context);
    for (const { key, foundAt, belongsAt } of view ? misplacedKeys(view) : []) {
      report({
        ...(belongsAt === 'top'
          ? {
              message: { en: `widget.${key} belongs at the top level of manifest.json`, ru: `widget.${key} должен быть на верхнем уровне manifest.json` },
              help: {
                en: `Move "${key}" out of "widget", next to it: the platform does not read it inside the widget block.`,
                ru: `Вынесите "${key}" из "widget" на уровень рядом с ним: внутри блока widget платформа его не читает.`,
              },
            }
          : {
              message: { en: `"${key}" at the top level of manifest.json belongs inside the widget block`, ru: `"${key}" на верхнем уровне manifest.json должен быть внутри блока widget` },
              help: {
                en: `Move it into "widget" ("widget": {"${key}": ...}): the platform does not read it at the top level.`,
                ru: `Перенесите его в "widget" ("widget": {"${key}": ...}): на верхнем уровне платформа его не читает.`,
              },
            }),
        ...atKey(document, foundAt),
      });
    }
  },
});

function walk(document: JsonDocument, value: unknown, path: ManifestPath, shape: Shape, report: Report): void {
  const problem = mismatch(value, shape);
  if (problem) {
    report({ message: { en: `${jsonPath(path)} ${problem.en}`, ru: `${jsonPathRu(path)} ${problem.ru}` }, ...at(document, path) });
    return;
  }
  if (shape.type === 'array' && shape.items && Array.isArray(value)) {
    value.forEach((item, index) => walk(document, item, [...path, index], shape.items as Shape, report));
  }
  if (shape.type === 'object' && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childShape = shape.fields?.[key] ?? shape.values ?? (isRecord(child) ? shape.objectValues : undefined);
      if (childShape) walk(document, child, [...path, key], childShape, report);
    }
  }
}

/** What is wrong with `value` for `shape` (the sentence after the path), or null. */
function mismatch(value: unknown, shape: Shape): LocalizedMessage | null {
  const found = describeValue(value);
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string') return null;
      return { en: `must be a string (text in double quotes), found ${found.en}.`, ru: `должно быть строкой (текст в двойных кавычках), указано: ${found.ru}.` };
    case 'boolean':
      if (typeof value === 'boolean') return null;
      if (value === 'true' || value === 'false') {
        return { en: `must be ${value} without quotes (a JSON boolean), found ${found.en}.`, ru: `должно быть ${value} без кавычек (логическое значение JSON), указано: ${found.ru}.` };
      }
      return { en: `must be true or false, found ${found.en}.`, ru: `должно быть true или false, указано: ${found.ru}.` };
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return null;
      if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
        return {
          en: `must be a whole number without quotes (e.g. ${value.trim()}), found ${found.en}.`,
          ru: `должно быть целым числом без кавычек (например, ${value.trim()}), указано: ${found.ru}.`,
        };
      }
      return { en: `must be a whole number, found ${found.en}.`, ru: `должно быть целым числом, указано: ${found.ru}.` };
    case 'hex-color':
      if (typeof value === 'string' && HEX_COLOR.test(value)) return null;
      return { en: `must be a HEX colour such as "#ffff00" or "#ff0", found ${found.en}.`, ru: `должно быть цветом в формате HEX, например "#ffff00" или "#ff0", указано: ${found.ru}.` };
    case 'array':
      if (Array.isArray(value)) return null;
      if (typeof value === 'string') {
        return {
          en: `must be an array, found ${found.en}; write it as [${JSON.stringify(value)}].`,
          ru: `должно быть массивом, указано: ${found.ru}; напишите [${JSON.stringify(value)}].`,
        };
      }
      return { en: `must be an array [...], found ${found.en}.`, ru: `должно быть массивом [...], указано: ${found.ru}.` };
    case 'object':
      if (isRecord(value)) return null;
      if (shape.emptyArrayAllowed && Array.isArray(value) && value.length === 0) return null;
      return { en: `must be an object {...}, found ${found.en}.`, ru: `должно быть объектом {...}, указано: ${found.ru}.` };
  }
}
