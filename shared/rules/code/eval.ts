import type { AnyNode } from 'acorn';
import { argumentAt, calledMethodName, isStringExpression, positionOf, unwrapChain } from '../../code/ast-query';
import { globalPathIn } from '../../code/scope';
import type { ScriptIndex } from '../../code/script-index';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';
import type { LocalizedMessage } from '../../model/finding';

const TIMERS = new Set(['setTimeout', 'setInterval']);
/** The globals that run or build code from a string. */
const CODE_RUNNERS: ReadonlySet<string> = new Set(['eval', 'Function', ...TIMERS]);

/** The code-running global a callee names: `eval`, `window.eval`, and the indirect `(0, eval)`; null for any other callee. */
function calleeGlobal(index: ScriptIndex, callee: AnyNode): string | null {
  let target = unwrapChain(callee);
  if (target.type === 'SequenceExpression') target = target.expressions[target.expressions.length - 1];
  const path = globalPathIn(index, target, CODE_RUNNERS);
  return path ? path[0] : null;
}

function findings(index: ScriptIndex): Array<{ node: AnyNode; what: LocalizedMessage }> {
  const found: Array<{ node: AnyNode; what: LocalizedMessage }> = [];
  for (const call of index.nodesOfType('CallExpression')) {
    const name = calleeGlobal(index, call.callee);
    if (name === 'eval') found.push({ node: call, what: { en: 'eval() runs a string as code', ru: 'eval() выполняет строку как код' } });
    else if (name === 'Function') {
      found.push({ node: call, what: { en: 'Function() builds code from a string', ru: 'Function() собирает код из строки' } });
    } else if (name && TIMERS.has(name) && isStringExpression(argumentAt(call, 0))) {
      found.push({ node: call, what: { en: `${name}() with a string runs that string as code`, ru: `${name}() со строкой выполняет эту строку как код` } });
    } else if (calledMethodName(call) === 'globalEval') {
      found.push({ node: call, what: { en: 'globalEval() runs a string as code', ru: 'globalEval() выполняет строку как код' } });
    }
  }
  for (const expression of index.nodesOfType('NewExpression')) {
    if (calleeGlobal(index, expression.callee) === 'Function') {
      found.push({ node: expression, what: { en: 'new Function() builds code from a string', ru: 'new Function() собирает код из строки' } });
    }
  }
  return found.sort((a, b) => a.node.start - b.node.start);
}

export const evalRule = defineRule({
  id: 'code/eval',
  defaultSeverity: 'warning',
  summary: 'No eval(), new Function() or string timers: code is not built from text at run time.',
  summaryRu: 'Нет eval(), new Function() и таймеров со строкой: код не собирается из текста во время работы.',
  docs:
    'Code made from strings cannot be reviewed: moderators audit the code you upload, and the checklist asks that ' +
    '"The integration does not execute code obtained from the iFrame". The rule reports `eval()` (also `window.eval` ' +
    'and `(0, eval)()`), `Function()` / `new Function()`, `setTimeout`/`setInterval` given a string, and jQuery\'s ' +
    '`globalEval`. Fix: call your functions directly, parse data with JSON.parse, and pass a function to timers.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The integration does not execute code obtained from the iFrame"'),
    SOURCES.kommoChecklist('Development: "The integration does not execute code obtained from the iFrame"'),
    SOURCES.facts('Moderation: a code audit, then a functional test', 'https://developers.kommo.com/docs/moderation-process'),
  ],
  check(context, report) {
    for (const index of ownScriptIndexes(context)) {
      for (const { node, what } of findings(index)) {
        const { line, column } = positionOf(node);
        report({
          file: index.path,
          line,
          column,
          message: what,
          help: {
            en: 'Moderators cannot review code that is built at run time; call functions directly (and pass a function to timers) instead.',
            ru: 'Модераторы не могут проверить код, который собирается во время выполнения; вызывайте функции напрямую (а в таймеры передавайте функцию).',
          },
        });
      }
    }
  },
});
