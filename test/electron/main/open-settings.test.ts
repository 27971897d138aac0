import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSettings } from '../../../electron/main/open-settings';
import { SettingsStore } from '../../../electron/services/settings-store';

// electron-store without Electron's `app`: it stores in the folder it is given.
vi.mock('electron', () => ({ default: {} }));

const cipher = { isAvailable: () => false, encrypt: () => '', decrypt: () => '' };
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await chmod(folder, 0o755).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});
async function folder() {
  const made = await mkdtemp(join(tmpdir(), 'wp-open-settings-'));
  folders.push(made);
  return made;
}

describe('openSettings (electron-store on disk)', () => {
  it('persists preferences across restarts', async () => {
    const dir = await folder();
    openSettings({ folder: dir, defaultLanguage: 'en', cipher }).updatePreferences({ theme: 'dark' });
    expect(openSettings({ folder: dir, defaultLanguage: 'ru', cipher }).getPreferences()).toEqual({ language: 'en', theme: 'dark' });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('starts with defaults after a corrupt file, keeps a backup and says so', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'config.json'), '{"preferences": {"language": "ru"');
    const store = openSettings({ folder: dir, defaultLanguage: 'en', cipher });
    expect(store.getPreferences()).toEqual({ language: 'en', theme: 'system' });
    const [notice] = store.takeNotices();
    expect(notice.kind).toBe('settings-reset');
    const backup = readdirSync(dir).find((name) => name.startsWith('config.corrupt-'));
    expect(backup).toBeDefined();
    expect(notice.message).toContain(backup);
    expect(existsSync(join(dir, 'config.json'))).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('runs for the session when the settings folder cannot be written', async () => {
    const dir = await folder();
    await chmod(dir, 0o500);
    const store = openSettings({ folder: join(dir, 'nested'), defaultLanguage: 'en', cipher });
    expect(store.updatePreferences({ theme: 'light' })).toEqual({ language: 'en', theme: 'light' });
    expect(store.takeNotices()[0].message).toContain('until the app quits');
  });

  it('runs for the session with a visible notice when the settings folder cannot be made at all (even as root)', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'not-a-folder'), 'a file where the settings folder should be');
    const store = openSettings({ folder: join(dir, 'not-a-folder', 'Widget Publisher'), defaultLanguage: 'ru', cipher });
    expect(store.getPreferences()).toEqual({ language: 'ru', theme: 'system' });
    expect(store.updatePreferences({ theme: 'dark' })).toEqual({ language: 'ru', theme: 'dark' });
    expect(store.getPreferences().theme).toBe('dark');
    const notices = store.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ id: 'settings-unavailable', kind: 'settings-reset' });
    expect(notices[0].message).toContain('until the app quits');
  });

  it('keeps a change in memory and tells the user once when a later write fails', async () => {
    let failing = false;
    let saved: Record<string, unknown> = {};
    const file = {
      path: '/settings/config.json',
      get store() {
        return structuredClone(saved);
      },
      set store(value: Record<string, unknown>) {
        if (failing) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        saved = structuredClone(value);
      },
    };
    const store = new SettingsStore(file, { cipher, defaultLanguage: 'en', exists: () => true });
    failing = true;
    expect(() => store.setWindowState({ x: 1, y: 2, width: 900, height: 700, maximized: false })).not.toThrow();
    expect(store.updatePreferences({ theme: 'light' }).theme).toBe('light');
    expect(store.getWindowState()).toMatchObject({ width: 900 });
    const notices = store.takeNotices();
    expect(notices.map((notice) => notice.id)).toEqual(['settings-write-failed']);
    expect(notices[0].message).toMatch(/could not be saved to \/settings\/config\.json \(ENOSPC/);
  });
});
