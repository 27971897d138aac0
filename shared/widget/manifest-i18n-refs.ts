/**
 * Where manifest.json points into the i18n files. The structure page says which values are
 * "a path to a translation" (widget.name, settings.*.name, dp.title, advanced.title, ...);
 * the manifest/i18n-ref rule, the i18n rules and the wizard all read that list from here.
 */
import { isRecord, looksLikeI18nKey } from './manifest-model';

export type ManifestPath = (string | number)[];

/**
 * How strictly a value must be an i18n key:
 * - `widget-text`: widget.name / description / short_description: "Должно содержать путь к переводу".
 * - `setting-name`: settings.*.name and dp.settings.*.name: "только ссылка на элемент в lang файле".
 * - `label`: a key is expected, but the platform also shows plain text as it is.
 * - `value`: salesbot default_value: a key in the amoCRM example, a literal ("www.kommo.com") in Kommo's.
 */
export type I18nFieldRole = 'widget-text' | 'setting-name' | 'label' | 'value';

export interface ManifestI18nField {
  path: ManifestPath;
  /** The string written in manifest.json. */
  value: string;
  role: I18nFieldRole;
}

export interface ManifestI18nReference {
  path: ManifestPath;
  key: string;
}

/**
 * A dotted path such as `widget.name` or `settings.api_key`. The first character must be a letter
 * or `_`, so numbers (`1.5`) and versions are never taken for keys.
 */
export function isI18nKeyLike(value: string): boolean {
  return /^[A-Za-z_]/.test(value) && looksLikeI18nKey(value);
}

/** Every string value in manifest.json that the platform reads as (or as possibly) an i18n key. */
export function manifestI18nFields(manifest: unknown): ManifestI18nField[] {
  if (!isRecord(manifest)) return [];
  const fields: ManifestI18nField[] = [];
  const add = (path: ManifestPath, value: unknown, role: I18nFieldRole): void => {
    if (typeof value === 'string') fields.push({ path, value, role });
  };

  const widget = manifest.widget;
  if (isRecord(widget)) {
    for (const key of ['name', 'description', 'short_description']) add(['widget', key], widget[key], 'widget-text');
  }
  if (isRecord(manifest.tour)) add(['tour', 'tour_description'], manifest.tour.tour_description, 'label');

  addSettingNames(manifest.settings, ['settings'], add);
  const dp = manifest.dp;
  if (isRecord(dp)) {
    addSettingNames(dp.settings, ['dp', 'settings'], add);
    add(['dp', 'title'], dp.title, 'label');
  }
  if (isRecord(manifest.advanced)) add(['advanced', 'title'], manifest.advanced.title, 'label');

  const salesbot = manifest.salesbot_designer;
  if (isRecord(salesbot)) {
    // Handlers are the object entries; other entries (e.g. `logo`) are plain values.
    for (const [handlerCode, handler] of Object.entries(salesbot)) {
      if (!isRecord(handler)) continue;
      add(['salesbot_designer', handlerCode, 'name'], handler.name, 'label');
      if (!isRecord(handler.settings)) continue;
      for (const [fieldCode, field] of Object.entries(handler.settings)) {
        if (!isRecord(field)) continue;
        const base = ['salesbot_designer', handlerCode, 'settings', fieldCode];
        add([...base, 'name'], field.name, 'label');
        add([...base, 'default_value'], field.default_value, 'value');
      }
    }
  }

  const forms = manifest.amoforms_settings;
  if (isRecord(forms)) {
    add(['amoforms_settings', 'title'], forms.title, 'label');
    add(['amoforms_settings', 'error_text'], forms.error_text, 'label');
  }
  return fields;
}

function addSettingNames(
  settings: unknown,
  base: ManifestPath,
  add: (path: ManifestPath, value: unknown, role: I18nFieldRole) => void,
): void {
  if (!isRecord(settings)) return;
  for (const [code, field] of Object.entries(settings)) {
    if (isRecord(field)) add([...base, code, 'name'], field.name, 'setting-name');
  }
}

const TOP_LEVEL_DOMAINS = new Set(['com', 'ru', 'net', 'org', 'io', 'br', 'es', 'pt', 'tr', 'id', 'co', 'info', 'app', 'dev', 'me', 'kz', 'by', 'ua', 'uz', 'mx', 'ar', 'cl', 'pe']);

/** `www.kommo.com`: a host name, not a key, although it has the same shape. */
export function looksLikeHostName(value: string): boolean {
  const last = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  return value.toLowerCase().startsWith('www.') || TOP_LEVEL_DOMAINS.has(last);
}

/** Whether a field's value is meant as an i18n key, judged from its shape alone. */
export function isI18nReference(field: ManifestI18nField): boolean {
  if (!isI18nKeyLike(field.value)) return false;
  return field.role !== 'value' || !looksLikeHostName(field.value);
}

/**
 * The i18n keys manifest.json refers to, with the JSON path of each value.
 * Only values shaped like keys (`widget.name`): plain text in a label field is shown as it is.
 */
export function manifestI18nReferences(manifest: unknown): ManifestI18nReference[] {
  return manifestI18nFields(manifest)
    .filter(isI18nReference)
    .map((field) => ({ path: field.path, key: field.value }));
}
