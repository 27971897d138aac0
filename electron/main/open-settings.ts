import ElectronStore from 'electron-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppNotice, UiLanguage } from '../../shared/ipc/types';
import { quarantineUnreadableStoreFile, SettingsStore, type KeyValueFile, type SecretCipher } from '../services/settings-store';

export const SETTINGS_FILE_NAME = 'config';

export interface OpenSettingsOptions {
  folder: string;
  defaultLanguage: UiLanguage;
  cipher: SecretCipher;
}

/** A store that lives only in memory: the app still starts when the settings folder is unwritable. */
function memoryFile(path: string): KeyValueFile {
  let data: Record<string, unknown> = {};
  return {
    path,
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      data = structuredClone(value);
    },
  };
}

/**
 * Open the settings file: a corrupt file is moved aside first (the user is told where), and if the
 * folder cannot be written at all the app runs with settings for this session only.
 */
export function openSettings(options: OpenSettingsOptions): SettingsStore {
  const path = join(options.folder, `${SETTINGS_FILE_NAME}.json`);
  const storeOptions = { cipher: options.cipher, defaultLanguage: options.defaultLanguage, exists: existsSync };
  const notices: AppNotice[] = [];
  let store: SettingsStore;
  try {
    const quarantined = quarantineUnreadableStoreFile(path);
    if (quarantined) notices.push(quarantined);
    const file = new ElectronStore<Record<string, unknown>>({
      cwd: options.folder,
      name: SETTINGS_FILE_NAME,
      clearInvalidConfig: false,
    });
    // Inside the try: opening writes the (migrated) settings back, which fails on a read-only disk.
    store = new SettingsStore(file, storeOptions);
  } catch (error) {
    store = new SettingsStore(memoryFile(path), storeOptions);
    notices.push({
      id: 'settings-unavailable',
      kind: 'settings-reset',
      message: `The settings file ${path} cannot be used (${error instanceof Error ? error.message : String(error)}). Settings will last until the app quits.`,
      path,
    });
  }
  for (const notice of notices) store.addNotice(notice);
  return store;
}
