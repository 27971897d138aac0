import { ignoreMatcher } from '../../config/ignore-matcher';
import type { RuleContext } from '../../check/rule-context';
import { junkKind } from '../../widget/junk-files';
import type { LocalizedMessage } from '../../model/finding';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES, type RawFinding } from '../rule';

/** A file name no junk list holds, to ask junk-files whether a folder itself is junk. */
const PLAIN_CHILD = 'file';

interface JunkFolder {
  folder: string;
  what: string;
  whatRu: string;
  /** Files seen inside; null when the reader listed the folder without walking it (`node_modules/`). */
  files: number | null;
}

/** The outermost junk folder holding `path` (`.git` for `.git/objects/ab`), or null. */
function junkFolderOf(path: string): { folder: string; what: string; whatRu: string } | null {
  const segments = path.split('/');
  for (let length = 1; length < segments.length; length += 1) {
    const folder = segments.slice(0, length).join('/');
    const kind = junkKind(`${folder}/${PLAIN_CHILD}`);
    if (kind) return { folder, what: kind.what, whatRu: kind.whatRu };
  }
  return null;
}

/** Paths the user already leaves out with `ignore` in widget-publisher.json (pack skips them too). */
function ignoredByConfig(context: RuleContext): (path: string) => boolean {
  return ignoreMatcher(context.config.ignore);
}

export const junkFileRule = defineRule({
  id: 'package/junk-file',
  defaultSeverity: 'error',
  summary: 'No OS, editor, VCS, dependency, source-map, log, secret or archive leftovers in widget.zip.',
  summaryRu: 'В widget.zip нет остатков ОС, редакторов, систем контроля версий, зависимостей, source map, логов, секретов и архивов.',
  docs:
    'The checklist ("Clean files") asks to delete every file the integration does not use and all development traces. ' +
    'Leftovers such as .DS_Store, Thumbs.db, __MACOSX/, .git/, node_modules/, *.map, *.log, .env or a zip inside the ' +
    'zip slow the code audit, can leak secrets and are sent back. Inside a widget.zip each one is an error. In a widget ' +
    'folder it is a warning: `widget-publisher pack` leaves these files out, so nothing ships unless the zip is made by ' +
    'hand. Fix: delete them, or build the zip with `widget-publisher pack`; list files you keep on purpose under ' +
    '"ignore" in widget-publisher.json. A junk folder is reported once, not once per file inside it.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "You\'ve deleted any files, pictures and scripts that are not used"'),
    SOURCES.kommoChecklist('Development > Clean files'),
  ],
  check(context, report) {
    const inZip = context.snapshot.source.kind === 'zip';
    const isIgnored = inZip ? () => false : ignoredByConfig(context);
    const folders = new Map<string, JunkFolder>();

    for (const file of context.snapshot.files) {
      const kind = junkKind(file.path);
      if (!kind) continue;
      const parent = junkFolderOf(file.path);
      if (parent) {
        const unwalked = file.path === `${parent.folder}/`;
        const known = folders.get(parent.folder);
        if (!known) folders.set(parent.folder, { ...parent, files: unwalked ? null : 1 });
        else if (unwalked) known.files = null;
        else if (known.files !== null) known.files += 1;
        continue;
      }
      if (isIgnored(file.path)) continue;
      const subject = `"${file.path}"`;
      const finding = junkFinding(inZip, { en: subject, ru: `файл ${subject}` }, { en: kind.what, ru: kind.whatRu }, file.path, file.path);
      report(kind.alwaysError ? { ...finding, severity: 'error' } : finding);
    }

    for (const junk of folders.values()) {
      if (isIgnored(`${junk.folder}/`)) continue;
      const what =
        junk.files === null
          ? { en: junk.what, ru: junk.whatRu }
          : { en: `${junk.what}, ${junk.files} file${junk.files === 1 ? '' : 's'}`, ru: `${junk.whatRu}, ${countRu(junk.files, FILES_RU)}` };
      report(junkFinding(inZip, { en: `the folder "${junk.folder}/"`, ru: `папку "${junk.folder}/"` }, what, junk.folder, `${junk.folder}/`));
    }
  },
});

const FILES_RU = ['файл', 'файла', 'файлов'] as const;

/** `subject.ru` is in the accusative: "содержит файл ...", "содержит папку ...". `ignorePath` ends with "/" for a folder. */
function junkFinding(inZip: boolean, subject: LocalizedMessage, what: LocalizedMessage, file: string, ignorePath: string): RawFinding {
  if (inZip) {
    return {
      message: { en: `widget.zip contains ${subject.en} (${what.en})`, ru: `widget.zip содержит ${subject.ru} (${what.ru})` },
      help: {
        en: 'It must not ship: the checklist asks to delete files the integration does not use. Pack the zip again without it; Widget Publisher\'s packer leaves it out.',
        ru: 'Такое не должно попадать в архив: чек-лист требует удалить файлы, которые интеграция не использует. Пересоберите архив без этого; упаковщик Widget Publisher такое не включает.',
      },
      actions: [{ kind: 'pack-zip' }],
      file,
      severity: 'error',
    };
  }
  return {
    message: { en: `The widget folder contains ${subject.en} (${what.en})`, ru: `Папка виджета содержит ${subject.ru} (${what.ru})` },
    help: {
      en: 'Widget Publisher leaves it out of widget.zip, but a zip made by hand would ship it. Delete it, or leave it out of the zip on purpose.',
      ru: 'Widget Publisher не включит это в widget.zip, но в архив, собранный вручную, это попадёт. Удалите это или намеренно исключите из архива.',
    },
    actions: [
      { kind: 'delete-file', path: ignorePath },
      { kind: 'ignore-file', path: ignorePath },
    ],
    file,
    severity: 'warning',
  };
}
