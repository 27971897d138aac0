import { basename } from 'node:path';
import { parseJsonDocument } from '../../../shared/json/json-document';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { decodeText } from '../../../shared/text/text-decoding';
import { declaredLocales, looksLikeI18nKey, valueAtDotPath, widgetBlock } from '../../../shared/widget/manifest-model';

/** A JSON file of the snapshot, parsed leniently (undefined when it is missing or broken: the checker reports that). */
export function snapshotJson(snapshot: WidgetSnapshot, path: string): unknown {
  const file = snapshot.files.find((entry) => entry.path === path);
  if (!file?.bytes) return undefined;
  const document = parseJsonDocument(decodeText(file.bytes));
  return document.syntaxErrors.length > 0 ? undefined : document.value;
}

/** Every i18n/<locale>.json that parses, by locale. */
export function snapshotI18n(snapshot: WidgetSnapshot): Record<string, unknown> {
  const i18n: Record<string, unknown> = {};
  for (const file of snapshot.files) {
    const match = /^i18n\/([A-Za-z_-]+)\.json$/.exec(file.path);
    if (!match) continue;
    const value = snapshotJson(snapshot, file.path);
    if (value !== undefined) i18n[match[1]] = value;
  }
  return i18n;
}

/**
 * The name a person knows the widget by: widget.name resolved in the UI language's locale (then
 * the declared ones), else the folder or zip name.
 */
export function widgetDisplayName(snapshot: WidgetSnapshot, uiLanguage: string): string {
  const manifest = snapshotJson(snapshot, 'manifest.json');
  const raw = widgetBlock(manifest)?.name;
  const fallback = basename(snapshot.source.path);
  if (typeof raw !== 'string' || raw.trim() === '') return fallback;
  if (!looksLikeI18nKey(raw)) return raw.trim();
  const i18n = snapshotI18n(snapshot);
  for (const locale of [uiLanguage, ...declaredLocales(manifest), ...Object.keys(i18n)]) {
    const value = valueAtDotPath(i18n[locale], raw);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return fallback;
}
