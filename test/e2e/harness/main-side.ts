import { join } from 'node:path';
import type { EventChannel, EventContract } from '../../../shared/ipc/contract';
import type { Preferences } from '../../../shared/ipc/types';
import { describeError } from '../../../electron/main/error-info';
import { createHandlers, PathGrants, type Dialogs } from '../../../electron/main/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc-handle';
import { openSettings } from '../../../electron/main/open-settings';
import { ImageSetStore } from '../../../electron/services/image-set-store';
import { JobRunner } from '../../../electron/services/jobs';
import type { SecretCipher, SettingsStore } from '../../../electron/services/settings-store';
import type { WidgetChecker } from '../../../electron/services/widget-checker';

/** What the native dialogs answer next: the test queues paths (null = the user cancelled). */
export interface DialogQueues {
  openFolder: (string | null)[];
  openZip: (string | null)[];
  newWidgetFolder: (string | null)[];
  openImages: string[][];
  saveZip: (string | null)[];
  saveText: (string | null)[];
}

/** Stands in for safeStorage: reversible, and visibly not the clear text. */
export const testCipher: SecretCipher = {
  isAvailable: () => true,
  encrypt: (text) => `enc:${Buffer.from(text, 'utf8').toString('base64').split('').reverse().join('')}`,
  decrypt: (text) => Buffer.from(text.slice(4).split('').reverse().join(''), 'base64').toString('utf8'),
};

export interface HarnessMain {
  dispatch: Dispatch;
  settings: SettingsStore;
  dialogs: DialogQueues;
  /** The save-dialog default paths main offered, in order. */
  offeredSavePaths: string[];
  revealed: string[];
  clipboard: string[];
  external: string[];
  preferenceChanges: Preferences[];
}

/**
 * The real main-process handlers (the same createHandlers and dispatcher main registers), with
 * only the OS around them replaced: dialogs answer from queues, shell and clipboard are recorded.
 */
export function createHarnessMain(
  userDataFolder: string,
  emit: <C extends EventChannel>(channel: C, payload: EventContract[C]) => void,
  options: { readImageText?: boolean; checker?: WidgetChecker } = {},
): HarnessMain {
  const queues: DialogQueues = { openFolder: [], openZip: [], newWidgetFolder: [], openImages: [], saveZip: [], saveText: [] };
  const offeredSavePaths: string[] = [];
  const take = <T>(queue: T[], fallback: T): T => (queue.length > 0 ? (queue.shift() as T) : fallback);
  const dialogs: Dialogs = {
    openFolder: async () => take(queues.openFolder, null),
    openZip: async () => take(queues.openZip, null),
    newWidgetFolder: async () => take(queues.newWidgetFolder, null),
    openImages: async () => take(queues.openImages, []),
    saveZip: async (defaultPath) => {
      offeredSavePaths.push(defaultPath);
      return take(queues.saveZip, null);
    },
    saveText: async () => take(queues.saveText, null),
    // The tests choose paths ending in .zip, where the save dialog itself asked about replacing.
    confirmOverwrite: async () => true,
  };
  const settings = openSettings({ folder: userDataFolder, defaultLanguage: 'en', cipher: testCipher });
  const jobs = new JobRunner({ onProgress: (progress) => emit('job:progress', progress), describeError: (error) => describeError(error) });
  const recorded = { revealed: [] as string[], clipboard: [] as string[], external: [] as string[], preferenceChanges: [] as Preferences[] };

  const handlers = createHandlers({
    app: { name: 'Widget Publisher', version: '0.0.0-test', os: 'linux' },
    settings,
    jobs,
    dialogs,
    grants: new PathGrants(),
    imageSets: new ImageSetStore(join(userDataFolder, 'image-sets')),
    // Reading the words in images costs seconds per check: only the journeys about it turn it on.
    ...(options.readImageText ? { imageTextCache: join(userDataFolder, 'image-text') } : {}),
    // The app checks in a worker thread; the journeys check in-process unless given one (the benchmark is).
    ...(options.checker ? { checker: options.checker } : {}),
    desktop: {
      revealInFolder: (path) => recorded.revealed.push(path),
      openExternal: async (url) => {
        recorded.external.push(url);
      },
      writeClipboard: (text) => recorded.clipboard.push(text),
    },
    onPreferencesChanged: (preferences) => recorded.preferenceChanges.push(preferences),
    onRecentChanged: () => undefined,
    onCloseReady: () => undefined,
    onPageStarted: () => undefined,
  });

  return { dispatch: createDispatcher(handlers, (error) => describeError(error)), settings, dialogs: queues, offeredSavePaths, ...recorded };
}
