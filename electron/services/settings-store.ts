import { readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DraftSaveResult, ProjectDraft } from '../../shared/ipc/draft';
import type { AppNotice, LastCheckResult, Preferences, RecentProject, UiLanguage } from '../../shared/ipc/types';
import {
  CURRENT_SCHEMA_VERSION,
  defaultStoreData,
  MAX_DRAFTS,
  MAX_RECENT_PROJECTS,
  preferencesSchema,
  STORE_MIGRATIONS,
  storeDataSchema,
  storedDraftSchema,
  storedRecentSchema,
  windowStateSchema,
  type StoreData,
  type StoreMigration,
  type StoredDraft,
  type StoredRecent,
  type WindowState,
} from './settings-schema';

/** The persistence underneath: an electron-store instance in the app, anything with `store` in tests. */
export interface KeyValueFile {
  store: Record<string, unknown>;
  readonly path: string;
}

/** safeStorage in the app; tests give a fake. Ciphertext is base64 so it fits in JSON. */
export interface SecretCipher {
  isAvailable(): boolean;
  encrypt(plainText: string): string;
  decrypt(cipherText: string): string;
}

export interface SettingsStoreOptions {
  cipher: SecretCipher;
  /** First-run UI language (from the OS locale). */
  defaultLanguage: UiLanguage;
  now?: () => Date;
  /** Tells whether a recent project's folder or zip still exists. */
  exists: (path: string) => boolean;
  migrations?: readonly StoreMigration[];
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Run before the store library opens the file: a file that is not a JSON object (a crash mid-write
 * by another tool, a bad hand edit) or that a newer version wrote is moved aside to a backup next
 * to it, so the app starts with defaults instead of crashing, and the user is told where the old
 * file went.
 */
export function quarantineUnreadableStoreFile(path: string, now: Date = new Date()): AppNotice | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let problem: 'corrupt' | 'newer' | null = null;
  try {
    const data: unknown = JSON.parse(text);
    if (!isPlainObject(data)) problem = 'corrupt';
    else if (typeof data.schemaVersion === 'number' && data.schemaVersion > CURRENT_SCHEMA_VERSION) problem = 'newer';
  } catch {
    problem = 'corrupt';
  }
  if (!problem) return null;

  const name = basename(path).replace(/\.json$/, '');
  const backup = join(dirname(path), `${name}.${problem}-${stamp(now)}.json`);
  renameSync(path, backup);
  return problem === 'corrupt'
    ? {
        id: `settings-reset-${stamp(now)}`,
        kind: 'settings-reset',
        message: `The settings file could not be read, so Widget Publisher started with default settings. The old file was kept as ${backup}.`,
        path: backup,
      }
    : {
        id: `settings-newer-${stamp(now)}`,
        kind: 'settings-newer',
        message: `The settings file was written by a newer version of Widget Publisher, so this version started with default settings. The newer file was kept as ${backup}.`,
        path: backup,
      };
}

/**
 * Preferences, window bounds, recent projects and per-project drafts, with a schema and migrations.
 * Whatever is on disk is validated section by section; an invalid section falls back to its
 * default instead of taking the whole app down.
 */
export class SettingsStore {
  private data: StoreData;
  private readonly notices: AppNotice[] = [];
  /** Credentials kept for this session only when the OS has no secret storage. */
  private readonly sessionCredentials = new Map<string, string>();
  private readonly now: () => Date;
  private writeFailed = false;

  constructor(
    private readonly file: KeyValueFile,
    private readonly options: SettingsStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    const raw = { ...file.store };
    delete raw.__internal__;
    this.data = this.load(raw);
    this.persist();
  }

  /** Notices raised while loading (each is handed out once). */
  takeNotices(): AppNotice[] {
    return this.notices.splice(0, this.notices.length);
  }

  addNotice(notice: AppNotice): void {
    this.notices.push(notice);
  }

  getPreferences(): Preferences {
    return { ...this.data.preferences };
  }

  updatePreferences(patch: Partial<Preferences>): Preferences {
    this.data.preferences = preferencesSchema.parse({ ...this.data.preferences, ...patch });
    this.persist();
    return this.getPreferences();
  }

  getWindowState(): WindowState | null {
    return this.data.window ? { ...this.data.window } : null;
  }

  setWindowState(state: WindowState): void {
    const parsed = windowStateSchema.safeParse(state);
    if (!parsed.success) return;
    this.data.window = parsed.data;
    this.persist();
  }

  listRecentProjects(): RecentProject[] {
    return this.data.recentProjects.map(({ picked: _picked, ...entry }) => ({ ...entry, missing: !this.options.exists(entry.path) }));
  }

  /** A recent entry made from a path the user chose in a native dialog (see PathGrants). */
  isPickedRecent(path: string): boolean {
    return this.data.recentProjects.some((recent) => recent.path === path && recent.picked === true);
  }

  /** Put a project at the top of the recent list (opening it again moves it up). */
  rememberProject(entry: Omit<StoredRecent, 'lastOpened'>): RecentProject[] {
    const others = this.data.recentProjects.filter((recent) => recent.path !== entry.path);
    const picked = entry.picked === true || this.isPickedRecent(entry.path);
    const updated: StoredRecent = { ...entry, lastOpened: this.now().toISOString(), ...(picked ? { picked } : {}) };
    this.data.recentProjects = [updated, ...others].slice(0, MAX_RECENT_PROJECTS);
    this.persist();
    return this.listRecentProjects();
  }

  recordCheckResult(path: string, result: LastCheckResult): void {
    const entry = this.data.recentProjects.find((recent) => recent.path === path);
    if (!entry) return;
    entry.lastResult = result;
    this.persist();
  }

  forgetProject(path: string): RecentProject[] {
    this.data.recentProjects = this.data.recentProjects.filter((recent) => recent.path !== path);
    this.persist();
    return this.listRecentProjects();
  }

  getDraft(projectPath: string): ProjectDraft | null {
    const stored = this.data.drafts[projectPath];
    if (!stored) return null;
    const draft: ProjectDraft = structuredClone(stored.data);
    const credentials = this.readCredentials(projectPath, stored);
    if (credentials !== null) draft.testCredentials = credentials;
    return draft;
  }

  saveDraft(projectPath: string, draft: ProjectDraft): DraftSaveResult {
    const { testCredentials, ...data } = draft;
    const savedAt = this.now().toISOString();
    let credentials: string | null = null;
    let credentialsStored = true;
    this.sessionCredentials.delete(projectPath);
    if (testCredentials) {
      if (this.options.cipher.isAvailable()) {
        credentials = this.options.cipher.encrypt(testCredentials);
      } else {
        // Never write a secret in clear text: keep it until the app quits and say so.
        this.sessionCredentials.set(projectPath, testCredentials);
        credentialsStored = false;
      }
    }
    this.data.drafts[projectPath] = { updatedAt: savedAt, data: storedDraftSchema.shape.data.parse(data), credentials };
    this.dropOldDrafts();
    this.persist();
    return { savedAt, credentialsStored };
  }

  deleteDraft(projectPath: string): void {
    delete this.data.drafts[projectPath];
    this.sessionCredentials.delete(projectPath);
    this.persist();
  }

  private readCredentials(projectPath: string, stored: StoredDraft): string | null {
    const session = this.sessionCredentials.get(projectPath);
    if (session !== undefined) return session;
    if (stored.credentials === null || !this.options.cipher.isAvailable()) return null;
    try {
      return this.options.cipher.decrypt(stored.credentials);
    } catch {
      // The OS key changed (a new user profile, a restored backup): the old secret is unreadable.
      return null;
    }
  }

  private dropOldDrafts(): void {
    const entries = Object.entries(this.data.drafts);
    if (entries.length <= MAX_DRAFTS) return;
    entries.sort(([, a], [, b]) => (a.updatedAt < b.updatedAt ? 1 : -1));
    this.data.drafts = Object.fromEntries(entries.slice(0, MAX_DRAFTS));
  }

  private load(raw: Record<string, unknown>): StoreData {
    const migrated = this.migrate(raw);
    const whole = storeDataSchema.safeParse(migrated);
    if (whole.success) return whole.data;
    return this.repairSections(migrated);
  }

  private migrate(raw: Record<string, unknown>): Record<string, unknown> {
    let data = raw;
    let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
    for (const migration of this.options.migrations ?? STORE_MIGRATIONS) {
      if (migration.to <= version) continue;
      data = migration.migrate(data);
      version = migration.to;
    }
    return data;
  }

  /** Keep every valid section; replace the rest with defaults and tell the user once. */
  private repairSections(data: Record<string, unknown>): StoreData {
    const fallback = defaultStoreData(this.options.defaultLanguage);
    const isEmpty = Object.keys(data).filter((key) => key !== 'schemaVersion').length === 0;
    const storedPreferences = isPlainObject(data.preferences) ? data.preferences : {};
    const language = preferencesSchema.shape.language.safeParse(storedPreferences.language);
    const theme = preferencesSchema.shape.theme.safeParse(storedPreferences.theme);
    const window = windowStateSchema.nullable().safeParse(data.window ?? null);
    const recent = Array.isArray(data.recentProjects)
      ? data.recentProjects.flatMap((entry) => {
          const parsed = storedRecentSchema.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
    const drafts: Record<string, StoredDraft> = {};
    if (isPlainObject(data.drafts)) {
      for (const [path, entry] of Object.entries(data.drafts)) {
        const parsed = storedDraftSchema.safeParse(entry);
        if (parsed.success) drafts[path] = parsed.data;
      }
    }
    const repaired: StoreData = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      preferences: {
        language: language.success ? language.data : fallback.preferences.language,
        theme: theme.success ? theme.data : fallback.preferences.theme,
      },
      window: window.success ? window.data : null,
      recentProjects: recent.slice(0, MAX_RECENT_PROJECTS),
      drafts,
    };
    if (!isEmpty && !isLegacyComplete(data, repaired)) {
      this.notices.push({
        id: `settings-repaired-${stamp(this.now())}`,
        kind: 'settings-reset',
        message: `Some settings in ${this.file.path} were not valid and were reset to their defaults; your other settings were kept.`,
        path: this.file.path,
      });
    }
    return repaired;
  }

  /**
   * A failed write (disk full, folder made read-only while running) never breaks the action that
   * changed a setting: the change stays in memory for this session and the user is told once.
   */
  private persist(): void {
    try {
      this.file.store = structuredClone(this.data) as unknown as Record<string, unknown>;
    } catch (error) {
      if (this.writeFailed) return;
      this.writeFailed = true;
      this.notices.push({
        id: 'settings-write-failed',
        kind: 'settings-reset',
        message: `Settings could not be saved to ${this.file.path} (${error instanceof Error ? error.message : String(error)}). Changes last until the app quits.`,
        path: this.file.path,
      });
    }
  }
}

/** True when repairing lost nothing the file held (a file from before a section existed is not "invalid"). */
function isLegacyComplete(data: Record<string, unknown>, repaired: StoreData): boolean {
  const keptEveryRecent = !Array.isArray(data.recentProjects) || data.recentProjects.length === repaired.recentProjects.length;
  const keptEveryDraft = !isPlainObject(data.drafts) || Object.keys(data.drafts).length === Object.keys(repaired.drafts).length;
  const preferencesValid = data.preferences === undefined || preferencesSchema.partial().safeParse(data.preferences).success;
  const windowValid = data.window === undefined || windowStateSchema.nullable().safeParse(data.window).success;
  const recentValid = data.recentProjects === undefined || Array.isArray(data.recentProjects);
  const draftsValid = data.drafts === undefined || isPlainObject(data.drafts);
  return keptEveryRecent && keptEveryDraft && preferencesValid && windowValid && recentValid && draftsValid;
}
