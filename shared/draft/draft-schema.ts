/**
 * Reading a draft back from the project store. A stored draft that does not have the current
 * shape (an older version, a hand-edited or truncated store) is not half-trusted: the caller
 * gets null and pre-fills the wizard from the widget's files again.
 */
import { z } from 'zod';
import { widgetConfigSchema } from '../config/widget-config';
import { PLATFORM_IDS, type PlatformId } from '../platform/profiles';
import { BLOCK_KEYS, STORE_TEXT_FIELDS, WIDGET_DRAFT_VERSION, type BlockKey, type StoreTextField, type WidgetDraft } from './widget-draft';

const perLocale = z.record(z.string(), z.string());
const i18nText = z.object({ key: z.string().min(1), values: perLocale });
const settingsField = z.object({ code: z.string(), label: i18nText, type: z.string(), required: z.boolean().nullable() });
const jsonBlock = z.object({ value: z.unknown() });

const widgetDraftSchema = z.object({
  draftVersion: z.literal(WIDGET_DRAFT_VERSION),
  platform: z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]),
  company: z.string(),
  code: z.string(),
  basics: z.object({
    version: z.string(),
    interfaceVersion: z.number().nullable(),
    initOnce: z.boolean().nullable(),
    installation: z.boolean().nullable(),
    isShowcase: z.boolean().nullable(),
  }),
  locales: z.array(z.string()),
  texts: z.object(Object.fromEntries(STORE_TEXT_FIELDS.map((field) => [field, i18nText])) as Record<StoreTextField, typeof i18nText>),
  i18nKeys: z.array(i18nText),
  removedI18nKeys: z.array(z.string()),
  locations: z.array(z.object({ area: z.string(), panel: z.string().nullable() })),
  blocks: z.object({
    dp: z.object({ title: i18nText.nullable(), actionMultiple: z.boolean().nullable(), webhookUrl: z.string(), fields: z.array(settingsField) }).optional(),
    advanced: z.object({ title: i18nText }).optional(),
    salesbot_designer: jsonBlock.optional(),
    sms: z.object({ endpoint: z.string() }).optional(),
    mobile: z.object({ frameUrl: z.string(), color: z.string() }).optional(),
    left_menu: jsonBlock.optional(),
    amoforms_settings: z.object({ title: i18nText, required: z.boolean().nullable(), errorText: i18nText.nullable() }).optional(),
  }),
  removedBlocks: z.array(z.enum(BLOCK_KEYS as [BlockKey, ...BlockKey[]])),
  settingsFields: z.array(settingsField),
  support: z.object({ link: z.string(), email: z.string(), phone: z.string(), privacyPolicy: perLocale }),
  tour: z.object({ isTour: z.boolean().nullable(), images: z.record(z.string(), z.array(z.string())) }),
  branding: z.object({
    logoSource: z.string().nullable(),
    wideSource: z.string().nullable(),
    squareSource: z.string().nullable(),
    fit: z.enum(['contain', 'cover']),
    position: z.enum(['centre', 'attention', 'entropy']),
    padding: z.number().min(0).max(40),
    background: z.string(),
    clearBackground: z.boolean().nullable().default(null),
  }),
  unknownManifest: z.record(z.string(), z.unknown()),
  /** Drafts stored before the wizard edited widget-publisher.json have none: restoreWidget reads it from the files. */
  config: z.nullable(widgetConfigSchema).optional(),
  removedFiles: z.array(z.string().max(1_000)).max(500).default([]),
  fixEncoding: z.boolean().default(false),
});

/** A stored draft; `config` is undefined when it was stored before the wizard edited the config. */
export type StoredWidgetDraft = Omit<WidgetDraft, 'config'> & { config?: WidgetDraft['config'] };

/** The stored draft, or null when it is not a draft of the current shape. */
export function parseWidgetDraft(value: unknown): StoredWidgetDraft | null {
  const result = widgetDraftSchema.safeParse(value);
  return result.success ? (result.data as StoredWidgetDraft) : null;
}
