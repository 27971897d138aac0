/**
 * widget-publisher.json as the wizard edits it: the platform, the check settings (CSS root selectors,
 * ignore and vendor lists, rule severities) and the moderation block. The draft holds it whole; a
 * few values the wizard asks for elsewhere (the widget code in Start, the support phone and privacy
 * links in Support) are laid over it when it is saved, so each is typed in one place only.
 */
import { CONFIG_FILE_NAME } from '../model/snapshot';
import { parseWidgetConfig, type WidgetConfig } from '../config/widget-config';
import { WIDGET_CODE_PATTERN } from '../scaffold/widget-scaffold';
import { DEFAULT_JSON_FORMATTING, editJsonText, inferJsonFormatting, normalizeNewlines, parseLenient, stringifyJson, withFinalNewline } from './json-text-edit';
import type { WidgetDraft } from './widget-draft';

export type ModerationConfig = NonNullable<WidgetConfig['moderation']>;
export type RuleSeverityChoice = NonNullable<WidgetConfig['rules']>[string];

export { CONFIG_FILE_NAME };

/** The config on disk as the draft starts from it; null when the file has a mistake (the wizard then leaves it untouched). */
export function readDraftConfig(configText: string | null): WidgetConfig | null {
  if (configText === null) return {};
  try {
    return parseWidgetConfig(configText);
  } catch {
    return null;
  }
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/** Empty strings, empty lists and empty objects say nothing: they are left out of the file. */
function withoutEmpty<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined || entry === '' || entry === false) continue;
    if (Array.isArray(entry) && entry.length === 0) continue;
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && Object.keys(entry).length === 0) continue;
    out[key] = entry;
  }
  return out as T;
}

/** The moderation block with what Start and Support collected laid over it. */
export function moderationOf(draft: WidgetDraft): ModerationConfig {
  const moderation: ModerationConfig = { ...(draft.config?.moderation ?? {}) };
  if (WIDGET_CODE_PATTERN.test(draft.code)) moderation.widgetCode = draft.code;
  const phone = trimmed(draft.support.phone);
  if (phone) moderation.supportPhone = phone;
  else delete moderation.supportPhone;
  const privacy = Object.fromEntries(
    draft.locales.flatMap((locale) => {
      const link = trimmed(draft.support.privacyPolicy[locale]);
      return link ? [[locale, link]] : [];
    }),
  );
  if (Object.keys(privacy).length > 0) moderation.privacyPolicy = privacy;
  else delete moderation.privacyPolicy;
  for (const key of Object.keys(moderation) as (keyof ModerationConfig)[]) {
    const value = moderation[key];
    if (typeof value === 'string' && value.trim() === '') delete moderation[key];
  }
  if (moderation.noTestData !== true) delete moderation.noTestData;
  return moderation;
}

/** The whole config as a save writes it, or null when the file on disk has a mistake and is left alone. */
export function configToSave(draft: WidgetDraft): WidgetConfig | null {
  if (draft.config === null) return null;
  const { moderation: _moderation, ...rest } = draft.config;
  const css = rest.css ? withoutEmpty(rest.css) : undefined;
  return withoutEmpty({ ...rest, css, moderation: withoutEmpty(moderationOf(draft)) });
}

/** What the checker runs with while the wizard is open: the draft's settings and platform. */
export function configForCheck(draft: WidgetDraft): WidgetConfig {
  return { ...(configToSave(draft) ?? {}), platform: draft.platform };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

/**
 * The new text of widget-publisher.json, or null when the save leaves it as it is. The widget code
 * Start derives is written with the rest, never alone: opening a widget does not make a file change.
 */
export function configFileText(draft: WidgetDraft, existingText: string | null): string | null {
  const desired = configToSave(draft);
  if (desired === null) return null;
  const current = readDraftConfig(existingText) ?? {};
  const codeOnDisk = current.moderation?.widgetCode;
  const withDiskCode: WidgetConfig = { ...desired, moderation: withoutEmpty({ ...desired.moderation, widgetCode: codeOnDisk }) };
  if (sameValue(withoutEmpty(withDiskCode), withoutEmpty(current))) return null;
  if (existingText === null || existingText.trim() === '') return stringifyJson(desired, DEFAULT_JSON_FORMATTING);
  const text = normalizeNewlines(existingText);
  const parsed = parseLenient(text);
  if (!parsed.editable) return stringifyJson(desired, inferJsonFormatting(text));
  return withFinalNewline(editJsonText(text, parsed.value, desired, inferJsonFormatting(text)));
}

/** The config with `change` applied; a config the wizard could not read stays untouched. */
export function editConfig(draft: WidgetDraft, change: (config: WidgetConfig) => WidgetConfig): WidgetDraft {
  if (draft.config === null) return draft;
  return { ...draft, config: change(structuredClone(draft.config)) };
}

export function setModeration(draft: WidgetDraft, patch: Partial<ModerationConfig>): WidgetDraft {
  return editConfig(draft, (config) => ({ ...config, moderation: { ...config.moderation, ...patch } }));
}

/** The marketplace, chosen or confirmed by the user: kept in the draft and written as `platform`. */
export function setPlatform(draft: WidgetDraft, platform: WidgetDraft['platform']): WidgetDraft {
  return editConfig({ ...draft, platform }, (config) => ({ ...config, platform }));
}
