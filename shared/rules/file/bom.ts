import { defineRule, SOURCES } from '../rule';
import { hasUtf8Bom } from '../../text/text-decoding';
import { fixTextFilesAdvice, textFilesOf } from './text-files';

export const fileBomRule = defineRule({
  id: 'file/bom',
  defaultSeverity: 'error',
  summary: 'Text files are UTF-8 without a byte-order mark (BOM).',
  summaryRu: 'Текстовые файлы сохранены в UTF-8 без метки порядка байтов (BOM).',
  docs:
    'Every text file (.js, .css, .json, .html, .twig, .md, .txt, .svg, vendored libraries included) must be UTF-8 ' +
    'without a BOM. The BOM is three invisible bytes (EF BB BF) some editors put at the start of a file; the ' +
    'platform then fails to read manifest.json or the i18n files, and moderation rejects the widget. ' +
    'Fix: `widget-publisher fix <folder>` removes it from every file, or save the file as "UTF-8" (not "UTF-8 with BOM").',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "All text files ... are in UTF-8 encoding without BOM"'),
    SOURCES.kommoChecklist('Development > Clean files: "All text files ... are in UTF-8 encoding without BOM"'),
    SOURCES.structure('Типовые ошибки: "Кодировка — все файлы должны быть в кодировке UTF-8 без BOM"'),
  ],
  check(context, report) {
    for (const file of textFilesOf(context)) {
      if (!hasUtf8Bom(file.bytes)) continue;
      report({
        file: file.path,
        line: 1,
        column: 1,
        message: {
          en: `${file.path} starts with a UTF-8 byte-order mark (BOM, bytes EF BB BF)`,
          ru: `${file.path} начинается с метки порядка байтов UTF-8 (BOM, байты EF BB BF)`,
        },
        ...fixTextFilesAdvice(context, {
          en: 'save the file as "UTF-8" (not "UTF-8 with BOM") in your editor: the marketplace requires UTF-8 without BOM',
          ru: 'сохраните файл в редакторе в кодировке "UTF-8" (не "UTF-8 with BOM"): маркетплейс требует UTF-8 без BOM',
        }),
      });
    }
  },
});
