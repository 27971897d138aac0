import type { AppInfo, Preferences } from '../../../shared/ipc/types';
import type { ImageSetStore } from '../../services/image-set-store';
import type { JobRunner } from '../../services/jobs';
import type { SettingsStore } from '../../services/settings-store';
import type { WidgetChecker } from '../../services/widget-checker';
import type { PathGrants } from './path-grants';

/** Native dialogs; the browser test harness replaces them with paths the test chooses. */
export interface Dialogs {
  openFolder(): Promise<string | null>;
  openZip(): Promise<string | null>;
  newWidgetFolder(): Promise<string | null>;
  openImages(multiple: boolean): Promise<string[]>;
  saveZip(defaultPath: string): Promise<string | null>;
  saveText(defaultName: string): Promise<string | null>;
  /** Ask before replacing a file the save dialog did not warn about (".zip" was added after it). */
  confirmOverwrite(path: string): Promise<boolean>;
}

/** The OS around the window: file manager, browser, clipboard. */
export interface Desktop {
  revealInFolder(path: string): void;
  openExternal(url: string): Promise<void>;
  writeClipboard(text: string): void;
}

export interface HandlerDeps {
  app: AppInfo;
  settings: SettingsStore;
  jobs: JobRunner;
  dialogs: Dialogs;
  desktop: Desktop;
  grants: PathGrants;
  /** The whole-widget check, in a worker thread in the app; in-process when not given (tests, the harness). */
  checker?: WidgetChecker;
  /** Images made but not saved yet, kept on disk so a restart does not lose them. */
  imageSets: ImageSetStore;
  /**
   * Where the words read in slides and logos are cached (the app's data folder). Without it the app's
   * checks do not read images, and image/foreign-text says nothing.
   */
  imageTextCache?: string;
  /** The menu language and the native theme follow the preferences. */
  onPreferencesChanged(preferences: Preferences): void;
  /** The Open Recent menu follows the recent list. */
  onRecentChanged(): void;
  /** The page answered a close request: the window may close now. */
  onCloseReady(requestId: string): void;
  /** The page has mounted and listens for menu commands (it takes its notices then). */
  onPageStarted(): void;
}
