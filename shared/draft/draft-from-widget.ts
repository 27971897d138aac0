/**
 * Pre-fills the wizard from a widget that exists (a folder or a widget.zip already read into a
 * snapshot). Broken or partial input never throws: what cannot be read becomes an empty value,
 * and a value the draft cannot represent is left alone in the file (null in the draft).
 */
import { MANIFEST_PATH } from '../check/rule-context';
import type { WidgetSnapshot } from '../model/snapshot';
import { platformProfile, type PlatformId, type PlatformProfile } from '../platform/profiles';
import { decodeText } from '../text/text-decoding';
import { deriveWidgetCode } from '../scaffold/widget-scaffold';
import { isI18nKeyLike } from '../widget/manifest-i18n-refs';
import { declaredLocales, declaredLocations, isRecord } from '../widget/manifest-model';
import { platformBlockKeys } from './draft-blocks';
import { readDraftConfig } from './draft-config';
import { dpLabelKey, settingsLabelKey } from './draft-texts';
import { normalizeNewlines, parseLenient } from './json-text-edit';
import { splitStoreName } from './new-draft';
import {
  DEFAULT_BRANDING,
  DEFAULT_STORE_TEXT_KEYS,
  STORE_TEXT_FIELDS,
  WIDGET_DRAFT_VERSION,
  i18nText,
  sameInEvery,
  type DraftBlocks,
  type I18nText,
  type SettingsField,
  type StoreTextField,
  type WidgetDraft,
} from './widget-draft';

type JsonObject = Record<string, unknown>;

const MANIFEST_TEXT_PATHS: Readonly<Record<StoreTextField, readonly string[]>> = {
  name: ['widget', 'name'],
  teaser: ['widget', 'short_description'],
  description: ['widget', 'description'],
  tourDescription: ['tour', 'tour_description'],
};

/** i18n string values by dot key, per locale, in the order keys first appear. */
class I18nIndex {
  readonly byKey = new Map<string, Record<string, string>>();

  add(locale: string, value: unknown, prefix: string[] = []): void {
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      // A key holding a dot cannot be told apart from nesting in a dot path: left alone in the file.
      if (key === '' || key.includes('.')) continue;
      const path = [...prefix, key];
      if (typeof child === 'string') {
        const dotKey = path.join('.');
        const values = this.byKey.get(dotKey) ?? {};
        values[locale] = child;
        this.byKey.set(dotKey, values);
      } else {
        this.add(locale, child, path);
      }
    }
  }

  /** The text of a manifest value: an i18n key with its values, or plain text shown as it is in every locale. */
  text(manifestValue: unknown, defaultKey: string, locales: readonly string[]): I18nText {
    if (typeof manifestValue === 'string' && isI18nKeyLike(manifestValue)) {
      return i18nText(manifestValue, this.byKey.get(manifestValue) ?? {});
    }
    if (typeof manifestValue === 'string' && manifestValue.trim() !== '') {
      // Plain text in the manifest: saving moves it into the i18n files under the usual key.
      return i18nText(defaultKey, sameInEvery(locales, manifestValue));
    }
    return i18nText(defaultKey, this.byKey.get(defaultKey) ?? {});
  }
}

function readText(snapshot: WidgetSnapshot, path: string): string | null {
  const bytes = snapshot.files.find((file) => file.path === path)?.bytes;
  return bytes ? normalizeNewlines(decodeText(bytes)) : null;
}

function readJson(snapshot: WidgetSnapshot, path: string): unknown {
  const text = readText(snapshot, path);
  return text === null ? undefined : parseLenient(text).value;
}

function record(value: unknown): JsonObject {
  return isRecord(value) ? value : {};
}

function booleanOrNull(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

function integerOrNull(value: unknown): number | null {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
}

function stringOr(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function readFields(settings: unknown, labelKey: (code: string) => string, index: I18nIndex, locales: readonly string[]): SettingsField[] {
  return Object.entries(record(settings)).map(([code, field]) => {
    const entry = record(field);
    return {
      code,
      label: index.text(entry.name, labelKey(code), locales),
      type: stringOr(entry.type),
      required: booleanOrNull(entry.required),
    };
  });
}

function readBlocks(manifest: JsonObject, profile: PlatformProfile, index: I18nIndex, locales: readonly string[]): DraftBlocks {
  const blocks: DraftBlocks = {};
  for (const key of platformBlockKeys(profile)) {
    if (!Object.hasOwn(manifest, key)) continue;
    const value = manifest[key];
    const block = record(value);
    switch (key) {
      case 'dp':
        blocks.dp = {
          title: block.title === undefined ? null : index.text(block.title, 'dp.title', locales),
          actionMultiple: booleanOrNull(block.action_multiple),
          webhookUrl: stringOr(block.webhook_url),
          fields: readFields(block.settings, dpLabelKey, index, locales),
        };
        break;
      case 'advanced':
        blocks.advanced = { title: index.text(block.title, 'advanced.title', locales) };
        break;
      case 'sms':
        blocks.sms = { endpoint: stringOr(block.endpoint) };
        break;
      case 'mobile':
        blocks.mobile = { frameUrl: stringOr(block.frame_url), color: stringOr(block.color) };
        break;
      case 'amoforms_settings':
        blocks.amoforms_settings = {
          title: index.text(block.title, 'amoforms_settings.title', locales),
          required: booleanOrNull(block.required),
          errorText: block.error_text === undefined ? null : index.text(block.error_text, 'amoforms_settings.error_text', locales),
        };
        break;
      case 'salesbot_designer':
      case 'left_menu':
        blocks[key] = { value: structuredClone(value) };
        break;
    }
  }
  return blocks;
}

/** Locales to edit: the declared ones; when none are declared, those that have an i18n file. */
function draftLocales(manifest: unknown, i18nLocales: readonly string[], profile: PlatformProfile): string[] {
  const declared = [...new Set(declaredLocales(manifest).map((locale) => locale.trim()))];
  if (declared.length > 0) return declared;
  const known = profile.locales.filter((locale) => i18nLocales.includes(locale));
  return [...known, ...i18nLocales.filter((locale) => !known.includes(locale))];
}

export function draftFromWidget(snapshot: WidgetSnapshot, platform: PlatformId): WidgetDraft {
  const profile = platformProfile(platform);
  const manifestValue = readJson(snapshot, MANIFEST_PATH);
  const manifest = record(manifestValue);
  const widget = record(manifest.widget);

  const index = new I18nIndex();
  const i18nLocales: string[] = [];
  for (const file of snapshot.files) {
    const locale = /^i18n\/([^/]+)\.json$/.exec(file.path)?.[1];
    if (!locale) continue;
    i18nLocales.push(locale);
  }
  const locales = draftLocales(manifestValue, i18nLocales, profile);
  // Declared locales first, so keys appear in the order of the first declared file.
  const readOrder = [...locales.filter((locale) => i18nLocales.includes(locale)), ...i18nLocales.filter((locale) => !locales.includes(locale))];
  for (const locale of readOrder) index.add(locale, readJson(snapshot, `i18n/${locale}.json`));

  const texts = Object.fromEntries(
    STORE_TEXT_FIELDS.map((field) => {
      const [block, key] = MANIFEST_TEXT_PATHS[field];
      return [field, index.text(record(manifest[block])[key], DEFAULT_STORE_TEXT_KEYS[field], locales)];
    }),
  ) as Record<StoreTextField, I18nText>;

  const settingsFields = readFields(manifest.settings, settingsLabelKey, index, locales);
  const blocks = readBlocks(manifest, profile, index, locales);

  const config = readDraftConfig(snapshot.configText);
  const moderation = config?.moderation ?? {};
  const draft: WidgetDraft = {
    draftVersion: WIDGET_DRAFT_VERSION,
    platform,
    company: '',
    code: '',
    basics: {
      version: stringOr(widget.version),
      interfaceVersion: integerOrNull(widget.interface_version),
      initOnce: booleanOrNull(widget.init_once),
      installation: booleanOrNull(widget.installation),
      isShowcase: booleanOrNull(widget.is_showcase),
    },
    locales,
    texts,
    i18nKeys: [],
    removedI18nKeys: [],
    locations: declaredLocations(manifestValue).map((location) => ({ area: location.area, panel: location.suffix })),
    blocks,
    removedBlocks: [],
    settingsFields,
    support: {
      link: stringOr(record(widget.support).link),
      email: stringOr(record(widget.support).email),
      // The phone and privacy links live only in widget-publisher.json (they go into the moderation request).
      phone: moderation.supportPhone ?? '',
      privacyPolicy: { ...sameInEvery(locales, ''), ...moderation.privacyPolicy },
    },
    tour: {
      isTour: booleanOrNull(record(manifest.tour).is_tour),
      images: Object.fromEntries(
        Object.entries(record(record(manifest.tour).tour_images)).map(([locale, paths]) => [
          locale,
          Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [],
        ]),
      ),
    },
    branding: { ...DEFAULT_BRANDING },
    unknownManifest: structuredClone(manifest),
    config,
    removedFiles: [],
    fixEncoding: false,
  };

  const ownedKeys = new Set<string>([
    ...STORE_TEXT_FIELDS.map((field) => texts[field].key),
    ...settingsFields.map((field) => field.label.key),
    ...(blocks.dp ? [blocks.dp.title?.key, ...blocks.dp.fields.map((field) => field.label.key)] : []),
    blocks.advanced?.title.key,
    blocks.amoforms_settings?.title.key,
    blocks.amoforms_settings?.errorText?.key,
  ].filter((key): key is string => typeof key === 'string'));
  draft.i18nKeys = [...index.byKey.entries()].filter(([key]) => !ownedKeys.has(key)).map(([key, values]) => i18nText(key, values));

  const name = texts.name.values.en ?? texts.name.values[locales[0]] ?? '';
  const { product, company } = splitStoreName(name);
  draft.company = company;
  const legacyCode = typeof widget.code === 'string' && widget.code.trim() !== '' ? widget.code.trim() : null;
  draft.code = legacyCode ?? moderation.widgetCode?.trim() ?? deriveWidgetCode(company, product) ?? '';
  return draft;
}
