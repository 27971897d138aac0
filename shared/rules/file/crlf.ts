import { capitalize } from '../../text/capitalize';
import { defineRule, SOURCES } from '../rule';
import { countRu } from '../../text/plural-ru';
import { lineEndingStats } from '../../text/utf8-scan';
import { fixTextFilesAdvice, textFilesOf } from './text-files';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const LINES_RU = ['строка', 'строки', 'строк'] as const;


export const fileCrlfRule = defineRule({
  id: 'file/crlf',
  defaultSeverity: 'error',
  summary: 'Text files use Unix line endings (LF), not Windows CRLF or old Mac CR.',
  summaryRu: 'Текстовые файлы используют переводы строк Unix (LF), а не CRLF из Windows или CR из старых Mac.',
  docs:
    'Every text file must end its lines with LF (\\n) only. Windows editors and git with core.autocrlf often ' +
    'write CR LF (\\r\\n); some tools write a lone CR. The checklist asks for Unix line feeds in all text files, ' +
    'vendored libraries included. The finding names the first line with a CR and how many lines have one. ' +
    'Fix: `widget-publisher fix <folder>` converts every file, or set your editor to "LF" and `git config core.autocrlf input`.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "... and also uses Unix line feed (\\n)"'),
    SOURCES.kommoChecklist('Development > Clean files: "... and also uses Unix line feed (\\n)"'),
  ],
  check(context, report) {
    for (const file of textFilesOf(context)) {
      const stats = lineEndingStats(file.bytes);
      if (stats.firstLine === null) continue;
      const kinds: string[] = [];
      const kindsRu: string[] = [];
      if (stats.crlf > 0) {
        kinds.push(`Windows line endings (CRLF) on ${plural(stats.crlf, 'line')}`);
        kindsRu.push(`окончания строк Windows (CRLF) — ${countRu(stats.crlf, LINES_RU)}`);
      }
      if (stats.loneCr > 0) {
        kinds.push(`old Mac line endings (a lone CR) on ${plural(stats.loneCr, 'line')}`);
        kindsRu.push(`старые окончания строк Mac (одиночный CR) — ${countRu(stats.loneCr, LINES_RU)}`);
      }
      report({
        file: file.path,
        line: stats.firstLine,
        column: null,
        message: {
          en: `${kinds.join(' and ')}, the first on line ${stats.firstLine}`,
          ru: `${capitalize(kindsRu.join(' и '))}, первая — строка ${stats.firstLine}`,
        },
        ...fixTextFilesAdvice(context, {
          en: 'switch your editor to "LF" line endings: the marketplace requires Unix line endings (LF)',
          ru: 'переключите в редакторе окончания строк на "LF": маркетплейс требует окончания строк Unix (LF)',
        }),
      });
    }
  },
});
