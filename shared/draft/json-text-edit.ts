/**
 * Writing a JSON file back as its author wrote it: only the values that changed are edited in the
 * text (jsonc-parser `modify`), so unknown keys, key order and formatting survive a save.
 */
import { applyEdits, modify, parse, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser';
import { stripBom } from '../text/text-decoding';
import { isRecord } from '../widget/manifest-model';
import { deepEqual } from './json-tree';

export interface JsonFormatting {
  insertSpaces: boolean;
  tabSize: number;
}

export const DEFAULT_JSON_FORMATTING: JsonFormatting = { insertSpaces: true, tabSize: 2 };

/** What the platform reads: UTF-8 without BOM, LF line ends. The wizard writes nothing else. */
export function normalizeNewlines(text: string): string {
  return stripBom(text).replace(/\r\n?/g, '\n');
}

export function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Indentation of the file: tabs, or the smallest indent of its nested lines (2 when it has none). */
export function inferJsonFormatting(text: string): JsonFormatting {
  let smallest = Infinity;
  for (const line of text.split('\n')) {
    const indent = /^([ \t]+)\S/.exec(line)?.[1];
    if (!indent) continue;
    if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 4 };
    smallest = Math.min(smallest, indent.length);
  }
  return Number.isFinite(smallest) ? { insertSpaces: true, tabSize: smallest } : DEFAULT_JSON_FORMATTING;
}

export function stringifyJson(value: unknown, formatting: JsonFormatting = DEFAULT_JSON_FORMATTING): string {
  return `${JSON.stringify(value, null, formatting.insertSpaces ? formatting.tabSize : '\t')}\n`;
}

export interface LenientJson {
  /** Best-effort value: what could be read even when the text has syntax errors. */
  value: unknown;
  /** True when the text is strict JSON with an object at the root, so it can be edited in place. */
  editable: boolean;
}

/** Never throws: broken input gives what could be recovered. */
export function parseLenient(text: string): LenientJson {
  const errors: ParseError[] = [];
  const options = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true };
  let value: unknown;
  try {
    value = parse(text, errors, options);
  } catch {
    return { value: undefined, editable: false };
  }
  return { value, editable: errors.length === 0 && isRecord(value) };
}

function formattingOptions(formatting: JsonFormatting): FormattingOptions {
  return { insertSpaces: formatting.insertSpaces, tabSize: formatting.tabSize, eol: '\n' };
}

/**
 * Turns `text` (whose parsed value is `current`) into a text whose value is `desired`, touching
 * only what differs. A reordered object is rewritten as a whole; an added key goes where
 * `desired` has it among its siblings.
 */
export function editJsonText(text: string, current: unknown, desired: unknown, formatting: JsonFormatting): string {
  const options = formattingOptions(formatting);
  let result = text;
  const set = (path: JSONPath, value: unknown, getInsertionIndex?: (properties: string[]) => number): void => {
    result = applyEdits(result, modify(result, path, value, { formattingOptions: options, getInsertionIndex }));
  };

  const visit = (path: JSONPath, before: unknown, after: unknown): void => {
    if (deepEqual(before, after)) return;
    if (!isRecord(before) || !isRecord(after) || (Object.keys(after).length === 0 && path.length > 0)) {
      set(path, after);
      return;
    }
    const afterKeys = Object.keys(after);
    const kept = Object.keys(before).filter((key) => Object.hasOwn(after, key));
    const keptInNewOrder = afterKeys.filter((key) => Object.hasOwn(before, key));
    if (path.length > 0 && kept.some((key, index) => key !== keptInNewOrder[index])) {
      set(path, after);
      return;
    }
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) set([...path, key], undefined);
    }
    for (const key of kept) visit([...path, key], before[key], after[key]);
    for (const key of afterKeys) {
      if (Object.hasOwn(before, key)) continue;
      const rank = afterKeys.indexOf(key);
      set([...path, key], after[key], (properties) => {
        let index = 0;
        properties.forEach((property, position) => {
          const propertyRank = afterKeys.indexOf(property);
          if (propertyRank >= 0 && propertyRank < rank) index = position + 1;
        });
        return index;
      });
    }
  };

  visit([], current, desired);
  return result;
}
