import { positionOf } from '../../code/ast-query';
import { elementCreations } from '../../code/created-elements';
import { containsScriptTag, htmlSinks, onlyInertScripts } from '../../code/html-sinks';
import { minificationEvidence } from '../../code/minification';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';
import type { LocalizedMessage } from '../../model/finding';

const HOW_TO_FIX: LocalizedMessage = {
  en:
    'List the library as a dependency of your module instead: define([\'https://code.jquery.com/...\'], function (lib) {...}) ' +
    '(requirejs loads it and moderators can see every dependency in one place).',
  ru:
    'Вместо этого укажите библиотеку зависимостью вашего модуля: define([\'https://code.jquery.com/...\'], function (lib) {...}) ' +
    '(её загрузит requirejs, а модераторы увидят все зависимости в одном месте).',
};

export const scriptInjectionRule = defineRule({
  id: 'code/script-injection',
  defaultSeverity: 'error',
  summary: 'Scripts are loaded through requirejs define() dependencies, never injected into the page.',
  summaryRu: 'Скрипты подключаются через зависимости requirejs define() и никогда не внедряются в страницу.',
  docs:
    'The checklist forbids including external files through `document.createElement(\'script\')` or inserting a ' +
    '<script> element directly into head: "All external dependencies are connected via requirejs in the dependency ' +
    'block in define". The rule finds createElement(\'script\') (also createElementNS, and a variable holding ' +
    '\'script\'), and HTML strings containing a <script> tag handed to innerHTML/outerHTML, insertAdjacentHTML, ' +
    'document.write, createContextualFragment, `$(\'<script>\')` or jQuery\'s append/prepend/html/after/before. ' +
    'An empty `<script></script>` set through innerHTML loads and runs nothing (the browser never runs scripts ' +
    'inserted that way) and is not reported: React DOM creates elements like that in every bundle that includes it. ' +
    'In a file code/minified finds minified, own code and bundled libraries cannot be told apart (React DOM 19 ' +
    'creates script elements for ReactDOM.preinit), so createElement(\'script\') there is a warning to confirm. ' +
    'Fix: put the URL or module path in `define([...], function (...) {...})`.',
  sources: [
    SOURCES.amocrmChecklist('Development: "does not include external dependency files through document.createElement (\'script\')"'),
    SOURCES.amocrmChecklist('Development: "All external dependencies are connected via requirejs in the dependency block in define"'),
    SOURCES.kommoChecklist('Development: "does not include external dependency files through document.createElement (\'script\')"'),
  ],
  check(context, report) {
    for (const index of ownScriptIndexes(context)) {
      const minified = minificationEvidence(context, index.path) !== null;
      for (const call of elementCreations(index, 'script')) {
        const { line, column } = positionOf(call);
        const what = "Creates a <script> element with createElement('script')";
        const whatRu = "Создаёт элемент <script> через createElement('script')";
        report(
          minified
            ? {
                file: index.path,
                line,
                column,
                severity: 'warning',
                message: { en: `${what} in minified code`, ru: `${whatRu} в минифицированном коде` },
                help: {
                  en:
                    'This may be a library bundled into the file (React DOM 19 does this for ReactDOM.preinit) or your own code; ' +
                    `moderators audit both. If it is yours, the checklist forbids it: ${HOW_TO_FIX.en} If it is a library, ship it ` +
                    'as its own file listed in define() so your code stays readable and this check can tell them apart.',
                  ru:
                    'Это может быть встроенная в файл библиотека (React DOM 19 делает так для ReactDOM.preinit) или ваш собственный ' +
                    `код; модераторы проверяют и то, и другое. Если это ваш код, чек-лист это запрещает: ${HOW_TO_FIX.ru} Если это ` +
                    'библиотека, поставляйте её отдельным файлом, указанным в define(), чтобы ваш код оставался читаемым и проверка могла их различить.',
                },
              }
            : {
                file: index.path,
                line,
                column,
                message: { en: `${what}, which the checklist forbids`, ru: `${whatRu}, а чек-лист это запрещает` },
                help: HOW_TO_FIX,
              },
        );
      }
      for (const sink of htmlSinks(index)) {
        if (!containsScriptTag(sink.html) || onlyInertScripts(sink)) continue;
        const { line, column } = positionOf(sink.node);
        report({
          file: index.path,
          line,
          column,
          message: {
            en: `Inserts a <script> tag into the page through ${sink.via}, which the checklist forbids`,
            ru: `Вставляет тег <script> в страницу через ${sink.via}, а чек-лист это запрещает`,
          },
          help: HOW_TO_FIX,
        });
      }
    }
  },
});
