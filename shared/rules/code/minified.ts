import { bundleOf } from '../../code/bundle-modules';
import { minificationEvidence } from '../../code/minification';
import { ownScriptPaths } from '../../code/own-files';
import { defineRule, SOURCES } from '../rule';

export const minifiedRule = defineRule({
  id: 'code/minified',
  defaultSeverity: 'warning',
  summary: 'The widget\'s own code is readable: not minified, packed or obfuscated.',
  summaryRu: 'Собственный код виджета читаем: не минифицирован, не упакован и не обфусцирован.',
  docs:
    'Moderators read your code; amoCRM rejects minified or obfuscated own code, and the checklist says the more ' +
    'readable the code, the faster the review. For each own .js file (not matched by `vendor`, default `**/*.min.js` ' +
    'and `vendor/**`) the rule looks for: Dean Edwards\' packer (`eval(function(p,a,c,k,e,d)`), obfuscator names ' +
    '(`_0x1a2b`), lines holding 2000+ characters of code, an average over 200 characters of code per line (string ' +
    'literals and comments are not counted, so long data strings do not trigger it), and names mangled to one or two ' +
    'letters (75% of 50+ names). Fix: upload the readable source; if the file is a third-party library, name it ' +
    '*.min.js, put it under vendor/, or add its path to "vendor" in widget-publisher.json. A webpack, vite, esbuild or ' +
    'parcel bundle is named as such, with the advice to build it without minifying.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The more readable and understandable your code is, the faster we will be able to check it"'),
    SOURCES.facts('Moderation: "amoCRM.ru rejects minified or obfuscated own code"', 'https://www.amocrm.ru/developers/content/integrations/requirements'),
  ],
  check(context, report) {
    for (const path of ownScriptPaths(context)) {
      const evidence = minificationEvidence(context, path);
      if (!evidence) continue;
      const bundle = bundleOf(context, path);
      if (bundle) {
        // A bundle is built, not written: "upload the readable source" or "name it *.min.js" would not help.
        report({
          file: path,
          line: evidence.line ?? null,
          column: evidence.column ?? null,
          message: {
            en: `${path} is a minified ${bundle.tool} bundle: ${evidence.reason}.`,
            ru: `${path} — минифицированная сборка ${bundle.tool}: ${evidence.reasonRu}.`,
          },
          help: {
            en:
              'Moderators reject unreadable own code. Build the bundle without minifying (turn the minifier off in the bundler\'s ' +
              'production settings): your modules stay readable, and the libraries inside it may stay as they are.',
            ru:
              'Модераторы отклоняют нечитаемый собственный код. Соберите бандл без минификации (отключите минификатор в ' +
              'настройках сборки): ваши модули останутся читаемыми, а библиотеки внутри можно оставить как есть.',
          },
        });
        continue;
      }
      report({
        file: path,
        line: evidence.line ?? null,
        column: evidence.column ?? null,
        message: { en: `${path} looks minified or obfuscated: ${evidence.reason}`, ru: `${path} похож на минифицированный или обфусцированный код: ${evidence.reasonRu}` },
        help: {
          en:
            'Moderators reject unreadable own code. Upload the readable source; if this is a third-party library, name it *.min.js, ' +
            'put it under vendor/, or mark it as vendored code.',
          ru:
            'Модераторы отклоняют нечитаемый собственный код. Загрузите читаемый исходный код; если это сторонняя библиотека, ' +
            'назовите её *.min.js, положите в vendor/ или отметьте её как сторонний код.',
        },
        actions: [{ kind: 'set-config', key: 'vendor', value: path }],
      });
    }
  },
});
