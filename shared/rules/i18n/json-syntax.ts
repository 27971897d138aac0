import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';
import { i18nFilesInOrder } from './i18n-entries';

/** After this many errors in one file the rest are usually echoes of the first; one summary line says so. */
const MAX_ERRORS_PER_FILE = 20;

export const i18nJsonSyntaxRule = defineRule({
  id: 'i18n/json-syntax',
  defaultSeverity: 'error',
  summary: 'Every i18n/<locale>.json file is valid JSON holding one object.',
  summaryRu: 'Каждый файл i18n/<locale>.json — корректный JSON с одним объектом.',
  docs:
    'The platform parses i18n/<locale>.json strictly: comments, trailing commas, single quotes and unquoted keys ' +
    'are errors, and a file that does not parse leaves the widget without its texts. Each syntax error is reported ' +
    'with its own line and column. The top level must be an object of keys (`{"widget": {"name": ...}}`). A key ' +
    'written twice in one object is a warning: JSON readers keep only the last value, so the first text is dead ' +
    'and a translator may be editing the wrong one.',
  sources: [
    SOURCES.structure('i18n Файлы локализации; Типовые ошибки: "Одной из самых частых ошибок является загрузка файла с некорректным синтаксисом"'),
    SOURCES.kommoManifest('Properties: values taken from the corresponding i18n folder file'),
  ],
  check(context, report) {
    for (const file of i18nFilesInOrder(context)) {
      const { root } = file.document;
      // The parser can report one mistake twice at the same spot (e.g. a trailing comma); say it once.
      const syntaxErrors = file.document.syntaxErrors.filter(
        (error, index, all) => all.findIndex((other) => other.offset === error.offset && other.message === error.message) === index,
      );
      syntaxErrors.slice(0, MAX_ERRORS_PER_FILE).forEach((error) => {
        report({
          file: file.path,
          line: error.line,
          column: error.column,
          locale: file.locale,
          message: {
            en: `Not valid JSON at line ${error.line}, column ${error.column}: ${error.message}`,
            ru: `Некорректный JSON в строке ${error.line}, столбце ${error.column}: ${error.messageRu}`,
          },
          help: {
            en: `Fix it so the ${file.locale} texts can be read. JSON allows no comments or trailing commas, and needs double quotes.`,
            ru: `Исправьте ошибку, чтобы тексты локали ${file.locale} можно было прочитать. В JSON нельзя писать комментарии и лишние запятые в конце, нужны двойные кавычки.`,
          },
        });
      });
      if (syntaxErrors.length > MAX_ERRORS_PER_FILE) {
        const first = syntaxErrors[MAX_ERRORS_PER_FILE];
        report({
          file: file.path,
          line: first.line,
          column: first.column,
          locale: file.locale,
          message: {
            en: `${file.path} has ${syntaxErrors.length - MAX_ERRORS_PER_FILE} more JSON syntax errors`,
            ru: `В ${file.path} ещё ${countRu(syntaxErrors.length - MAX_ERRORS_PER_FILE, ['синтаксическая ошибка', 'синтаксические ошибки', 'синтаксических ошибок'])} JSON`,
          },
          help: { en: 'Fix the first ones and check again.', ru: 'Исправьте первые и запустите проверку снова.' },
        });
      }
      for (const duplicate of file.document.duplicateKeys.slice(0, MAX_ERRORS_PER_FILE)) {
        report({
          file: file.path,
          line: duplicate.line,
          column: duplicate.column,
          locale: file.locale,
          severity: 'warning',
          message: {
            en: `The key "${duplicate.path.join('.')}" is here twice (lines ${duplicate.first.line} and ${duplicate.line})`,
            ru: `Ключ "${duplicate.path.join('.')}" указан дважды (строки ${duplicate.first.line} и ${duplicate.line})`,
          },
          help: {
            en: `Only the last value is used, so the ${file.locale} text on line ${duplicate.first.line} is never shown. Keep one of them.`,
            ru: `Используется только последнее значение, поэтому текст локали ${file.locale} в строке ${duplicate.first.line} никогда не показывается. Оставьте один из них.`,
          },
        });
      }
      if (syntaxErrors.length === 0 && root && root.type !== 'object') {
        const position = file.document.positionAtOffset(root.offset);
        report({
          file: file.path,
          ...position,
          locale: file.locale,
          message: {
            en: `${file.path} holds a JSON ${root.type}, not an object of keys`,
            ru: `${file.path} содержит JSON-значение типа ${root.type}, а не объект с ключами`,
          },
          help: {
            en: 'An i18n file must be one object of keys, such as {"widget": {"name": "..."}}.',
            ru: 'Языковой файл должен быть одним объектом с ключами, например {"widget": {"name": "..."}}.',
          },
        });
      }
    }
  },
});
