import { isRecord } from '../../widget/manifest-model';
import { PLATFORM_PROFILES } from '../../platform/profiles';
import { defineRule, SOURCES, type Advice } from '../rule';
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
        message: { en: 'widget.locale is empty: the widget is offered in no language', ru: 'widget.locale пуст: виджет не доступен ни на одном языке' },
        help: {
          en: `List the locales you have i18n files for, e.g. ["${context.profile.defaultLocales.join('", "')}"] (${platform} offers ${offered.join(', ')}).`,
          ru: `Перечислите локали, для которых есть языковые файлы, например ["${context.profile.defaultLocales.join('", "')}"] (${platform} поддерживает ${offered.join(', ')}).`,
        },
        actions: [{ kind: 'edit-in-step', step: 'locales' }],
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
          message: { en: `widget.locale[${index}] is an empty string`, ru: `widget.locale[${index}] — пустая строка` },
          help: { en: `Remove it or write a locale code (${offered.join(', ')}).`, ru: `Удалите её или укажите код локали (${offered.join(', ')}).` },
          actions: [{ kind: 'edit-in-step', step: 'locales' }],
          ...at(document, path),
        });
        return;
      }
      const first = seen.get(entry);
      if (first !== undefined) {
        report({
          message: {
            en: `widget.locale lists "${entry}" twice (at [${first}] and [${index}])`,
            ru: `В widget.locale локаль "${entry}" указана дважды (в [${first}] и [${index}])`,
          },
          help: { en: 'Keep it once.', ru: 'Оставьте одну.' },
          ...at(document, path),
          locale: entry,
        });
        return;
      }
      seen.set(entry, index);
      if (offered.includes(entry)) return;
      report({ ...unsupportedLocale(entry, index, offered, platform, context.profile.id), ...at(document, path), locale: entry });
    });
  },
});

function unsupportedLocale(entry: string, index: number, offered: readonly string[], platform: string, platformId: string): Advice {
  const message = {
    en: `widget.locale[${index}] "${entry}" is not a locale ${platform} offers (${offered.join(', ')})`,
    ru: `widget.locale[${index}]: локаль "${entry}" не поддерживается в ${platform} (доступны ${offered.join(', ')})`,
  };
  const normalized = entry.trim().toLowerCase().split(/[-_]/)[0];
  if (normalized !== entry && offered.includes(normalized)) {
    return {
      message,
      help: { en: `Write it as "${normalized}" (and name the file i18n/${normalized}.json).`, ru: `Напишите "${normalized}" (и назовите файл i18n/${normalized}.json).` },
    };
  }
  const elsewhere = Object.values(PLATFORM_PROFILES).find((profile) => profile.id !== platformId && profile.locales.includes(entry));
  if (elsewhere) {
    return {
      message,
      help: {
        en: `"${entry}" is offered on ${elsewhere.displayName}: if the widget is for ${elsewhere.displayName}, choose that marketplace; otherwise remove it and i18n/${entry}.json.`,
        ru: `"${entry}" есть в ${elsewhere.displayName}: если виджет для ${elsewhere.displayName}, выберите этот маркетплейс; иначе удалите локаль и i18n/${entry}.json.`,
      },
      actions: [{ kind: 'set-config', key: 'platform', value: elsewhere.id }],
    };
  }
  return {
    message,
    help: { en: 'Remove it, or replace it with one of those.', ru: 'Удалите её или замените одной из доступных.' },
    actions: [{ kind: 'edit-in-step', step: 'locales' }],
  };
}
