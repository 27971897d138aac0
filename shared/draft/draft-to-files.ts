/**
 * The files a save writes: manifest.json and i18n/<locale>.json (plus script.js and style.css for
 * a new widget). Existing files are edited, not regenerated: every key the draft does not know,
 * the key order and the indentation stay; text is UTF-8 without BOM, LF line ends, final newline.
 */
import { MANIFEST_PATH } from '../check/rule-context';
import { isRecord } from '../widget/manifest-model';
import { scaffoldScript, scaffoldStyle } from '../scaffold/widget-scaffold';
import { draftI18nTexts } from './draft-texts';
import {
  DEFAULT_JSON_FORMATTING,
  editJsonText,
  inferJsonFormatting,
  normalizeNewlines,
  parseLenient,
  stringifyJson,
  withFinalNewline,
  type JsonFormatting,
} from './json-text-edit';
import { deleteIn, orderLike, setIn, type JsonRecord } from './json-tree';
import { buildManifestValue } from './manifest-writer';
import { widgetCodeOf } from './new-draft';
import type { WidgetDraft } from './widget-draft';

export interface ExistingWidgetTexts {
  /** manifest.json as it is in the folder now. */
  manifestText?: string;
  /** i18n file texts by locale (`en`) or by path (`i18n/en.json`). */
  i18nTexts?: Record<string, string>;
}

export const SCRIPT_PATH = 'script.js';
export const STYLE_PATH = 'style.css';

export function i18nPath(locale: string): string {
  return `i18n/${locale}.json`;
}

function i18nTextsByLocale(texts: Record<string, string> | undefined): Map<string, string> {
  const byLocale = new Map<string, string>();
  for (const [name, text] of Object.entries(texts ?? {})) {
    const locale = /^(?:.*\/)?([^/]+?)(?:\.json)?$/.exec(name)?.[1] ?? name;
    byLocale.set(locale, text);
  }
  return byLocale;
}

/** Writes `desired` over `baseText`: an edit when the base is strict JSON, else a fresh text. */
function writeJson(baseText: string | null, build: (base: unknown) => JsonRecord, fallback: JsonFormatting): string {
  if (baseText === null || baseText.trim() === '') return stringifyJson(build(undefined), fallback);
  const text = normalizeNewlines(baseText);
  const formatting = inferJsonFormatting(text);
  const parsed = parseLenient(text);
  const desired = build(parsed.value);
  // A file with syntax errors cannot be edited in place: it is rewritten from what could be read.
  if (!parsed.editable) return stringifyJson(desired, formatting);
  return withFinalNewline(editJsonText(text, parsed.value, desired, formatting));
}

/** The i18n file value of one locale after the save. */
export function buildI18nValue(base: unknown, draft: WidgetDraft, locale: string): JsonRecord {
  const out: JsonRecord = isRecord(base) ? structuredClone(base) : {};
  const owned = draftI18nTexts(draft);
  const ownedKeys = new Set(owned.map(({ text }) => text.key));
  for (const key of draft.removedI18nKeys) {
    if (!ownedKeys.has(key)) deleteIn(out, key.split('.'));
  }
  for (const { text } of owned) {
    if (Object.hasOwn(text.values, locale)) setIn(out, text.key.split('.'), text.values[locale]);
  }
  return out;
}

/**
 * Every file the save writes, by path. `existing` holds the current texts of the folder; without
 * it the widget is new and gets a script.js and style.css skeleton too.
 */
export function draftToFiles(draft: WidgetDraft, existing?: ExistingWidgetTexts): Record<string, string> {
  const files: Record<string, string> = {};
  const manifestText = existing?.manifestText ?? null;
  const formatting = manifestText ? inferJsonFormatting(normalizeNewlines(manifestText)) : DEFAULT_JSON_FORMATTING;

  files[MANIFEST_PATH] = writeJson(manifestText, (base) => buildManifestValue(base === undefined ? draft.unknownManifest : base, draft), formatting);

  const i18nTexts = i18nTextsByLocale(existing?.i18nTexts);
  const template = draft.locales.map((locale) => i18nTexts.get(locale)).find((text) => text !== undefined);
  const templateValue = template === undefined ? undefined : parseLenient(normalizeNewlines(template)).value;
  for (const locale of draft.locales) {
    const baseText = i18nTexts.get(locale) ?? null;
    files[i18nPath(locale)] = writeJson(
      baseText,
      (base) => {
        const value = buildI18nValue(base, draft, locale);
        // A new locale file lists its keys in the order its siblings do.
        return baseText === null ? (orderLike(value, templateValue) as JsonRecord) : value;
      },
      formatting,
    );
  }

  if (existing === undefined) {
    // The same skeleton `widget-publisher init` writes, so both ways of starting pass the same checks.
    const code = widgetCodeOf(draft);
    files[SCRIPT_PATH] = scaffoldScript(code);
    files[STYLE_PATH] = scaffoldStyle(code);
  }
  return files;
}
