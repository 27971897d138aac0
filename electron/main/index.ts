import { app, BrowserWindow, clipboard, Menu, nativeTheme, net, protocol, safeStorage, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MenuCommand, Preferences, UiLanguage } from '../../shared/ipc/types';
import { ImageSetStore } from '../services/image-set-store';
import { JobRunner } from '../services/jobs';
import type { SecretCipher, SettingsStore } from '../services/settings-store';
import { APP_SCHEME, isAppUrl, resolveAppFile } from './app-protocol';
import { describeError } from './error-info';
import { createHandlers, PathGrants } from './handlers';
import { createDispatcher, handle, sendEvent } from './ipc-handle';
import { buildMenuTemplate } from './menu';
import { nativeDialogs } from './native-dialogs';
import { openSettings } from './open-settings';
import { denyPermissions, hardenApp, isSafeExternalUrl } from './security';
import { createMainWindow } from './window';

const APP_TITLE = 'Widget Publisher';
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, '..', 'preload', 'index.cjs');
const RENDERER_ROOT = join(here, '..', 'renderer');

/** The page's policy, also sent as a header (the meta tag in index.html says the same). */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Must run before `ready`: app:// behaves like https (an origin of its own, fetch allowed).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function languageFromLocale(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
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

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, RENDERER_ROOT);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function startApp(): void {
  let mainWindow: BrowserWindow | null = null;
  let settings: SettingsStore;

  const webContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
  const send = (command: MenuCommand) => sendEvent(webContents(), 'menu:command', command);

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

  const showWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH, settings, title: APP_TITLE });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  // A second launch (double-clicking a widget.zip, a dock click) focuses the window we have.
  app.on('second-instance', () => {
    if (app.isReady()) showWindow();
  });

  hardenApp(app, openExternalSafely);

  void app.whenReady().then(() => {
    settings = openSettings({
      folder: app.getPath('userData'),
      defaultLanguage: languageFromLocale(app.getLocale()),
      cipher: safeStorageCipher,
    });
    nativeTheme.themeSource = settings.getPreferences().theme;
    denyPermissions(session.defaultSession);
    serveRenderer();

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
      imageSets,
      imageTextCache: join(app.getPath('userData'), 'image-text'),
      dialogs: nativeDialogs({ getWindow: () => mainWindow, getLanguage: () => settings.getPreferences().language, documentsFolder: app.getPath('documents') }),
      desktop: {
        revealInFolder: (path) => shell.showItemInFolder(path),
        openExternal: (url) => shell.openExternal(url),
        writeClipboard: (text) => clipboard.writeText(text),
      },
      onPreferencesChanged: applyPreferences,
      onRecentChanged: refreshMenu,
    });
    handle(createDispatcher(handlers, (error) => describeError(error)), (event) => {
      const window = mainWindow;
      if (!window || window.isDestroyed() || event.sender.id !== window.webContents.id) return false;
      const frame = event.senderFrame;
      // Only the app's own top frame: never an iframe, never a page it was navigated to.
      return frame !== null && frame.parent === null && isAppUrl(frame.url);
    });

    refreshMenu();
    showWindow();
    app.on('activate', () => showWindow());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  app.quit();
}
