import { ignoredByConfig } from '../../config/ignored-paths';
import type { Severity } from '../../model/finding';
import { countRu } from '../../text/plural-ru';
import { isInJunk } from '../../widget/junk-files';
import { referenceGraph } from '../../widget/reference-graph';
import { unusedKind, type UnusedKind } from '../../widget/unused-file-kinds';
import { defineRule, SOURCES, type RawFinding } from '../rule';
import { archiveWasRefused, widgetFolderBelowRoot } from './find-file';

const FILES_RU = ['файл', 'файла', 'файлов'] as const;
const ENTRY_SCRIPT = 'script.js';

interface UnusedFolder {
  folder: string;
  files: string[];
}

/**
 * The outermost folders whose every file is unused, holding two or more: `screenshots/` or `src/` is one
 * finding, not one a file.
 */
function wholeUnusedFolders(all: readonly string[], unused: ReadonlySet<string>): UnusedFolder[] {
  const byFolder = new Map<string, { total: number; unused: string[] }>();
  for (const path of all) {
    const isUnused = unused.has(path);
    for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', end + 1)) {
      const folder = path.slice(0, end);
      let entry = byFolder.get(folder);
      if (!entry) {
        entry = { total: 0, unused: [] };
        byFolder.set(folder, entry);
      }
      entry.total += 1;
      if (isUnused) entry.unused.push(path);
    }
  }
  const folders: UnusedFolder[] = [];
  for (const [folder, entry] of [...byFolder].sort(([a], [b]) => a.length - b.length)) {
    if (entry.total < 2 || entry.unused.length !== entry.total) continue;
    if (folders.some((outer) => folder.startsWith(`${outer.folder}/`))) continue;
    folders.push({ folder, files: entry.unused });
  }
  return folders;
}

function worst(kinds: readonly UnusedKind[]): Severity {
  return kinds.some((found) => found.severity === 'error') ? 'error' : 'warning';
}

const HELP = {
  en:
    'Nothing the manifest, the locale files or the scripts load refers to it, and the checklist asks to delete unused files. ' +
    'Delete it, or leave it out of widget.zip on purpose. If the code loads it by a name built at run time, write the name out in full.',
  ru:
    'На него не ссылаются ни манифест, ни языковые файлы, ни загружаемые скрипты, а чек-лист требует удалять неиспользуемые файлы. ' +
    'Удалите его или намеренно исключите из widget.zip. Если код загружает его по имени, собранному во время работы, напишите имя полностью.',
};

const SERVER_HELP = {
  en:
    'Server code runs on your server, not in the CRM: in widget.zip every account that installs the widget can read it, ' +
    'with any addresses, keys or passwords it holds. ',
  ru:
    'Серверный код работает на вашем сервере, а не в CRM: из widget.zip его может прочитать любой аккаунт, установивший ' +
    'виджет, вместе со всеми адресами, ключами и паролями внутри. ',
};

const BACKUP_HELP = {
  en: 'A backup holds old code the reviewer would read as part of the widget. ',
  ru: 'Резервная копия содержит старый код, который модератор прочтёт как часть виджета. ',
};

function helpFor(kinds: readonly UnusedKind[]): { en: string; ru: string } {
  const lead = kinds.some((found) => found.id === 'server-script') ? SERVER_HELP : kinds.some((found) => found.id === 'backup') ? BACKUP_HELP : null;
  return lead ? { en: lead.en + HELP.en, ru: lead.ru + HELP.ru } : HELP;
}

function fileFinding(path: string): RawFinding {
  const found = unusedKind(path);
  const what = { en: found.en[0].toUpperCase() + found.en.slice(1), ru: found.ru[0].toUpperCase() + found.ru.slice(1) };
  const message = found.neverLoaded
    ? { en: `${what.en} "${path}" ships with the widget, but the CRM never runs or shows it.`, ru: `${what.ru} "${path}" входит в виджет, но CRM его никогда не запускает и не показывает.` }
    : { en: `${what.en} "${path}" is not used: nothing in the widget refers to it.`, ru: `${what.ru} "${path}" не используется: ничто в виджете на него не ссылается.` };
  return {
    message,
    help: helpFor([found]),
    actions: [
      { kind: 'ignore-file', path },
      { kind: 'delete-file', path },
    ],
    file: path,
    severity: found.severity,
  };
}

function folderFinding({ folder, files }: UnusedFolder): RawFinding {
  const kinds = files.map(unusedKind);
  const same = kinds.every((found) => found.id === kinds[0].id) ? kinds[0] : null;
  const what = same ? { en: ` (${same.plural})`, ru: ` (вид: ${same.ru})` } : { en: '', ru: '' };
  const message = kinds.every((found) => found.neverLoaded)
    ? {
        en: `The folder "${folder}/" ships ${files.length} files${what.en} the CRM never runs or shows.`,
        ru: `Папка "${folder}/" содержит ${countRu(files.length, FILES_RU)}${what.ru}, которые CRM никогда не запускает и не показывает.`,
      }
    : {
        en: `The folder "${folder}/" is not used: nothing in the widget refers to its ${files.length} files${what.en}.`,
        ru: `Папка "${folder}/" не используется: ничто в виджете не ссылается на её ${countRu(files.length, FILES_RU)}${what.ru}.`,
      };
  return {
    message,
    help: helpFor(kinds),
    actions: [
      { kind: 'ignore-file', path: `${folder}/` },
      { kind: 'delete-file', path: folder },
    ],
    file: folder,
    severity: worst(kinds),
  };
}

export const unusedFileRule = defineRule({
  id: 'package/unused-file',
  defaultSeverity: 'warning',
  summary: 'Every file in widget.zip is used: delete READMEs, build tooling, sources, server scripts, backups and unused pictures.',
  summaryRu: 'Каждый файл в widget.zip используется: удалите README, файлы сборки, исходники, серверные скрипты, резервные копии и лишние картинки.',
  docs:
    'The checklist ("Clean files") asks that every file, picture and script the integration does not use is deleted. ' +
    'The rule builds the widget\'s reference graph: it starts from what the platform loads by itself (manifest.json, ' +
    'i18n/*.json, script.js and the branding images the structure page names) and follows every file a used file ' +
    'names: define()/require() paths and other loaded scripts, templates rendered by name, stylesheets, CSS url() and ' +
    '@import, image names in code, templates and CSS, the tour images of the manifest, and names completed at run time ' +
    'with a number or a locale (`\'slide_\' + n + \'.png\'`). Files outside the graph are reported with their kind: a ' +
    'repository document (README, LICENSE, CHANGELOG), build tooling (package.json, lockfiles, gulpfile.js, ' +
    'webpack.config.js, tsconfig.json), a source file beside its build (*.scss, *.ts, src/), a standalone HTML page, ' +
    'an image, script, stylesheet or template nothing refers to. Server-side scripts (*.php, *.py, *.sh, *.bat) and ' +
    'backups (*.bak, *.orig, *.old, "copy" files) are errors: they expose server code or old code to every account that ' +
    'installs the widget. A folder whose every file is unused (screenshots/, src/) is one finding. OS, editor and VCS ' +
    'leftovers are package/junk-file\'s. In a folder, a file left out of widget.zip on purpose (config `ignore`) is not reported. ' +
    'The matching is generous (a name that only appears in a comment counts as used), so a file reported here is ' +
    'named by nothing at all.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "You\'ve deleted any files, pictures and scripts that are not used in integration"'),
    SOURCES.kommoChecklist('Development > Clean files'),
    SOURCES.structure('Table of files: manifest.json, script.js, images/, i18n/'),
  ],
  check(context, report) {
    if (!context.manifest || archiveWasRefused(context.snapshot) || widgetFolderBelowRoot(context.snapshot)) return;
    // Without the entry script the graph would miss everything it loads: package/required-file reports that.
    if (!context.file(ENTRY_SCRIPT)) return;
    // Inside widget.zip the file ships whatever the config says: `ignore` only keeps files out when packing.
    const isIgnored = context.snapshot.source.kind === 'zip' ? () => false : ignoredByConfig(context);
    const { unused, used } = referenceGraph(context);
    const neverLoaded = [...used.keys()].filter((path) => unusedKind(path).neverLoaded);
    const candidates = new Set([...unused, ...neverLoaded]);
    // Junk (package/junk-file reports it) or a file inside a junk folder.
    const junkNames = new Map<string, boolean>();
    const isJunk = (path: string): boolean => isInJunk(path, junkNames);
    const reportable = context.snapshot.files.map((file) => file.path).filter((path) => candidates.has(path) && !isJunk(path) && !isIgnored(path));
    const shipped = context.snapshot.files.map((file) => file.path).filter((path) => !path.endsWith('/') && !isJunk(path) && !isIgnored(path));
    const folders = wholeUnusedFolders(shipped, new Set(reportable));
    const inFolder = new Set(folders.flatMap((folder) => folder.files));
    for (const folder of folders) report(folderFinding(folder));
    for (const path of reportable) if (!inFolder.has(path)) report(fileFinding(path));
  },
});
