import type { LocalizedMessage } from '../../model/finding';
import { isRecord } from '../../widget/manifest-model';
import { PLATFORM_PROFILES } from '../../platform/profiles';
import { defineRule, SOURCES } from '../rule';
import { at, manifestView } from './manifest-helpers';

export const localeRule = defineRule({
  id: 'manifest/locale',
  defaultSeverity: 'error',
  summary: 'widget.locale must list locales the platform offers, each once, none empty.',
  summaryRu: 'В widget.locale перечислены только локали, которые есть у платформы, каждая один раз и ни одной пустой.',
  docs:
    'widget.locale lists the languages the widget is available in, and each needs its own i18n/<locale>.json. The ' +
    'platforms offer a fixed set: amoCRM ru, en, es, pt (structure page); Kommo en, es, pt, tr, id (Kommo i18n ' +
    'docs). A locale outside that set, the same locale twice, an empty code or an empty list is an error: the widget ' +
    'would be offered in no language, or in one the marketplace cannot show. Fix: keep only the supported lower-case ' +
    'codes you have translated, each once.',
  sources: [
    SOURCES.structure('widget/locale: "Обязательное поле c массивом кодов языков"; i18n/: ru, en, pt, es'),
    SOURCES.facts('Locales: amoCRM ru, en, es, pt; Kommo en, es, pt, tr, id', 'https://developers.kommo.com/docs/i18n'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const list = view.root.widget.locale;
    if (!Array.isArray(list)) return;
    const { document } = view;
    const offered = context.profile.locales;
    const platform = context.profile.displayName;

    if (list.length === 0) {
      report({
        message: {
          en: `widget.locale is empty, so the widget is offered in no language. List the locales you have i18n files for, e.g. ["${context.profile.defaultLocales.join('", "')}"] (${platform} offers ${offered.join(', ')}).`,
          ru: `widget.locale пуст, поэтому виджет не доступен ни на одном языке. Перечислите локали, для которых есть языковые файлы, например ["${context.profile.defaultLocales.join('", "')}"] (${platform} поддерживает ${offered.join(', ')}).`,
        },
        ...at(document, ['widget', 'locale']),
      });
      return;
    }

    const seen = new Map<string, number>();
    list.forEach((entry, index) => {
      if (typeof entry !== 'string') return;
      const path = ['widget', 'locale', index];
      if (entry.trim() === '') {
        report({
          message: {
            en: `widget.locale[${index}] is an empty string; remove it or write a locale code (${offered.join(', ')}).`,
            ru: `widget.locale[${index}] — пустая строка; удалите её или укажите код локали (${offered.join(', ')}).`,
          },
          ...at(document, path),
        });
        return;
      }
      const first = seen.get(entry);
      if (first !== undefined) {
        report({
          message: {
            en: `widget.locale lists "${entry}" twice (at [${first}] and [${index}]); keep it once.`,
            ru: `В widget.locale локаль "${entry}" указана дважды (в [${first}] и [${index}]); оставьте одну.`,
          },
          ...at(document, path),
          locale: entry,
        });
        return;
      }
      seen.set(entry, index);
      if (offered.includes(entry)) return;
      report({ message: unsupportedMessage(entry, index, offered, platform, context.profile.id), ...at(document, path), locale: entry });
    });
  },
});

function unsupportedMessage(entry: string, index: number, offered: readonly string[], platform: string, platformId: string): LocalizedMessage {
  const start = `widget.locale[${index}] "${entry}" is not a locale ${platform} offers (${offered.join(', ')}).`;
  const startRu = `widget.locale[${index}]: локаль "${entry}" не поддерживается в ${platform} (доступны ${offered.join(', ')}).`;
  const normalized = entry.trim().toLowerCase().split(/[-_]/)[0];
  if (normalized !== entry && offered.includes(normalized)) {
    return {
      en: `${start} Write it as "${normalized}" (and name the file i18n/${normalized}.json).`,
      ru: `${startRu} Напишите "${normalized}" (и назовите файл i18n/${normalized}.json).`,
    };
  }
  const elsewhere = Object.values(PLATFORM_PROFILES).find((profile) => profile.id !== platformId && profile.locales.includes(entry));
  if (elsewhere) {
    return {
      en: `${start} "${entry}" is offered on ${elsewhere.displayName}; if the widget is for ${elsewhere.displayName}, check with --platform ${elsewhere.id}, otherwise remove it and i18n/${entry}.json.`,
      ru: `${startRu} "${entry}" есть в ${elsewhere.displayName}; если виджет для ${elsewhere.displayName}, проверяйте с --platform ${elsewhere.id}, иначе удалите локаль и i18n/${entry}.json.`,
    };
  }
  return { en: `${start} Remove it, or replace it with one of those.`, ru: `${startRu} Удалите её или замените одной из доступных.` };
}
