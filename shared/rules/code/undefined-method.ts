import { positionOf } from '../../code/ast-query';
import { handWrittenScriptIndexes } from '../../code/hand-written-scripts';
import { undefinedMethodCalls } from '../../code/widget-methods';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';

const CALLS_RU = ['раз', 'раза', 'раз'] as const;

export const undefinedMethodRule = defineRule({
  id: 'code/undefined-method',
  defaultSeverity: 'error',
  summary: 'The code calls no widget method that nothing defines (it would throw a TypeError).',
  summaryRu: 'Код не вызывает методов виджета, которые нигде не определены (это вызвало бы TypeError).',
  docs:
    'The widget object is what script.js\'s constructor (or class) builds, plus the methods the platform adds to every widget ' +
    '(render, render_template, i18n, get_settings, set_settings, system, crm_post, get_version, list_selected, add_action ... ' +
    'the script.js and JS methods pages). Calling `self.renderList()` or `this.callbacks.loadData()` when nothing defines ' +
    'renderList or loadData throws "is not a function" at that line: the callback stops, and in render or init the widget ' +
    'never appears. It happens when a helper was deleted or commented out, renamed, or misspelt. The rule looks at calls on ' +
    '`this` inside the widget\'s constructor, its class or prototype methods (not those handed out as event handlers, ' +
    'where `this` is something else), on variables holding it (`var self = this`) and on its ' +
    'callbacks, and accepts a member defined anywhere in the widget\'s own scripts (an assignment, an object literal key, a ' +
    'class member, a prototype, a mixed-in object). It says nothing about a widget whose members are added in ways the code ' +
    'does not spell out (`self[name] = ...`, mixing in an object it cannot read, a parent constructor), about calls under a ' +
    'test of the member (`typeof self.x === \'function\'`, `if (self.x)`) or inside try, and about minified files and ' +
    'bundles. Each name is reported once per file, with the number of calls. The checklist asks for a widget that works: ' +
    'moderators test it.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The widget works without errors"; Clean files: commented-out and unused code'),
    SOURCES.facts('script.js callbacks; the widget object inherits the platform\'s methods', 'https://developers.kommo.com/docs/script-js'),
    SOURCES.facts('script.js: "Методы объекта widget" (render, render_template, set_lang, set_settings, list_selected, crm_post ...)', 'https://www.amocrm.ru/developers/content/integrations/script_js'),
    SOURCES.structure('self.i18n(\'obj_name\') reads the localisation files from JS'),
  ],
  check(context, report) {
    for (const index of handWrittenScriptIndexes(context)) {
      for (const call of undefinedMethodCalls(context, index)) {
        const { line, column } = positionOf(call.first);
        const more = call.count > 1 ? { en: ` (called ${call.count} times in this file)`, ru: ` (вызывается ${countRu(call.count, CALLS_RU)} в этом файле)` } : { en: '', ru: '' };
        report({
          file: index.path,
          line,
          column,
          message: {
            en: `"${call.written}()" is called at ${index.path}:${line} but nothing defines ${call.name} on the widget: this call will throw a TypeError${more.en}.`,
            ru: `"${call.written}()" вызывается в ${index.path}:${line}, но ${call.name} нигде не определён у виджета: этот вызов выбросит TypeError${more.ru}.`,
          },
          help: {
            en:
              'Define the method on the widget (in the constructor, its callbacks, the prototype or a class), or restore it if it was ' +
              'deleted or commented out; if the name is misspelt, correct it; if it is optional, test it before calling ' +
              '(typeof self.x === \'function\').',
            ru:
              'Определите метод у виджета (в конструкторе, в callbacks, в prototype или в классе) или верните его, если его удалили ' +
              'или закомментировали; если в имени опечатка, исправьте её; если метод необязателен, проверьте его перед вызовом ' +
              '(typeof self.x === \'function\').',
          },
        });
      }
    }
  },
});
