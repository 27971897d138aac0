import type { i18n as I18n } from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Preferences } from '../../../shared/ipc/types';
import { getApi } from './api';
import { applyTheme, resolveTheme, type ResolvedTheme } from './theme';

interface PreferencesValue {
  preferences: Preferences;
  resolvedTheme: ResolvedTheme;
  update(patch: Partial<Preferences>): Promise<void>;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Holds the user's language and theme; applies them to the page and saves changes through main. */
export function PreferencesProvider({ initial, i18n, children }: { initial: Preferences; i18n: I18n; children: ReactNode }) {
  const [preferences, setPreferences] = useState(initial);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);

  useEffect(() => {
    const query = darkQuery();
    const listener = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);

  const resolvedTheme = resolveTheme(preferences.theme, systemDark);
  useEffect(() => applyTheme(resolvedTheme), [resolvedTheme]);

  useEffect(() => {
    document.documentElement.lang = preferences.language;
    if (i18n.language !== preferences.language) void i18n.changeLanguage(preferences.language);
  }, [i18n, preferences.language]);

  const update = useCallback(async (patch: Partial<Preferences>) => {
    setPreferences((current) => ({ ...current, ...patch }));
    setPreferences(await getApi().updatePreferences(patch));
  }, []);

  const value = useMemo(() => ({ preferences, resolvedTheme, update }), [preferences, resolvedTheme, update]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider');
  return value;
}
