import { defineRule, SOURCES } from '../rule';
import { findInvalidUtf8, looksLikeUtf16 } from '../../text/utf8-scan';
import { textFilesOf } from './text-files';

function hex(bytes: readonly number[]): string {
  return bytes.map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

export const fileEncodingRule = defineRule({
  id: 'file/encoding',
  defaultSeverity: 'error',
  summary: 'Text files are valid UTF-8.',
  summaryRu: 'Текстовые файлы записаны в корректной кодировке UTF-8.',
  docs:
    'Every text file must be encoded in UTF-8. Files saved as Windows-1251, Windows-1252, Latin-1 or UTF-16 show ' +
    'broken letters to users and break JSON parsing on the platform. The finding names the line and column of the ' +
    'first byte that is not UTF-8. Fix: open the file in your editor, choose "Reopen with encoding" for the encoding ' +
    'it was written in, then save it as "UTF-8" (without BOM). `widget-publisher fix` does not re-encode files: ' +
    'guessing the original encoding could silently change your text.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "All text files ... are in UTF-8 encoding"'),
    SOURCES.kommoChecklist('Development > Clean files: "All text files ... are in UTF-8 encoding"'),
    SOURCES.structure('Типовые ошибки: "Кодировка — все файлы должны быть в кодировке UTF-8 без BOM"'),
  ],
  check(context, report) {
    for (const file of textFilesOf(context)) {
      if (looksLikeUtf16(file.bytes)) {
        report({
          file: file.path,
          line: 1,
          column: 1,
          message: { en: `${file.path} is saved as UTF-16, not UTF-8`, ru: `${file.path} сохранён в UTF-16, а не в UTF-8` },
          help: {
            en: 'Reopen it in your editor and save it as "UTF-8" (without BOM): the marketplace reads text files as UTF-8 only.',
            ru: 'Откройте его в редакторе и сохраните в "UTF-8" (без BOM): маркетплейс читает текстовые файлы только в UTF-8.',
          },
        });
        continue;
      }
      const invalid = findInvalidUtf8(file.bytes);
      if (!invalid) continue;
      report({
        file: file.path,
        line: invalid.line,
        column: invalid.column,
        message: {
          en: `Not valid UTF-8: byte ${hex(invalid.bytes.slice(0, 1))} at line ${invalid.line}, column ${invalid.column} (bytes ${hex(invalid.bytes)})`,
          ru: `Не UTF-8: байт ${hex(invalid.bytes.slice(0, 1))} в строке ${invalid.line}, столбце ${invalid.column} (байты ${hex(invalid.bytes)})`,
        },
        help: {
          en:
            'The file was probably saved in a legacy encoding (Windows-1251, Windows-1252 or Latin-1). Reopen it with that ' +
            'encoding in your editor and save it as "UTF-8" (without BOM).',
          ru:
            'Вероятно, файл сохранён в старой кодировке (Windows-1251, Windows-1252 или Latin-1). Откройте его в редакторе ' +
            'в этой кодировке и сохраните в "UTF-8" (без BOM).',
        },
      });
    }
  },
});
