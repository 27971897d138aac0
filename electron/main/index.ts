import { app, BrowserWindow, clipboard, dialog, Menu, nativeTheme, net, protocol, safeStorage, session, shell } from 'electron';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand, Preferences, UiLanguage } from '../../shared/ipc/types';
import { ImageSetStore } from '../services/image-set-store';
import { JobRunner } from '../services/jobs';
import { bundledWorkerFile, createWidgetChecker } from '../services/widget-checker';
import type { SecretCipher, SettingsStore } from '../services/settings-store';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl, serveAppFile } from './app-protocol';
import { guardClose, type CloseGuard } from './close-guard';
import { describeError } from './error-info';
import { createHandlers, PathGrants } from './handlers';
import { createDispatcher, handle, sendEvent } from './ipc-handle';
import { buildMenuTemplate } from './menu';
import { nativeDialogs } from './native-dialogs';
import { openSettings } from './open-settings';
import { denyPermissions, hardenApp, isSafeExternalUrl } from './security';
import { reportStartupFailure } from './startup-failure';
import { createMainWindow } from './window';

const APP_TITLE = 'Widget Publisher';
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, '..', 'preload', 'index.cjs');
const RENDERER_ROOT = join(here, '..', 'renderer');

// Must run before `ready`: app:// behaves like https (an origin of its own, fetch allowed, code cache).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

function languageFromLocale(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** app.getPath throws for a folder the OS cannot name (Documents on some Windows setups). */
function pathOr(name: Parameters<typeof app.getPath>[0], fallback: () => string): string {
  try {
    return app.getPath(name);
  } catch {
    return fallback();
  }
}

/** safeStorage; on Linux without a keyring it only obfuscates with a fixed key, which we do not count as encryption. */
const safeStorageCipher: SecretCipher = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plainText) => safeStorage.encryptString(plainText).toString('base64'),
  decrypt: (cipherText) => safeStorage.decryptString(Buffer.from(cipherText, 'base64')),
};

function openExternalSafely(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function startApp(): void {
  let mainWindow: BrowserWindow | null = null;
  /** The id of the window's page, kept after the window object is gone (a closing page still flushes). */
  let trustedContentsId: number | null = null;
  let closeGuard: CloseGuard | null = null;
  let quitRequested = false;
  let settings: SettingsStore;
  /** Menu commands chosen while no page listened (macOS File > New with every window closed). */
  const pendingCommands: MenuCommand[] = [];
  let pageListening = false;

  const webContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);

  const showWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    pageListening = false;
    const window = createMainWindow({ preloadPath: PRELOAD_PATH, settings, title: APP_TITLE });
    mainWindow = window;
    trustedContentsId = window.webContents.id;
    closeGuard = guardClose(window, {
      ask: (requestId) => {
        const contents = webContents();
        if (!contents || contents.isCrashed()) return false;
        sendEvent(contents, 'window:close-request', { requestId });
        return true;
      },
      onClosing: () => {
        if (!window.isDestroyed()) settings.setWindowState({ ...window.getNormalBounds(), maximized: window.isMaximized() });
      },
      // The held close also held a Quit (Cmd+Q): carry it on once the page has saved.
      onClosed: () => {
        if (quitRequested) app.quit();
      },
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  };

  const send = (command: MenuCommand) => {
    const contents = webContents();
    if (contents && pageListening) {
      sendEvent(contents, 'menu:command', command);
      return;
    }
    pendingCommands.push(command);
    showWindow();
  };

  const refreshMenu = () => {
    const template = buildMenuTemplate({
      os: process.platform,
      appName: APP_TITLE,
      language: settings.getPreferences().language,
      recent: settings.listRecentProjects(),
      isDevelopment: !app.isPackaged,
      send,
      openExternal: openExternalSafely,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const applyPreferences = (preferences: Preferences) => {
    nativeTheme.themeSource = preferences.theme;
    refreshMenu();
  };

  const failStartup = (error: unknown) =>
    reportStartupFailure(error, {
      logFolder: () => pathOr('logs', () => pathOr('userData', () => join(homedir(), '.widget-publisher'))),
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      quit: () => app.exit(1),
    });

  const startWindow = () => {
    settings = openSettings({
      folder: app.getPath('userData'),
      defaultLanguage: languageFromLocale(app.getLocale()),
      cipher: safeStorageCipher,
    });
    nativeTheme.themeSource = settings.getPreferences().theme;
    denyPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, RENDERER_ROOT, (url) => net.fetch(url)));

    const imageSets = new ImageSetStore(join(app.getPath('userData'), 'image-sets'));
    // Old unsaved image sets go in the background; nothing waits for it.
    void imageSets.prune().catch(() => undefined);
    const jobs = new JobRunner({
      onProgress: (progress) => sendEvent(webContents(), 'job:progress', progress),
      describeError: (error) => describeError(error),
    });
    const handlers = createHandlers({
      app: { name: APP_TITLE, version: app.getVersion(), os: process.platform },
      settings,
      jobs,
      grants: new PathGrants(),
      checker: createWidgetChecker(bundledWorkerFile(import.meta.url)),
      imageSets,
      imageTextCache: join(app.getPath('userData'), 'image-text'),
      dialogs: nativeDialogs({
        getWindow: () => mainWindow,
        getLanguage: () => settings.getPreferences().language,
        documentsFolder: () => pathOr('documents', () => pathOr('home', homedir)),
      }),
      desktop: {
        revealInFolder: (path) => shell.showItemInFolder(path),
        openExternal: (url) => shell.openExternal(url),
        writeClipboard: (text) => clipboard.writeText(text),
      },
      onPreferencesChanged: applyPreferences,
      onRecentChanged: refreshMenu,
      onCloseReady: (requestId) => closeGuard?.acknowledge(requestId),
      // The page takes its notices once it has mounted, after it subscribed to menu commands.
      onPageStarted: () => {
        pageListening = true;
        for (const command of pendingCommands.splice(0)) sendEvent(webContents(), 'menu:command', command);
      },
    });
    handle(createDispatcher(handlers, (error) => describeError(error)), (event) => {
      if (trustedContentsId === null || event.sender.id !== trustedContentsId || event.sender.isDestroyed()) return false;
      const frame = event.senderFrame;
      // Only the app's own top frame: never an iframe, never a page it was navigated to.
      return frame !== null && frame.parent === null && isAppUrl(frame.url);
    });

    refreshMenu();
    showWindow();
    app.on('activate', () => showWindow());
  };

  // A second launch (double-clicking a widget.zip, a dock click) focuses the window we have.
  app.on('second-instance', () => {
    if (app.isReady() && settings) showWindow();
  });
  app.on('before-quit', () => {
    quitRequested = true;
  });

  hardenApp(app, openExternalSafely);

  app
    .whenReady()
    .then(startWindow)
    .catch(failStartup);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  app.quit();
}
