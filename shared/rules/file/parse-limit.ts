import type { RuleContext } from '../../check/rule-context';
import { scriptParseProblems } from '../../code/parse-script';
import { stylesheetParseProblems } from '../../code/parse-stylesheet';
import { describeParseLimit, type ParseLimitProblem } from '../../text/parse-limits';
import { templateParseProblems } from '../../code/templates';
import { defineRule, SOURCES } from '../rule';

/**
 * Every parsed file that passes a limit. Scripts only for the total: a script too large alone is
 * code/js-syntax's finding.
 */
function overLimit(context: RuleContext): Array<[string, ParseLimitProblem]> {
  const found: Array<[string, ParseLimitProblem]> = [...context.jsonParseProblems, ...stylesheetParseProblems(context)];
  for (const [path, problem] of scriptParseProblems(context)) if (problem.limit === 'total') found.push([path, problem]);
  found.push(...templateParseProblems(context));
  return found;
}

export const fileParseLimitRule = defineRule({
  id: 'file/parse-limit',
  defaultSeverity: 'error',
  summary: 'manifest.json, i18n files, stylesheets and templates stay within the sizes and nesting the checker reads.',
  summaryRu: 'manifest.json, языковые файлы, стили и шаблоны не превышают размер и вложенность, которые читает проверка.',
  docs:
    'Widget Publisher parses manifest.json, the i18n files, the widget\'s own stylesheets and its templates. A file ' +
    'far larger or more deeply nested than any real widget needs (a manifest over 1 MB or 100,000 values, JSON or CSS ' +
    'nested over 64 levels, a stylesheet over 2 MB or 100,000 rules and declarations, a template over 2 MB, or files of ' +
    'one kind that only together pass a total, such as 150,000 rules across all stylesheets) is ' +
    'not parsed, so one generated or hostile file cannot exhaust memory or time; the finding names the file and ' +
    'the limit, and the rest of the check goes on. Moderators read every file of the archive by hand, so such a file ' +
    'is a rejection anyway. Fix: remove the generated content, or move a third-party stylesheet under the config\'s ' +
    '`vendor` globs. The limits are listed in the README.',
  sources: [SOURCES.amocrmChecklist('Development > Clean files: "You\'ve deleted any files, pictures and scripts that are not used"')],
  check(context, report) {
    for (const [path, problem] of overLimit(context)) {
      const why = describeParseLimit(problem);
      report({
        file: path,
        message: { en: `${path} was not checked: it ${why.en}.`, ru: `${path} не проверен: файл ${why.ru}.` },
        help: {
          en: 'No real widget file comes near this size; remove the generated content. A third-party library can be marked as vendor code so it is not parsed.',
          ru: 'Настоящие файлы виджетов и близко не бывают такого размера; уберите сгенерированное содержимое. Стороннюю библиотеку можно отметить как чужой код, тогда она не разбирается.',
        },
        actions: problem.kind === 'css' || problem.kind === 'script' ? [{ kind: 'set-config', key: 'vendor' }] : [],
      });
    }
  },
});
