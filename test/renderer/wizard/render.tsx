import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../renderer/src/i18n/i18n';

/** Static markup of a component in the app's i18n, as the user would read it. */
export async function render(element: ReactElement, language: 'en' | 'ru' = 'en'): Promise<string> {
  const i18n = await initI18n(language);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

/** The text of the element(s) with a class, tags removed. */
export function textOf(html: string, className: string): string[] {
  const pattern = new RegExp(`<[a-z]+[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>(.*?)</`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1].replace(/<[^>]+>/g, ''));
}
