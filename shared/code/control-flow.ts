import type { AnyNode, Statement } from 'acorn';
import { isFunctionNode, isTrueLiteral } from './ast-query';
import type { ScriptIndex } from './script-index';

const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

/** True when an unlabelled `break` inside `target` (a loop or switch) leaves `target` itself. */
function hasBreakOut(index: ScriptIndex, target: AnyNode): boolean {
  return index.nodesOfType('BreakStatement').some((statement) => {
    if (statement.start < target.start || statement.end > target.end) return false;
    if (statement.label) return true;
    for (const ancestor of index.ancestorsOf(statement)) {
      if (ancestor === target) return true;
      if (LOOPS.has(ancestor.type) || ancestor.type === 'SwitchStatement' || isFunctionNode(ancestor)) return false;
    }
    return false;
  });
}

/**
 * Whether running `statement` can reach the code after it, i.e. a function ending with it can finish
 * without a `return`. Errs toward "yes" only where the answer needs values known at run time.
 */
export function canCompleteNormally(index: ScriptIndex, statement: Statement | null | undefined): boolean {
  if (!statement) return true;
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return false;
    case 'BlockStatement':
      return statement.body.every((inner) => canCompleteNormally(index, inner));
    case 'IfStatement':
      return !statement.alternate || canCompleteNormally(index, statement.consequent) || canCompleteNormally(index, statement.alternate);
    case 'TryStatement': {
      if (statement.finalizer && !canCompleteNormally(index, statement.finalizer)) return false;
      const blockCompletes = canCompleteNormally(index, statement.block);
      const handlerCompletes = statement.handler ? canCompleteNormally(index, statement.handler.body) : false;
      return blockCompletes || handlerCompletes;
    }
    case 'LabeledStatement':
      return canCompleteNormally(index, statement.body);
    case 'SwitchStatement': {
      const hasDefault = statement.cases.some((switchCase) => switchCase.test === null);
      const last = statement.cases[statement.cases.length - 1];
      if (!hasDefault || !last || hasBreakOut(index, statement)) return true;
      return last.consequent.every((inner) => canCompleteNormally(index, inner));
    }
    case 'WhileStatement':
    case 'DoWhileStatement':
      return !isTrueLiteral(statement.test) || hasBreakOut(index, statement);
    case 'ForStatement':
      return (statement.test !== null && statement.test !== undefined && !isTrueLiteral(statement.test)) || hasBreakOut(index, statement);
    default:
      return true;
  }
}
