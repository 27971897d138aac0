import type { LocalizedMessage } from '../../model/finding';
import { CONTROL_CHARACTER, type UnsafeEntryKind } from '../../model/snapshot';
import { defineRule, SOURCES } from '../rule';

const REBUILD: LocalizedMessage = {
  en: 'Pack the zip again from inside the widget folder, or with Widget Publisher.',
  ru: 'Пересоберите архив изнутри папки виджета или средствами Widget Publisher.',
};

/** What is wrong with each kind of entry, and what to do about it. */
const EXPLAIN: Record<UnsafeEntryKind, { why: LocalizedMessage; fix: LocalizedMessage }> = {
  absolute: {
    why: {
      en: 'is stored with an absolute path, so an unzipper would write it outside the widget folder',
      ru: 'записан с абсолютным путём, поэтому распаковщик запишет его за пределы папки виджета',
    },
    fix: REBUILD,
  },
  parent: {
    why: {
      en: 'climbs out of the archive with "..", so an unzipper would write it outside the widget folder',
      ru: 'выходит за пределы архива через "..", поэтому распаковщик запишет его за пределы папки виджета',
    },
    fix: REBUILD,
  },
  backslash: {
    why: {
      en: 'uses backslashes (\\) as folder separators; zip paths use "/", so the platform may read it as one oddly named file',
      ru: 'использует обратную косую черту (\\) как разделитель папок; в zip разделитель — "/", поэтому платформа может прочитать его как один файл со странным именем',
    },
    fix: {
      en: 'Pack the zip again with a tool that writes "/" separators, such as Widget Publisher.',
      ru: 'Пересоберите архив программой, которая пишет разделители "/", например Widget Publisher.',
    },
  },
  duplicate: {
    why: {
      en: 'is stored more than once; which copy an unzipper keeps is not defined',
      ru: 'записан в архиве несколько раз; какую копию оставит распаковщик, не определено',
    },
    fix: {
      en: 'Pack the zip again so each file is in it once (Widget Publisher does).',
      ru: 'Пересоберите архив так, чтобы каждый файл был в нём один раз (так делает Widget Publisher).',
    },
  },
  symlink: {
    why: {
      en: 'is a symbolic link; links are not followed and may point outside the widget',
      ru: 'является символической ссылкой; ссылки не раскрываются и могут вести за пределы виджета',
    },
    fix: { en: 'Replace the link with the real file before zipping.', ru: 'Перед упаковкой замените ссылку настоящим файлом.' },
  },
  'too-large': {
    why: {
      en: 'would inflate past a safe size limit, so it was not unpacked (a possible zip bomb)',
      ru: 'при распаковке превысил бы безопасный предел размера, поэтому не распакован (возможна zip-бомба)',
    },
    fix: {
      en: 'Remove the oversized content from the widget and rebuild the zip.',
      ru: 'Уберите из виджета слишком большое содержимое и пересоберите архив.',
    },
  },
  'control-character': {
    why: {
      en: 'has a control character in its name (a line break, an escape code or NUL), which no upload or file system handles and which can rewrite a terminal',
      ru: 'содержит в имени управляющий символ (перевод строки, escape-код или NUL): такое имя не обрабатывают ни загрузка, ни файловые системы, а терминал может его исполнить',
    },
    fix: { en: 'Rename the file with plain characters.', ru: 'Переименуйте файл обычными символами.' },
  },
  encrypted: {
    why: {
      en: 'is password-protected; the platform cannot read encrypted entries',
      ru: 'защищён паролем; платформа не может читать зашифрованные файлы',
    },
    fix: { en: 'Rebuild the zip without a password.', ru: 'Пересоберите архив без пароля.' },
  },
};

const FOLDER_TOO_LARGE = {
  why: { en: 'is larger than Widget Publisher reads, so it was not read and is not packed', ru: 'больше, чем читает Widget Publisher, поэтому он не прочитан и не упаковывается' },
  fix: { en: 'Remove the oversized content from the widget.', ru: 'Уберите из виджета слишком большое содержимое.' },
};

function isWholeArchive(sourcePath: string, name: string): boolean {
  return sourcePath.split(/[\\/]/).pop() === name;
}

/** A name we can show as a widget path (relative, POSIX, no `..`); otherwise the finding is about the package. */
function displayPath(name: string): string | null {
  if (CONTROL_CHARACTER.test(name)) return null;
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return null;
  if (name.split('/').some((part) => part === '..' || part === '.')) return null;
  return name.replace(/\/+$/, '');
}

export const unsafeEntryRule = defineRule({
  id: 'package/unsafe-entry',
  defaultSeverity: 'error',
  summary: 'widget.zip must not hold absolute, "..", backslash, duplicate, linked, encrypted or oversized entries.',
  summaryRu: 'В widget.zip нет абсолютных путей, "..", обратных слешей, повторяющихся, ссылочных, зашифрованных и слишком больших записей.',
  docs:
    'The platform unpacks widget.zip on its servers. Entries with absolute paths or ".." would land outside the widget ' +
    'folder (a "zip slip"), backslash separators are not folder separators in a zip, duplicate names make the result ' +
    'depend on the unzipper, symbolic links can point anywhere, encrypted entries cannot be read, and an archive that ' +
    'inflates far past its size (a zip bomb) is refused. Widget Publisher never inflates such entries: it reports them ' +
    'here and checks the rest. Fix: rebuild the zip from the widget folder with `widget-publisher pack`, which writes ' +
    'plain relative "/" paths, each file once, no links and no password.',
  sources: [
    SOURCES.upload('Загрузка виджета: архив widget.zip; "В случае ошибки загрузки архива ... вы увидите ошибку"'),
    SOURCES.structure('Типовые ошибки'),
  ],
  check(context, report) {
    const inZip = context.snapshot.source.kind === 'zip';
    for (const entry of context.snapshot.unsafeEntries) {
      const { why, fix } =
        !inZip && entry.kind === 'too-large' ? FOLDER_TOO_LARGE : (EXPLAIN[entry.kind] ?? { why: { en: 'could not be read safely', ru: 'не удалось безопасно прочитать' }, fix: REBUILD });
      const detail = entry.detail ? ` (${entry.detail})` : '';
      if (inZip && entry.kind === 'too-large' && context.snapshot.files.length === 0 && isWholeArchive(context.snapshot.source.path, entry.name)) {
        // A zip refused from its table of contents (too many entries, too large when unpacked) is not an entry of itself.
        report({
          message: { en: `Archive "${entry.name}" was not read${detail}`, ru: `Архив "${entry.name}" не прочитан${detail}` },
          help: fix,
          actions: [{ kind: 'pack-zip' }],
          file: null,
        });
        continue;
      }
      report({
        message: {
          en: `${inZip ? 'Zip entry' : 'File'} "${entry.name}" ${why.en}${detail}`,
          ru: `${inZip ? 'Файл архива' : 'Файл'} "${entry.name}" ${why.ru}${detail}`,
        },
        help: fix,
        ...(entry.kind === 'symlink' ? {} : { actions: [{ kind: 'pack-zip' }] }),
        file: displayPath(entry.name),
      });
    }
  },
});
