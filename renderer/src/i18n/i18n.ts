import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/ipc/types';
import { en } from './en';
import { ru } from './ru';

export const RESOURCES = { en: { translation: en }, ru: { translation: ru } } as const;

/** The app's i18next instance; React components read it through useTranslation(). */
export async function initI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Before preferences arrive: the browser's language, English unless it is Russian. */
export function guessLanguage(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
