import { positionOf } from '../../code/ast-query';
import { isInsideErrorHandling } from '../../code/rejection-handlers';
import { isGlobalReference, isWriteTarget } from '../../code/scope';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

export const consoleTraceRule = defineRule({
  id: 'code/console-trace',
  defaultSeverity: 'error',
  summary: 'console.trace is used only in a catch block or a promise rejection handler.',
  summaryRu: 'console.trace используется только в блоке catch или в обработчике отклонённого промиса.',
  docs:
    'Moderators reject console.trace outside (a) a catch block and (b) the onRejected argument of a promise. ' +
    'The rule accepts it in the body of `catch (e) {...}`, in a function passed to `.catch(fn)`, as the second ' +
    'argument of `.then(ok, fn)`, or to jQuery\'s `.fail(fn)` (the rejection callback of what `$.ajax()` returns), ' +
    'in a function defined elsewhere in the same file and passed by name (`.catch(onError)`, `.catch(self.onError.bind(self))`), ' +
    'and `console.trace` itself passed as the handler (`.catch(console.trace)`). A callback written inside a catch block ' +
    'counts as inside it. Everywhere else, including `try {}` and `finally {}`, remove the call or move it into the ' +
    'error handler. `window.console.trace` and `console["trace"]` are found too; a local variable named `console` is not the console.',
  sources: [
    SOURCES.amocrmChecklist('Development: "You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument"'),
    SOURCES.kommoChecklist('Development: "You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument"'),
  ],
  check(context, report) {
    for (const index of ownScriptIndexes(context)) {
      for (const member of index.nodesOfType('MemberExpression')) {
        if (!isGlobalReference(index, member, 'console.trace') || isWriteTarget(index, member)) continue;
        if (isInsideErrorHandling(index, member)) continue;
        const { line, column } = positionOf(member);
        report({
          file: index.path,
          line,
          column,
          message: { en: 'console.trace outside a catch block and a promise rejection handler', ru: 'console.trace вне блока catch и обработчика отклонения промиса' },
          help: {
            en: 'The checklist forbids it there. Remove it, or move it into `catch (error) {...}` or `.catch(function (error) {...})`.',
            ru: 'Там чек-лист его запрещает. Удалите его или перенесите в `catch (error) {...}` или `.catch(function (error) {...})`.',
          },
        });
      }
    }
  },
});
