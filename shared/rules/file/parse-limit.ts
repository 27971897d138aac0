import { MANIFEST_PATH, type RuleContext } from '../../check/rule-context';
import { ownStylesheetPaths } from '../../code/own-files';
import { describeParseLimit, parseLimitProblem, type ParsedKind } from '../../text/parse-limits';
import { looksLikeUtf16 } from '../../text/utf8-scan';
import { isReadTemplate } from '../code/template-texts';
import { defineRule, SOURCES } from '../rule';

const I18N_FILE = /^i18n\/[^/]+\.json$/;

/** Files the checker parses, with their kind; scripts are code/js-syntax's (it names a script too large or deep). */
function parsedFiles(context: RuleContext): Array<{ path: string; kind: ParsedKind }> {
  const files: Array<{ path: string; kind: ParsedKind }> = [];
  for (const file of context.snapshot.files) {
    if (file.path === MANIFEST_PATH || I18N_FILE.test(file.path)) files.push({ path: file.path, kind: 'json' });
    else if (isReadTemplate(context, file.path)) files.push({ path: file.path, kind: 'template' });
  }
  for (const path of ownStylesheetPaths(context)) files.push({ path, kind: 'css' });
  return files;
}

export const fileParseLimitRule = defineRule({
  id: 'file/parse-limit',
  defaultSeverity: 'error',
  summary: 'manifest.json, i18n files, stylesheets and templates stay within the sizes and nesting the checker reads.',
  summaryRu: 'manifest.json, языковые файлы, стили и шаблоны не превышают размер и вложенность, которые читает проверка.',
  docs:
    'Widget Publisher parses manifest.json, the i18n files, the widget\'s own stylesheets and its templates. A file ' +
    'far larger or more deeply nested than any real widget needs (a manifest over 1 MB or 100,000 values, JSON or CSS ' +
    'nested over 64 levels, a stylesheet over 2 MB or 100,000 rules and declarations, a template over 2 MB) is ' +
    'not parsed, so one generated or hostile file cannot exhaust memory or time; the finding names the file and ' +
    'the limit, and the rest of the check goes on. Moderators read every file of the archive by hand, so such a file ' +
    'is a rejection anyway. Fix: remove the generated content, or move a third-party stylesheet under the config\'s ' +
    '`vendor` globs. The limits are listed in the README.',
  sources: [SOURCES.amocrmChecklist('Development > Clean files: "You\'ve deleted any files, pictures and scripts that are not used"')],
  check(context, report) {
    for (const { path, kind } of parsedFiles(context)) {
      const bytes = context.file(path)?.bytes;
      if (!bytes || (kind === 'json' && looksLikeUtf16(bytes))) continue;
      const problem = parseLimitProblem(kind, context.text(path) ?? '', bytes.length);
      if (!problem) continue;
      const why = describeParseLimit(problem);
      report({
        file: path,
        message: { en: `${path} was not checked: it ${why.en}.`, ru: `${path} не проверен: файл ${why.ru}.` },
        help: {
          en: 'No real widget file comes near this size; remove the generated content. A third-party stylesheet can be marked as vendor code so it is not parsed.',
          ru: 'Настоящие файлы виджетов и близко не бывают такого размера; уберите сгенерированное содержимое. Стили сторонней библиотеки можно отметить как чужой код, тогда они не разбираются.',
        },
        actions: kind === 'css' ? [{ kind: 'set-config', key: 'vendor' }] : [],
      });
    }
  },
});
