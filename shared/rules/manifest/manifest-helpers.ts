import { MANIFEST_PATH, type RuleContext } from '../../check/rule-context';
import type { JsonDocument } from '../../json/json-document';
import { isRecord, valueAtDotPath } from '../../widget/manifest-model';
import type { ManifestPath } from '../../widget/manifest-i18n-refs';
import type { LocalizedMessage } from '../../model/finding';
import type { RawFinding } from '../rule';

/** manifest.json as the manifest rules see it: parsed, without syntax errors, an object at the root. */
export interface ManifestView {
  document: JsonDocument;
  root: Record<string, unknown>;
}

/**
 * The manifest, or null when it is missing, does not parse, or is not an object.
 * Those cases have their own findings (package/manifest-missing, manifest/json-syntax,
 * manifest/schema); every other manifest rule stays silent so one mistake gives one finding.
 */
export function manifestView(context: RuleContext): ManifestView | null {
  return context.cache('manifest:view', () => {
    const document = context.manifest;
    if (!document || document.syntaxErrors.length > 0 || !isRecord(document.value)) return null;
    return { document, root: document.value };
  });
}

/** The finding's place: the value at `path`, or the nearest existing parent when it is missing. */
export function at(document: JsonDocument, path: ManifestPath): Pick<RawFinding, 'file' | 'line' | 'column'> {
  const { line, column } = document.positionOf(path);
  return { file: MANIFEST_PATH, line, column };
}

/** The finding's place: the property name at `path` (for "remove this key" findings). */
export function atKey(document: JsonDocument, path: ManifestPath): Pick<RawFinding, 'file' | 'line' | 'column'> {
  const { line, column } = document.keyPositionOf(path);
  return { file: MANIFEST_PATH, line, column };
}

/** `widget.support.link`, `locations[2]`, `settings["my field"]`: the path as a person reads it. */
export function jsonPath(path: ManifestPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text === '' ? '(the root)' : text;
}

/** jsonPath for Russian messages: the same path, only the root is named in Russian. */
export function jsonPathRu(path: ManifestPath): string {
  return path.length === 0 ? '(корень файла)' : jsonPath(path);
}

/** What a JSON value is, for "found ..." in messages: `the string "true"` / `строка "true"`, `the number 2`, `an array`. */
export function describeValue(value: unknown): LocalizedMessage {
  if (value === null) return { en: 'null', ru: 'null' };
  if (Array.isArray(value)) return value.length === 0 ? { en: 'an empty array', ru: 'пустой массив' } : { en: 'an array', ru: 'массив' };
  switch (typeof value) {
    case 'string': {
      if (value === '') return { en: 'an empty string', ru: 'пустая строка' };
      const shown = JSON.stringify(truncate(value, 40));
      return { en: `the string ${shown}`, ru: `строка ${shown}` };
    }
    case 'number':
      return { en: `the number ${value}`, ru: `число ${value}` };
    case 'boolean':
      return { en: `${value}`, ru: `${value}` };
    case 'object':
      return { en: 'an object', ru: 'объект' };
    default:
      return { en: typeof value, ru: typeof value };
  }
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** `dp.webhook_url` (the profile's dot paths) as a JSON path. */
export function dotPathToPath(dotPath: string): string[] {
  return dotPath.split('.');
}

export type I18nLookup = 'text' | 'missing' | 'not-text' | 'unreadable';

/**
 * What `key` gives in the locale's i18n file. `unreadable` when the file is missing or broken:
 * i18n/file-missing and i18n/json-syntax report those, so reference checks skip that locale.
 */
export function lookupI18n(context: RuleContext, locale: string, key: string): I18nLookup {
  const value = context.i18n.get(locale)?.document.value;
  if (!isRecord(value)) return 'unreadable';
  // A flat key written with its dots ({"widget.name": "..."}) is read as a match too, to stay on the safe side.
  const found = valueAtDotPath(value, key) ?? value[key];
  if (found === undefined) return 'missing';
  return typeof found === 'string' ? 'text' : 'not-text';
}

/** Locales of widget.locale, each once. */
export function uniqueLocales(context: RuleContext): string[] {
  return [...new Set(context.locales)];
}

/** A valid https:// URL with a host, e.g. for support.link and dp.webhook_url; else what is wrong with it. */
export function httpsUrlProblem(value: string): LocalizedMessage | null {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(trimmed)
      ? { en: `has no scheme; write it as https://${trimmed}`, ru: `указан без протокола; напишите https://${trimmed}` }
      : { en: 'is not a valid URL', ru: 'не является корректным URL' };
  }
  if (url.protocol === 'http:') return { en: 'uses http:// instead of https://', ru: 'использует http:// вместо https://' };
  if (url.protocol !== 'https:') return { en: `uses ${url.protocol}// instead of https://`, ru: `использует ${url.protocol}// вместо https://` };
  if (!url.hostname || !url.hostname.includes('.')) return { en: 'has no valid host name', ru: 'не содержит корректного имени хоста' };
  if (trimmed !== value) return { en: 'has spaces around the address; remove them', ru: 'содержит пробелы вокруг адреса; уберите их' };
  return null;
}

export function isValidEmail(value: string): boolean {
  return /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+\.[A-Za-z]{2,}$/.test(value);
}

/** The closest known word within two edits, to suggest a fix for a typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** Keys of `value` when it is an object, in order. */
export function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}
