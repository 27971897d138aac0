import { defineRule, SOURCES } from '../rule';
import { archiveWasRefused, fileWithOtherCase, filesNamedDeeper, widgetFolderBelowRoot } from './find-file';

const SCRIPT_PATH = 'script.js';
const LOCALE_FILE = /^i18n\/[^/]+\.json$/;

/**
 * Files every widget needs besides manifest.json (its own rule): script.js and at least one
 * i18n/<locale>.json. Which locale files must exist is i18n/file-missing's job.
 */
export const requiredFileRule = defineRule({
  id: 'package/required-file',
  defaultSeverity: 'error',
  summary: 'script.js and an i18n folder with locale files must be in the widget.',
  summaryRu: 'В виджете должны быть script.js и папка i18n с языковыми файлами.',
  docs:
    'The structure page lists script.js as a required file (the code the platform loads in the declared locations) and ' +
    'i18n/ as the folder of locale files (ru.json, en.json, ...); the checklist lists i18n/*.json among the files ' +
    'widget.zip must contain. Fix: add script.js at the root (a define() module returning the widget object, as ' +
    '`widget-publisher init` writes it) and i18n/<locale>.json for each locale in widget.locale. Which locale files ' +
    'are missing for the declared locales is reported by i18n/file-missing. When manifest.json itself is only found ' +
    'in a subfolder, this rule stays silent: package/manifest-missing names the folder to check instead.',
  sources: [
    SOURCES.structure('Table of files: script.js (обязательный файл), i18n/'),
    SOURCES.amocrmChecklist('Development: "Your widget.zip contains the following files: manifest.json, i18n/*.json"'),
  ],
  check(context, report) {
    // The widget sits in a subfolder: package/manifest-missing names it; listing each root file again is noise.
    if (archiveWasRefused(context.snapshot) || widgetFolderBelowRoot(context.snapshot)) return;
    if (!context.file(SCRIPT_PATH)) {
      const otherCase = fileWithOtherCase(context.snapshot, SCRIPT_PATH);
      const deeper = filesNamedDeeper(context.snapshot, SCRIPT_PATH);
      const hint = otherCase
        ? {
            en: `There is "${otherCase}": file names are case-sensitive on the platform, rename it to script.js.`,
            ru: `Есть файл "${otherCase}": платформа различает регистр в именах файлов, переименуйте его в script.js.`,
          }
        : deeper.length > 0
          ? {
              en: `Found ${deeper[0]}; the platform loads only script.js at the root, so move it there.`,
              ru: `Найден ${deeper[0]}; платформа загружает только script.js из корня, перенесите его туда.`,
            }
          : {
              en: 'Add script.js at the root: the define() module with render, init and bind_actions callbacks.',
              ru: 'Добавьте script.js в корень: модуль define() с колбэками render, init и bind_actions.',
            };
      report({
        message: {
          en: 'script.js is missing at the root of the widget: the platform has no code to run',
          ru: 'В корне виджета нет script.js: платформе нечего запускать',
        },
        help: hint,
        file: SCRIPT_PATH,
      });
    }

    const paths = context.snapshot.files.map((file) => file.path);
    if (!paths.some((path) => LOCALE_FILE.test(path))) {
      const declared = context.locales.length > 0;
      const locales = declared ? context.locales : context.profile.defaultLocales;
      const files = locales.map((locale) => `i18n/${locale}.json`).join(', ');
      const elsewhere = paths.find((path) => /(^|\/)i18n\/[^/]+\.json$/i.test(path));
      report({
        message: {
          en: `The widget has no locale files (i18n/${declared ? ', for widget.locale' : ''}: ${files})`,
          ru: `У виджета нет языковых файлов (i18n/${declared ? ', для widget.locale' : ''}: ${files})`,
        },
        help: {
          en:
            "i18n/ with one JSON file per locale is required; manifest.json's texts come from them." +
            (elsewhere ? ` Found ${elsewhere}: the folder must be i18n/ at the root, in lower case.` : ''),
          ru:
            'Нужна папка i18n/ с JSON-файлом для каждой локали; тексты manifest.json берутся из них.' +
            (elsewhere ? ` Найден ${elsewhere}: папка должна называться i18n/ (строчными буквами) и лежать в корне.` : ''),
        },
        file: 'i18n',
      });
    }
  },
});
