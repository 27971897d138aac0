import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { AppInfo, Preferences } from '../../shared/ipc/types';
import { getApi, hasBridge } from './app/api';
import { App } from './app/App';
import { AppInfoContext } from './app/app-info';
import { PreferencesProvider } from './app/preferences';
import { RouterProvider } from './app/router';
import { applyTheme, resolveTheme } from './app/theme';
import { guessLanguage, initI18n } from './i18n/i18n';
import { trackJobProgress } from './jobs/job-progress';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/wizard.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (!hasBridge()) {
    root.render(<p className="fatal">The Widget Publisher bridge is missing: open this page in the desktop app.</p>);
    return;
  }
  const api = getApi();
  trackJobProgress(api);
  let preferences: Preferences = { language: guessLanguage(navigator.language), theme: 'system' };
  let info: AppInfo = { name: 'Widget Publisher', version: '', os: 'linux' };
  [preferences, info] = await Promise.all([api.getPreferences().catch(() => preferences), api.getAppInfo().catch(() => info)]);
  // Before the first paint, so a dark-theme user never sees a white flash.
  applyTheme(resolveTheme(preferences.theme, window.matchMedia('(prefers-color-scheme: dark)').matches));
  document.documentElement.dataset.os = info.os;
  const i18n = await initI18n(preferences.language);

  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppInfoContext.Provider value={info}>
          <PreferencesProvider initial={preferences} i18n={i18n}>
            <RouterProvider>
              <App />
            </RouterProvider>
          </PreferencesProvider>
        </AppInfoContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
