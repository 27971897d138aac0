import { MANIFEST_PATH } from '../../check/rule-context';
import { defineRule, SOURCES } from '../rule';

export const jsonSyntaxRule = defineRule({
  id: 'manifest/json-syntax',
  defaultSeverity: 'error',
  summary: 'manifest.json must be valid JSON.',
  summaryRu: 'manifest.json должен быть корректным JSON.',
  docs:
    'The platform parses manifest.json on upload and refuses the widget when it is not valid JSON; the structure page ' +
    'names a syntax error as one of the most frequent upload mistakes. JSON has no comments (the amoCRM example ' +
    'shows //-comments only as explanations) and no trailing commas; keys and strings take double quotes. Each error ' +
    'is reported at its line and column. While manifest.json does not parse, the other manifest checks wait. A key ' +
    'written twice in one object (two "settings" blocks) is a warning: JSON readers keep only the last one, so the ' +
    'first is silently ignored.',
  sources: [
    SOURCES.structure('Типовые ошибки: "Одной из самых частых ошибок является загрузка файла с некорректным синтаксисом"'),
    SOURCES.upload('"В случае ошибки загрузки архива (например невалидный manifest.json) вы увидете ошибку"'),
  ],
  check(context, report) {
    const document = context.manifest;
    if (!document) return;
    for (const error of document.syntaxErrors) {
      report({
        message: {
          en: `manifest.json is not valid JSON here: ${error.message}`,
          ru: `manifest.json в этом месте не является корректным JSON: ${error.messageRu}`,
        },
        help: {
          en: 'The platform refuses the upload until it parses. JSON allows no comments or trailing commas, and needs double quotes.',
          ru: 'Платформа не примет архив, пока файл не читается. В JSON нельзя писать комментарии и лишние запятые в конце, нужны двойные кавычки.',
        },
        file: MANIFEST_PATH,
        line: error.line,
        column: error.column,
      });
    }
    for (const duplicate of document.duplicateKeys) {
      report({
        file: MANIFEST_PATH,
        line: duplicate.line,
        column: duplicate.column,
        severity: 'warning',
        message: {
          en: `manifest.json has the key "${duplicate.path.join('.')}" twice (lines ${duplicate.first.line} and ${duplicate.line})`,
          ru: `В manifest.json ключ "${duplicate.path.join('.')}" указан дважды (строки ${duplicate.first.line} и ${duplicate.line})`,
        },
        help: {
          en: `The platform keeps only the last one, so the one on line ${duplicate.first.line} is ignored. Merge them into one.`,
          ru: `Платформа учитывает только последний, поэтому ключ в строке ${duplicate.first.line} игнорируется. Объедините их в один.`,
        },
      });
    }
  },
});
