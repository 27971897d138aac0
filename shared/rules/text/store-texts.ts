import type { FixAction } from '../../model/finding';
import { MANIFEST_PATH, type I18nFile, type RuleContext } from '../../check/rule-context';
import type { JSONPath } from '../../json/json-document';
import { isRecord, looksLikeI18nKey, valueAtDotPath } from '../../widget/manifest-model';
import { i18nFilesInOrder, i18nStrings, type I18nString } from '../i18n/i18n-entries';

export type StoreField = 'name' | 'short_description' | 'description' | 'tour_description';

export interface StoreFieldSpec {
  field: StoreField;
  /** Where manifest.json names the text (an i18n key, or the text itself). */
  manifestPath: JSONPath;
  manifestKey: string;
  /** How the field reads in messages. */
  label: string;
  /** The same in Russian, starting a sentence ("Название", "Описание тура"). */
  labelRu: string;
}

export const STORE_FIELDS: Readonly<Record<StoreField, StoreFieldSpec>> = {
  name: { field: 'name', manifestPath: ['widget', 'name'], manifestKey: 'widget.name', label: 'name', labelRu: 'Название' },
  short_description: {
    field: 'short_description',
    manifestPath: ['widget', 'short_description'],
    manifestKey: 'widget.short_description',
    label: 'teaser (short_description)',
    labelRu: 'Краткое описание (short_description)',
  },
  description: {
    field: 'description',
    manifestPath: ['widget', 'description'],
    manifestKey: 'widget.description',
    label: 'description',
    labelRu: 'Описание',
  },
  tour_description: {
    field: 'tour_description',
    manifestPath: ['tour', 'tour_description'],
    manifestKey: 'tour.tour_description',
    label: 'tour description',
    labelRu: 'Описание тура',
  },
};

/** A store text as one locale shows it, with the place to edit it. */
export interface StoreText {
  spec: StoreFieldSpec;
  /** The locale whose i18n file holds the text; null for a text written directly in manifest.json (all locales). */
  locale: string | null;
  /** The i18n key the manifest points at; null for a literal text. */
  i18nKey: string | null;
  text: string;
  file: string;
  line: number;
  column: number;
}

/** Locale files whose texts the store shows: the declared locales' files, or every file when none is declared. */
export function storeLocaleFiles(context: RuleContext): I18nFile[] {
  const declared = new Set(context.locales);
  return i18nFilesInOrder(context).filter((file) => declared.size === 0 || declared.has(file.locale));
}

function manifestValueAt(context: RuleContext, path: JSONPath): unknown {
  let current: unknown = context.manifest?.value;
  for (const part of path) {
    if (!isRecord(current)) return undefined;
    current = current[String(part)];
  }
  return current;
}

/**
 * The texts behind widget.name, widget.short_description, widget.description and tour.tour_description:
 * the i18n value the manifest key points at in each locale file, or the manifest's own text when it holds
 * a literal. A key that resolves nowhere is left to manifest/i18n-ref.
 */
export function storeTexts(context: RuleContext, field: StoreField): StoreText[] {
  return context.cache(`store-texts:${field}`, () => {
    const spec = STORE_FIELDS[field];
    const reference = manifestValueAt(context, spec.manifestPath);
    if (typeof reference !== 'string' || !context.manifest) return [];
    const texts: StoreText[] = [];
    let resolvedSomewhere = false;
    for (const file of storeLocaleFiles(context)) {
      const value = valueAtDotPath(file.document.value, reference);
      if (typeof value !== 'string') continue;
      resolvedSomewhere = true;
      const path = reference.split('.');
      texts.push({
        spec,
        locale: file.locale,
        i18nKey: reference,
        text: value,
        file: file.path,
        ...file.document.positionOf(path),
      });
    }
    if (resolvedSomewhere || looksLikeI18nKey(reference)) return texts;
    return [{ spec, locale: null, i18nKey: null, text: reference, file: MANIFEST_PATH, ...context.manifest.positionOf(spec.manifestPath) }];
  });
}

/** Where a store text lives, for messages: `i18n/en.json (widget.name)` or `manifest.json (widget.name)`. */
/** Where the app edits a store text: the Store texts step (the tour description is on the Tour step). */
export function storeTextAction(text: StoreText): FixAction {
  const field = text.spec.field;
  return field === 'tour_description' ? { kind: 'edit-in-step', step: 'tour', field: 'description' } : { kind: 'edit-in-step', step: 'texts', field };
}

/** A text any text rule scans: every i18n string, plus store texts written directly in manifest.json. */
export interface ScannedText {
  file: string;
  locale: string | null;
  key: string;
  value: string;
  line: number;
  column: number;
  /** The i18n file and entry, for positions inside the value; null for manifest literals. */
  i18n: { file: I18nFile; entry: I18nString } | null;
}

export function scannedTexts(context: RuleContext): ScannedText[] {
  return context.cache('text-rules:scanned', () => {
    const out: ScannedText[] = [];
    for (const file of i18nFilesInOrder(context)) {
      for (const entry of i18nStrings(context, file)) {
        out.push({ file: file.path, locale: file.locale, key: entry.key, value: entry.value, line: entry.line, column: entry.column, i18n: { file, entry } });
      }
    }
    for (const field of Object.keys(STORE_FIELDS) as StoreField[]) {
      for (const text of storeTexts(context, field)) {
        if (text.locale !== null) continue;
        out.push({ file: text.file, locale: null, key: text.spec.manifestKey, value: text.text, line: text.line, column: text.column, i18n: null });
      }
    }
    return out;
  });
}

/** A short quote of a text for messages. */
export function quote(text: string, max = 60): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')}"`;
}
