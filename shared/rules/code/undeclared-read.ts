import { positionOf } from '../../code/ast-query';
import { handWrittenScriptIndexes } from '../../code/hand-written-scripts';
import { undeclaredReads } from '../../code/undeclared-reads';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';

const READS_RU = ['раз', 'раза', 'раз'] as const;

export const undeclaredReadRule = defineRule({
  id: 'code/undeclared-read',
  defaultSeverity: 'error',
  summary: 'The code reads no variable that nothing declares (it would throw a ReferenceError).',
  summaryRu: 'Код не читает переменных, которые нигде не объявлены (это вызвало бы ReferenceError).',
  docs:
    'Reading a name that no scope declares and that the page does not provide throws a ReferenceError at that line: ' +
    'the callback stops, and when it is render or init the widget never appears. It happens when the only declaration ' +
    'was commented out or deleted, or a name is misspelt. The rule reads the widget\'s own scripts and reports names ' +
    'that are not declared in any enclosing scope, not a browser or JavaScript global, not AMD\'s define/require, not ' +
    'a global of the CRM page (AMOCRM, APP, Kommo, and the libraries the platform gives widgets: $/jQuery, _, Twig, ' +
    'moment), and not a global the widget makes itself (a top-level var of a classic script, or a name it assigns). ' +
    '`typeof x` and reads inside a try block are left alone: such code expects the name may be missing. Minified ' +
    'files and bundles are skipped (their libraries test for globals in ways a reader cannot follow). Each name is ' +
    'reported once per file, with the number of reads. The checklist asks for a widget that works: moderators test it.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The widget works without errors"; Clean files: commented-out and unused code'),
    SOURCES.facts('script.js callbacks: render must return true, or init and bind_actions never run', 'https://developers.kommo.com/docs/script-js'),
  ],
  check(context, report) {
    const pageGlobals = context.profile.pageGlobals;
    for (const index of handWrittenScriptIndexes(context)) {
      for (const read of undeclaredReads(context, index, pageGlobals)) {
        const { line, column } = positionOf(read.first);
        const more = read.count > 1 ? { en: ` (read ${read.count} times in this file)`, ru: ` (читается ${countRu(read.count, READS_RU)} в этом файле)` } : { en: '', ru: '' };
        report({
          file: index.path,
          line,
          column,
          message: {
            en: `"${read.name}" is read at ${index.path}:${line} but nothing declares it: this line will throw a ReferenceError${more.en}.`,
            ru: `"${read.name}" читается в ${index.path}:${line}, но нигде не объявлена: эта строка вызовет ReferenceError${more.ru}.`,
          },
          help: {
            en:
              'Declare it (var, let or const) in a scope this code can see, or restore the declaration if it was commented out; ' +
              'if it is a library\'s global, load the library as a define() dependency and use the factory\'s argument; ' +
              'if the name is misspelt, correct it.',
            ru:
              'Объявите переменную (var, let или const) в области видимости этого кода или верните объявление, если его закомментировали; ' +
              'если это глобальная переменная библиотеки, подключите библиотеку как зависимость define() и используйте аргумент фабрики; ' +
              'если в имени опечатка, исправьте её.',
          },
        });
      }
    }
  },
});
