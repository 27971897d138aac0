import { z } from 'zod';
import { projectDraftSchema } from '../../shared/ipc/draft';
import { THEME_PREFERENCES, UI_LANGUAGES, type ThemePreference, type UiLanguage } from '../../shared/ipc/types';
import { PLATFORM_IDS, type PlatformId } from '../../shared/platform/profiles';

/** The settings file's layout. Bump CURRENT_SCHEMA_VERSION and add a migration when it changes. */
export const CURRENT_SCHEMA_VERSION = 1;
export const MAX_RECENT_PROJECTS = 12;
export const MAX_DRAFTS = 50;

export const preferencesSchema = z.object({
  language: z.enum(UI_LANGUAGES as [UiLanguage, ...UiLanguage[]]),
  theme: z.enum(THEME_PREFERENCES as [ThemePreference, ...ThemePreference[]]),
});

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

const lastResultSchema = z.object({
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  infos: z.number().int().min(0),
  checkedAt: z.string(),
});

export const storedRecentSchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  platform: z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]),
  kind: z.enum(['folder', 'zip']),
  lastOpened: z.string(),
  lastResult: lastResultSchema.nullable(),
  /** The user chose it in a native dialog: reopening it from the recent list may write into it again. */
  picked: z.boolean().optional(),
});

export const storedDraftSchema = z.object({
  updatedAt: z.string(),
  /** The draft without its secret. */
  data: projectDraftSchema.omit({ testCredentials: true }),
  /** safeStorage ciphertext of the test credentials, base64; null when there are none. */
  credentials: z.string().nullable(),
});

export const storeDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  preferences: preferencesSchema,
  window: windowStateSchema.nullable(),
  recentProjects: z.array(storedRecentSchema).max(MAX_RECENT_PROJECTS),
  drafts: z.record(z.string(), storedDraftSchema),
});

export type StoreData = z.infer<typeof storeDataSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;
export type StoredRecent = z.infer<typeof storedRecentSchema>;
export type StoredDraft = z.infer<typeof storedDraftSchema>;

export function defaultStoreData(language: UiLanguage): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    preferences: { language, theme: 'system' },
    window: null,
    recentProjects: [],
    drafts: {},
  };
}

/** Turns data of schema version `to - 1` into version `to`. Plain objects in, plain objects out. */
export interface StoreMigration {
  to: number;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Version 0 is a file without `schemaVersion` (written before the schema had a version, or by hand):
 * it becomes version 1 by keeping each section that is valid, which `repairSections` does next.
 */
export const STORE_MIGRATIONS: readonly StoreMigration[] = [{ to: 1, migrate: (data) => ({ ...data, schemaVersion: 1 }) }];
