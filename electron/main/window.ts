import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { SettingsStore } from '../services/settings-store';
import { APP_ENTRY_URL } from './app-protocol';
import { SECURE_WEB_PREFERENCES } from './security';
import { MIN_WINDOW_SIZE, restoreBounds } from './window-bounds';

export interface MainWindowOptions {
  preloadPath: string;
  settings: SettingsStore;
  title: string;
}

/** Painted before the page loads, so the window never flashes white in dark mode. */
export function windowBackground(dark: boolean): string {
  return dark ? '#15171c' : '#f5f6f8';
}

/** The app's one window: hidden until its first paint; main remembers its bounds when it closes (close-guard). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = options.settings.getWindowState();
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: options.title,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath },
  });

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}
