import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MAX_RECENT_PROJECTS } from '../../../electron/services/settings-schema';
import { quarantineUnreadableStoreFile, SettingsStore, type KeyValueFile, type SecretCipher } from '../../../electron/services/settings-store';

function memoryFile(initial: Record<string, unknown> = {}): KeyValueFile & { writes: number } {
  let data = structuredClone(initial);
  return {
    path: '/settings/config.json',
    writes: 0,
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      this.writes += 1;
      data = structuredClone(value);
    },
  };
}

const cipher: SecretCipher = {
  isAvailable: () => true,
  encrypt: (text) => `sealed:${Buffer.from(text).toString('hex')}`,
  decrypt: (text) => {
    if (!text.startsWith('sealed:')) throw new Error('cannot decrypt');
    return Buffer.from(text.slice(7), 'hex').toString();
  },
};

const noCipher: SecretCipher = { isAvailable: () => false, encrypt: () => 'never', decrypt: () => 'never' };

function open(file: KeyValueFile, options: Partial<ConstructorParameters<typeof SettingsStore>[1]> = {}) {
  let now = Date.parse('2025-01-01T10:00:00Z');
  return new SettingsStore(file, {
    cipher,
    defaultLanguage: 'en',
    exists: (path) => !path.includes('gone'),
    now: () => new Date((now += 1000)),
    ...options,
  });
}

const project = (path: string) => ({ path, name: 'Deals', platform: 'amocrm' as const, kind: 'folder' as const, lastResult: null });

describe('SettingsStore', () => {
  it('starts a new file with defaults from the OS language, without any notice', () => {
    const file = memoryFile();
    const store = open(file, { defaultLanguage: 'ru' });
    expect(store.getPreferences()).toEqual({ language: 'ru', theme: 'system' });
    expect(store.listRecentProjects()).toEqual([]);
    expect(store.takeNotices()).toEqual([]);
    expect(file.store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('saves preferences and refuses values outside the schema', () => {
    const file = memoryFile();
    const store = open(file);
    expect(store.updatePreferences({ theme: 'dark' })).toEqual({ language: 'en', theme: 'dark' });
    expect(() => store.updatePreferences({ language: 'de' as never })).toThrow();
    expect(open(file).getPreferences()).toEqual({ language: 'en', theme: 'dark' });
  });

  it('keeps recent projects newest first, once each, at most a dozen, with missing paths flagged', () => {
    const store = open(memoryFile());
    store.rememberProject(project('/work/a'));
    store.rememberProject(project('/work/gone-b'));
    store.rememberProject(project('/work/a'));
    const recent = store.listRecentProjects();
    expect(recent.map((entry) => entry.path)).toEqual(['/work/a', '/work/gone-b']);
    expect(recent.map((entry) => entry.missing)).toEqual([false, true]);
    for (let index = 0; index < 20; index += 1) store.rememberProject(project(`/work/p${index}`));
    expect(store.listRecentProjects()).toHaveLength(MAX_RECENT_PROJECTS);
    expect(store.listRecentProjects()[0].path).toBe('/work/p19');
  });

  it('records the last check result and forgets a project on request', () => {
    const store = open(memoryFile());
    store.rememberProject(project('/work/a'));
    store.recordCheckResult('/work/a', { errors: 2, warnings: 1, infos: 0, checkedAt: '2025-01-01T10:00:00.000Z' });
    expect(store.listRecentProjects()[0].lastResult).toEqual({ errors: 2, warnings: 1, infos: 0, checkedAt: '2025-01-01T10:00:00.000Z' });
    expect(store.forgetProject('/work/a')).toEqual([]);
  });

  it('remembers the window bounds and ignores nonsense', () => {
    const file = memoryFile();
    const store = open(file);
    store.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    store.setWindowState({ x: 0, y: 0, width: -5, height: 1, maximized: false });
    expect(open(file).getWindowState()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });

  it('saves a draft per project and encrypts the test credentials', () => {
    const file = memoryFile();
    const store = open(file);
    const result = store.saveDraft('/work/a', { companyName: 'Acme', testCredentials: 'demo / Hunter2', manualConfirmed: ['development/oauth2'] });
    expect(result.credentialsStored).toBe(true);
    expect(JSON.stringify(file.store)).not.toContain('Hunter2');
    expect(open(file).getDraft('/work/a')).toEqual({ companyName: 'Acme', testCredentials: 'demo / Hunter2', manualConfirmed: ['development/oauth2'] });
    expect(open(file).getDraft('/work/other')).toBeNull();
  });

  it('keeps credentials for the session only when the OS has no secret storage', () => {
    const file = memoryFile();
    const store = open(file, { cipher: noCipher });
    expect(store.saveDraft('/work/a', { testCredentials: 'demo / Hunter2' }).credentialsStored).toBe(false);
    expect(JSON.stringify(file.store)).not.toContain('Hunter2');
    expect(store.getDraft('/work/a')?.testCredentials).toBe('demo / Hunter2');
    expect(open(file, { cipher: noCipher }).getDraft('/work/a')?.testCredentials).toBeUndefined();
  });

  it('drops credentials the OS can no longer decrypt instead of failing', () => {
    const file = memoryFile();
    open(file).saveDraft('/work/a', { companyName: 'Acme', testCredentials: 'demo' });
    const changedKey: SecretCipher = { ...cipher, decrypt: () => { throw new Error('key changed'); } };
    expect(open(file, { cipher: changedKey }).getDraft('/work/a')).toEqual({ companyName: 'Acme' });
  });

  it('repairs invalid sections, keeps the valid ones and tells the user', () => {
    const file = memoryFile({
      schemaVersion: 1,
      preferences: { language: 'ru', theme: 'purple' },
      window: { x: 1, y: 2, width: 1000, height: 700, maximized: false },
      recentProjects: [{ ...project('/work/a'), lastOpened: '2025-01-01T09:00:00.000Z' }, { path: 42 }],
      drafts: { '/work/a': { updatedAt: 'x', data: {}, credentials: null }, '/work/b': 'garbage' },
    });
    const store = open(file);
    expect(store.getPreferences()).toEqual({ language: 'ru', theme: 'system' });
    expect(store.getWindowState()).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
    expect(store.listRecentProjects().map((entry) => entry.path)).toEqual(['/work/a']);
    expect(store.getDraft('/work/b')).toBeNull();
    const notices = store.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toContain('were reset to their defaults');
    expect(store.takeNotices()).toEqual([]);
  });

  it('migrates a file without a schema version, keeping what is valid', () => {
    const file = memoryFile({ preferences: { language: 'ru', theme: 'dark' } });
    const store = open(file);
    expect(store.getPreferences()).toEqual({ language: 'ru', theme: 'dark' });
    expect(store.takeNotices()).toEqual([]);
    expect(file.store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('runs each migration newer than the stored version, and only those', () => {
    const legacy = memoryFile({ schemaVersion: 0, prefs: { lang: 'ru' } });
    const migrations = [
      {
        to: 1,
        migrate: (data: Record<string, unknown>) => ({ ...data, schemaVersion: 1, preferences: { language: (data.prefs as { lang: string }).lang, theme: 'light' } }),
      },
    ];
    expect(open(legacy, { migrations }).getPreferences()).toEqual({ language: 'ru', theme: 'light' });

    const current = memoryFile({ schemaVersion: 1, preferences: { language: 'en', theme: 'dark' } });
    const untouched = [{ to: 1, migrate: () => { throw new Error('must not run on a file already at version 1'); } }];
    expect(open(current, { migrations: untouched }).getPreferences()).toEqual({ language: 'en', theme: 'dark' });
  });
});

describe('quarantineUnreadableStoreFile', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  const folder = async () => {
    const made = await mkdtemp(join(tmpdir(), 'wp-settings-'));
    folders.push(made);
    return made;
  };

  it('leaves a missing or healthy file alone', async () => {
    const dir = await folder();
    const path = join(dir, 'config.json');
    expect(quarantineUnreadableStoreFile(path)).toBeNull();
    await writeFile(path, JSON.stringify({ schemaVersion: 1 }));
    expect(quarantineUnreadableStoreFile(path)).toBeNull();
    expect(existsSync(path)).toBe(true);
  });

  it.each([
    ['cut-off JSON', '{"schemaVersion": 1, "preferences": {'],
    ['a JSON array', '[1, 2]'],
    ['binary junk', '\u0000\u0001garbage'],
  ])('moves %s aside and says where the backup is', async (_name, content) => {
    const dir = await folder();
    const path = join(dir, 'config.json');
    await writeFile(path, content);
    const notice = quarantineUnreadableStoreFile(path, new Date('2025-02-03T04:05:06.007Z'));
    expect(notice?.kind).toBe('settings-reset');
    expect(existsSync(path)).toBe(false);
    const backup = join(dir, 'config.corrupt-2025-02-03T04-05-06-007Z.json');
    expect(readFileSync(backup, 'utf8')).toBe(content);
    expect(notice?.message).toContain(backup);
  });

  it('keeps a file written by a newer version instead of misreading it', async () => {
    const dir = await folder();
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    const notice = quarantineUnreadableStoreFile(path);
    expect(notice?.kind).toBe('settings-newer');
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^config\.newer-.*\.json$/)]);
  });
});
