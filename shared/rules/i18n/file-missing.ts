import { MANIFEST_PATH } from '../../check/rule-context';
import { widgetBlock } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';

const I18N_FILE = /^i18n\/([^/]+)\.json$/;

export const i18nFileMissingRule = defineRule({
  id: 'i18n/file-missing',
  defaultSeverity: 'error',
  summary: 'Each locale in widget.locale has its i18n/<locale>.json file, and there is no file for an undeclared locale.',
  summaryRu: 'Для каждой локали из widget.locale есть файл i18n/<locale>.json, и нет файлов для необъявленных локалей.',
  docs:
    'Every language listed in widget.locale needs its own translation file i18n/<locale>.json (file names are ' +
    'case-sensitive: i18n/en.json, not i18n/EN.json); without it the upload fails or the widget shows raw keys. ' +
    'amoCRM also requires the number of locales to equal the number of lang files, so an i18n file for a locale ' +
    'that widget.locale does not declare is reported as a warning: add the locale or delete the file.',
  sources: [
    SOURCES.structure('widget/locale: "Под каждый язык должен быть свой файл с переводом в папке i18n"'),
    SOURCES.kommoManifest('widget/locale: "Each language should have its own translation file in the i18n folder"'),
    SOURCES.facts('Locales: "the number of locales must equal the number of lang files, all filled in"', 'https://www.amocrm.ru/developers/content/integrations/requirements'),
  ],
  check(context, report) {
    if (context.locales.length === 0) return;
    const i18nPaths = context.snapshot.files.map((file) => file.path).filter((path) => I18N_FILE.test(path));
    const rawLocales = widgetBlock(context.manifest?.value)?.locale;
    const localeList = Array.isArray(rawLocales) ? rawLocales : [];
    const declared = new Set(context.locales);

    for (const locale of declared) {
      const expected = `i18n/${locale}.json`;
      if (context.file(expected)) continue;
      const index = localeList.indexOf(locale);
      const position = context.manifest?.positionOf(['widget', 'locale', index]) ?? { line: null, column: null };
      const caseVariant = i18nPaths.find((path) => path.toLowerCase() === expected.toLowerCase());
      const fix = caseVariant
        ? {
            en: `${caseVariant} exists, but file names are case-sensitive on the platform: rename it to ${expected}.`,
            ru: `Есть ${caseVariant}, но платформа различает регистр в именах файлов: переименуйте его в ${expected}.`,
          }
        : {
            en: `Add ${expected} with the same keys as the other locale files, or remove "${locale}" from widget.locale.`,
            ru: `Добавьте ${expected} с теми же ключами, что в других языковых файлах, или уберите "${locale}" из widget.locale.`,
          };
      report({
        file: MANIFEST_PATH,
        ...position,
        locale,
        message: {
          en: `widget.locale declares "${locale}", but ${expected} is missing`,
          ru: `В widget.locale указана локаль "${locale}", но файла ${expected} нет`,
        },
        help: fix,
      });
    }

    const declaredLower = new Set([...declared].map((locale) => locale.toLowerCase()));
    for (const path of i18nPaths) {
      const locale = I18N_FILE.exec(path)?.[1] ?? '';
      if (declared.has(locale) || declaredLower.has(locale.toLowerCase())) continue;
      const offered = context.profile.locales.includes(locale);
      const platform = context.profile.displayName;
      const fix = offered
        ? {
            en: `Add "${locale}" to widget.locale in manifest.json if the widget is translated to it, or delete ${path}.`,
            ru: `Добавьте "${locale}" в widget.locale в manifest.json, если виджет переведён на этот язык, или удалите ${path}.`,
          }
        : {
            en: `${platform} does not offer the locale "${locale}" (it offers ${context.profile.locales.join(', ')}): delete ${path}.`,
            ru: `${platform} не поддерживает локаль "${locale}" (доступны ${context.profile.locales.join(', ')}): удалите ${path}.`,
          };
      report({
        file: path,
        line: null,
        column: null,
        locale,
        severity: 'warning',
        message: {
          en: `${path} is a translation for "${locale}", which widget.locale does not declare`,
          ru: `${path} — перевод для "${locale}", но этой локали нет в widget.locale`,
        },
        help: {
          en: `${platform} expects exactly one lang file per declared locale. ${fix.en}`,
          ru: `${platform} ожидает ровно один языковой файл на каждую указанную локаль. ${fix.ru}`,
        },
        actions: [{ kind: 'delete-file', path }],
      });
    }
  },
});
