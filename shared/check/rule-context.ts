import picomatch from 'picomatch';
import { DEFAULT_VENDOR_GLOBS, type WidgetConfig } from '../config/widget-config';
import { parseJsonDocument, unparsedJsonDocument, type JsonDocument } from '../json/json-document';
import type { WidgetFile, WidgetSnapshot } from '../model/snapshot';
import type { PlatformProfile } from '../platform/profiles';
import { parseLimitProblems, type ParseLimitProblem } from '../text/parse-limits';
import { decodeText } from '../text/text-decoding';
import { looksLikeUtf16 } from '../text/utf8-scan';
import { declaredLocales, declaredLocations, type ParsedLocation } from '../widget/manifest-model';
import { FileMemo } from './file-memo';

export const MANIFEST_PATH = 'manifest.json';
const I18N_FILE = /^i18n\/([^/]+)\.json$/;

export interface I18nFile {
  locale: string;
  path: string;
  document: JsonDocument;
}

/**
 * Everything a rule may look at, read once and shared by all rules.
 * Expensive derived data (parsed JS, CSS) goes through `cache` so each file is parsed once per check.
 */
export interface RuleContext {
  snapshot: WidgetSnapshot;
  profile: PlatformProfile;
  config: WidgetConfig;
  /** manifest.json at the widget root, parsed with positions; null when the file is missing. */
  manifest: JsonDocument | null;
  /** i18n/<locale>.json files, by the locale in the file name. */
  i18n: Map<string, I18nFile>;
  /** Locale codes in widget.locale (strings only, in order). */
  locales: string[];
  /** Entries of `locations` that are strings, parsed into area and suffix. */
  locations: ParsedLocation[];
  /** Areas of `locations` without suffixes. */
  areas: string[];
  file(path: string): WidgetFile | undefined;
  /** Decoded text (UTF-8, BOM removed) of a file, or null when it is missing or has no bytes. */
  text(path: string): string | null;
  /** Third-party files (config `vendor` globs): packed, but the code rules skip them. */
  isVendor(path: string): boolean;
  /** manifest.json and i18n files that were not parsed, with the limit each passes (file/parse-limit reports them). */
  jsonParseProblems: ReadonlyMap<string, ParseLimitProblem>;
  /** Memoize derived data for this check run. */
  cache<T>(key: string, compute: () => T): T;
  /** Memoize data derived from one file: one map a kind, so a lookup builds no key string (10,000 files x every rule). */
  cacheFor<T>(kind: string, path: string, compute: () => T): T;
}

export function createRuleContext(snapshot: WidgetSnapshot, profile: PlatformProfile, config: WidgetConfig): RuleContext {
  const byPath = new Map(snapshot.files.map((file) => [file.path, file]));
  const memo = new Map<string, unknown>();
  const cache = <T>(key: string, compute: () => T): T => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    const value = compute();
    memo.set(key, value);
    return value;
  };
  const kinds = new Map<string, FileMemo>();
  // Rules ask for one kind file after file: the last kind's memo is at hand without a lookup.
  let lastKind: string | null = null;
  let lastMemo = new FileMemo();
  const cacheFor = <T>(kind: string, path: string, compute: () => T): T => {
    if (kind !== lastKind) {
      let memoOfKind = kinds.get(kind);
      if (!memoOfKind) {
        memoOfKind = new FileMemo();
        kinds.set(kind, memoOfKind);
      }
      lastKind = kind;
      lastMemo = memoOfKind;
    }
    return lastMemo.get(path, compute);
  };
  const texts = new FileMemo();
  const text = (path: string): string | null =>
    texts.get(path, () => {
      const bytes = byPath.get(path)?.bytes;
      return bytes ? decodeText(bytes) : null;
    });
  /**
   * A UTF-16 file (file/encoding says so once) or one past the JSON parse limits (file/parse-limit names it)
   * is not parsed: its syntax errors would be hundreds of lines of noise, or cost gigabytes.
   */
  const jsonPaths = snapshot.files.filter((file) => file.path === MANIFEST_PATH || I18N_FILE.test(file.path)).map((file) => file.path);
  const jsonTexts = jsonPaths.flatMap((path) => {
    const bytes = byPath.get(path)?.bytes;
    return bytes && !looksLikeUtf16(bytes) ? [{ path, text: text(path) ?? '', bytes: bytes.length }] : [];
  });
  const jsonParseProblems = parseLimitProblems('json', jsonTexts);
  const readJson = (path: string): JsonDocument | null => {
    const bytes = byPath.get(path)?.bytes;
    if (!bytes) return null;
    if (looksLikeUtf16(bytes)) return unparsedJsonDocument('');
    const fileText = text(path) ?? '';
    return jsonParseProblems.has(path) ? unparsedJsonDocument(fileText) : parseJsonDocument(fileText);
  };

  const manifest = readJson(MANIFEST_PATH);
  const manifestValue = manifest?.value;

  const i18n = new Map<string, I18nFile>();
  for (const path of jsonPaths) {
    const match = I18N_FILE.exec(path);
    if (!match) continue;
    const document = readJson(path);
    if (document === null) continue;
    i18n.set(match[1], { locale: match[1], path, document });
  }

  const vendorMatcher = picomatch([...(config.vendor ?? DEFAULT_VENDOR_GLOBS)], { dot: true });
  const locations = declaredLocations(manifestValue);

  return {
    snapshot,
    profile,
    config,
    manifest,
    i18n,
    locales: declaredLocales(manifestValue),
    locations,
    areas: locations.map((location) => location.area),
    file: (path) => byPath.get(path),
    text,
    isVendor: (path) => vendorMatcher(path),
    jsonParseProblems,
    cache,
    cacheFor,
  };
}
