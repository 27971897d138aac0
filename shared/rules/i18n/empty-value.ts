import { defineRule, SOURCES } from '../rule';
import { i18nFilesInOrder, i18nStrings } from './i18n-entries';

// Whitespace plus the invisible characters editors and translation tools leave behind.
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

export const i18nEmptyValueRule = defineRule({
  id: 'i18n/empty-value',
  defaultSeverity: 'error',
  summary: 'No i18n text is empty or only whitespace.',
  summaryRu: 'Ни один текст в языковых файлах не пуст и не состоит только из пробелов.',
  docs:
    'Every text in every i18n/<locale>.json must be filled in: an empty string (or one holding only spaces or ' +
    'invisible characters) shows users a blank label, button or description in that language, and amoCRM asks ' +
    'for all lang files to be filled in. Each empty value is reported with its key and line; write the text in ' +
    'the file\'s language, or remove the key from every locale file if the widget does not use it.',
  sources: [
    SOURCES.facts('Locales: "the number of locales must equal the number of lang files, all filled in"', 'https://www.amocrm.ru/developers/content/integrations/requirements'),
    SOURCES.amocrmChecklist('Support & localization: "Your widget is fully translated"'),
    SOURCES.kommoChecklist('Support & localization: "Your widget is fully translated"'),
  ],
  check(context, report) {
    for (const file of i18nFilesInOrder(context)) {
      for (const entry of i18nStrings(context, file)) {
        if (!BLANK.test(entry.value)) continue;
        const blank = entry.value === '';
        report({
          file: file.path,
          line: entry.line,
          column: entry.column,
          locale: file.locale,
          message: {
            en: `"${entry.key}" is ${blank ? 'empty' : 'only whitespace'}`,
            ru: `"${entry.key}" ${blank ? 'пуст' : 'содержит только пробелы'}`,
          },
          help: {
            en: `Write the ${file.locale} text, or remove the key from every locale file if the widget does not use it.`,
            ru: `Напишите текст для локали ${file.locale} или удалите ключ из всех языковых файлов, если виджет его не использует.`,
          },
        });
      }
    }
  },
});
