import { positionOf } from '../../code/ast-query';
import { globalPathIn, isWriteTarget } from '../../code/scope';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES, type Advice } from '../rule';

/** Browser dialogs the checklist names as development traces: "alerts, confirms". */
const DIALOGS = new Set(['alert', 'confirm']);

const CONSOLE_OUTPUT: Readonly<Record<string, Advice>> = {
  'console.log': {
    message: { en: 'console.log is debug output', ru: 'console.log — отладочный вывод' },
    help: { en: 'Remove it before moderation: the checklist asks to delete debug traces.', ru: 'Удалите его до модерации: чек-лист требует удалить следы отладки.' },
  },
  'console.debug': {
    message: { en: 'console.debug is allowed only for information important for the widget to work', ru: 'console.debug допустим только для информации, важной для работы виджета' },
    help: { en: 'Remove it or make sure that is all it logs.', ru: 'Удалите его или убедитесь, что он пишет только такое.' },
  },
};

const CONSOLE_OUTPUT_PATHS: ReadonlySet<string> = new Set(Object.keys(CONSOLE_OUTPUT));

export const debugLeftoverRule = defineRule({
  id: 'code/debug-leftover',
  defaultSeverity: 'error',
  summary: 'No alert(), confirm(), debugger or console.log/console.debug left from development.',
  summaryRu: 'Не осталось alert(), confirm(), debugger и console.log/console.debug со времён разработки.',
  docs:
    'The checklist asks to delete "all test data, debug, alerts, confirms or other development traces". `alert()`, ' +
    '`confirm()` (also as `window.alert`) and `debugger` statements are errors: show messages in the widget\'s own ' +
    'interface instead. `console.log` and `console.debug` are warnings: console.debug may stay only when it logs ' +
    'information important for the widget to work. A function or variable of your own named `alert` or `console` is ' +
    'not the browser\'s and is not flagged; console.info/warn/error are not flagged.',
  sources: [
    SOURCES.amocrmChecklist('Development, Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
    SOURCES.amocrmChecklist('Development: "If console.debug is used, you only log information important for the widget to work"'),
    SOURCES.kommoChecklist('Development, Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
  ],
  check(context, report) {
    for (const index of ownScriptIndexes(context)) {
      for (const statement of index.nodesOfType('DebuggerStatement')) {
        const { line, column } = positionOf(statement);
        report({
          file: index.path,
          line,
          column,
          message: { en: '`debugger` statement: it stops the page when DevTools are open', ru: 'Инструкция `debugger`: она останавливает страницу, когда открыты DevTools' },
          help: { en: 'Remove it.', ru: 'Удалите её.' },
        });
      }
      for (const call of index.nodesOfType('CallExpression')) {
        const path = globalPathIn(index, call.callee, DIALOGS);
        if (!path) continue;
        const { line, column } = positionOf(call);
        report({
          file: index.path,
          line,
          column,
          message: { en: `${path[0]}(): a browser dialog left from development`, ru: `${path[0]}(): диалог браузера, оставшийся от разработки` },
          help: {
            en: "The checklist asks to remove development traces, and dialogs block the whole CRM page. Show the message in your widget's own interface instead.",
            ru: 'Чек-лист требует удалить следы разработки, к тому же диалоги блокируют всю страницу CRM. Показывайте сообщение в интерфейсе самого виджета.',
          },
        });
      }
      for (const member of index.nodesOfType('MemberExpression')) {
        const path = globalPathIn(index, member, CONSOLE_OUTPUT_PATHS);
        const advice = path && CONSOLE_OUTPUT[path.join('.')];
        if (!advice || isWriteTarget(index, member)) continue;
        const { line, column } = positionOf(member);
        report({
          file: index.path,
          line,
          column,
          severity: 'warning',
          ...advice,
        });
      }
    }
  },
});
