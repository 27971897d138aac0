import type { AnyNode } from 'acorn';
import type { RuleContext } from '../../check/rule-context';
import { isFunctionNode, positionOf } from '../../code/ast-query';
import { ownScriptPaths } from '../../code/own-files';
import { MAX_PARSED_SCRIPT_CHARS, parseScript } from '../../code/parse-script';
import { scriptIndex } from '../../code/script-index';
import { undeclaredWrites } from '../../code/undeclared-writes';
import { defineRule, SOURCES } from '../rule';
import { countRu } from '../../text/plural-ru';

const SCRIPT_ENTRY = 'script.js';

const MODULE_DECLARATIONS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration']);

/** Where a file first needs module parsing: its first import/export, else its first top-level await. */
function firstModuleSyntax(context: RuleContext, path: string): AnyNode | null {
  const index = scriptIndex(context, path);
  if (!index) return null;
  const declaration = index.ast.body.find((statement) => MODULE_DECLARATIONS.has(statement.type));
  if (declaration) return declaration;
  const topLevel = (node: AnyNode): boolean => !index.ancestorsOf(node).some((ancestor) => isFunctionNode(ancestor));
  return (
    index.nodesOfType('AwaitExpression').find(topLevel) ??
    index.nodesOfType('ForOfStatement').find((loop) => loop.await && topLevel(loop)) ??
    null
  );
}

export const jsSyntaxRule = defineRule({
  id: 'code/js-syntax',
  defaultSeverity: 'error',
  summary: 'Every JavaScript file of the widget parses without a syntax error.',
  summaryRu: 'Каждый JavaScript-файл виджета разбирается без синтаксических ошибок.',
  docs:
    'Each own .js/.mjs file (not matched by the `vendor` globs) is parsed with a standards-complete JavaScript parser ' +
    '(acorn, latest ECMAScript), first as a classic script and then as an ES module. A syntax error is reported with ' +
    'its line and column: the browser would refuse the whole file and the widget would not load, and the checklist ' +
    'asks that "the syntax is correct". The platform loads widget files through requirejs as classic scripts, so ' +
    '`import`/`export` (ES module syntax) in script.js is an error too (a warning in other .js files, which you may ' +
    'load differently); bundle such code into an AMD `define()` module. Files over 2 MB are not parsed and get a ' +
    'warning: if one is a third-party bundle, add it to `vendor` in widget-publisher.json. For "declared before use", ' +
    'a variable the code assigns to without declaring it anywhere in scope (`total = 0` with no var, let or const) ' +
    'is a warning: in the browser it becomes a global variable of the whole CRM page (a ReferenceError in strict ' +
    'mode). Reading an undeclared name is not reported, because the platform provides globals (AMOCRM, APP, $) ' +
    'that widgets read; a `var` at the top of another classic script of the widget, and window properties such as ' +
    '`location` or `onload`, count as declared.',
  sources: [
    SOURCES.amocrmChecklist('Development: "All variables in the widget are declared before use and the syntax is correct"'),
    SOURCES.kommoChecklist('Development: "All variables in the widget are declared before use and the syntax is correct"'),
  ],
  check(context, report) {
    for (const path of ownScriptPaths(context)) {
      const parsed = parseScript(context, path);
      if (parsed.tooLarge) {
        const megabytes = (parsed.text.length / 1_000_000).toFixed(1);
        report({
          file: path,
          severity: 'warning',
          message: {
            en: `${path} was not checked: it is ${megabytes} MB of JavaScript, over the ${MAX_PARSED_SCRIPT_CHARS / 1_000_000} MB the checker parses`,
            ru: `${path} не проверен: это ${megabytes} МБ JavaScript, больше ${MAX_PARSED_SCRIPT_CHARS / 1_000_000} МБ, которые разбирает проверка`,
          },
          help: {
            en: 'If it is a third-party library, mark it as vendored code; if it is your own code, ship readable source files instead of one bundle.',
            ru: 'Если это сторонняя библиотека, отметьте её как сторонний код; если это ваш код, поставляйте читаемые исходные файлы, а не один бандл.',
          },
          actions: [{ kind: 'set-config', key: 'vendor', value: path }],
        });
        continue;
      }
      if (parsed.tooDeep || (parsed.ast && !scriptIndex(context, path))) {
        report({
          file: path,
          severity: 'warning',
          message: { en: `${path} was not checked: its code nests too deeply for the checker`, ru: `${path} не проверен: вложенность кода слишком глубока для проверки` },
          help: {
            en: 'Generated code, such as a long chain of `+` or brackets. If it is a third-party or generated file, mark it as vendored code.',
            ru: 'Это сгенерированный код, например длинная цепочка `+` или скобок. Если это сторонний или сгенерированный файл, отметьте его как сторонний код.',
          },
          actions: [{ kind: 'set-config', key: 'vendor', value: path }],
        });
        continue;
      }
      if (parsed.error) {
        report({
          file: path,
          line: parsed.error.line,
          column: parsed.error.column,
          message: {
            en: `Syntax error at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`,
            ru: `Синтаксическая ошибка, строка ${parsed.error.line}, столбец ${parsed.error.column}: ${parsed.error.message}`,
          },
          help: {
            en: 'The browser refuses the whole file, so the widget would not load; fix the code there.',
            ru: 'Браузер не выполнит весь файл, и виджет не загрузится; исправьте код в этом месте.',
          },
        });
        continue;
      }
      const index = scriptIndex(context, path);
      for (const write of index ? undeclaredWrites(context, index) : []) {
        const more = write.count > 1 ? ` (and ${write.count - 1} more time${write.count > 2 ? 's' : ''} in this file)` : '';
        const moreRu = write.count > 1 ? ` (и ещё ${countRu(write.count - 1, ['раз', 'раза', 'раз'])} в этом файле)` : '';
        report({
          file: path,
          ...positionOf(write.first),
          severity: 'warning',
          message: {
            en: `Assigns to "${write.name}"${more}, which is declared nowhere in scope`,
            ru: `Присваивает значение "${write.name}"${moreRu}, а эта переменная нигде не объявлена`,
          },
          help: {
            en:
              'In the browser it becomes a global variable of the whole CRM page (and a ReferenceError in strict mode). The checklist wants every ' +
              `variable declared before use: declare it with let, const or var where it belongs (\`let ${write.name} = ...\`).`,
            ru:
              'В браузере она станет глобальной переменной всей страницы CRM (а в строгом режиме — ReferenceError). Чек-лист требует объявлять ' +
              `каждую переменную до использования: объявите её через let, const или var там, где она нужна (\`let ${write.name} = ...\`).`,
          },
        });
      }
      if (parsed.sourceType === 'module' && !path.toLowerCase().endsWith('.mjs')) {
        const entry = path === SCRIPT_ENTRY;
        const where = firstModuleSyntax(context, path);
        report({
          file: path,
          ...(where ? positionOf(where) : { line: 1, column: 1 }),
          severity: entry ? 'error' : 'warning',
          message: {
            en: `${path} uses ES module syntax (import/export or top-level await)`,
            ru: `${path} использует синтаксис ES-модулей (import/export или await на верхнем уровне)`,
          },
          help: {
            en:
              `${entry ? 'The platform loads script.js' : 'Widget files are loaded'} through requirejs as classic scripts, where that is a syntax error. ` +
              'Wrap the code in define([...], function () {...}) or bundle it as an AMD module.',
            ru:
              `${entry ? 'Платформа загружает script.js' : 'Файлы виджета загружаются'} через requirejs как обычные скрипты, где это синтаксическая ошибка. ` +
              'Оберните код в define([...], function () {...}) или соберите его как AMD-модуль.',
          },
        });
      }
    }
  },
});
