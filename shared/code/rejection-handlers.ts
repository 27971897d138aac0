import type { AnyNode, CallExpression } from 'acorn';
import { calledMethodName, isFunctionNode, keyName, memberPropertyName, unwrapChain } from './ast-query';
import type { ScriptIndex } from './script-index';

/**
 * Promise methods whose argument at the given position runs when the promise is rejected:
 * `.catch(onRejected)`, `.then(onFulfilled, onRejected)`, and jQuery Deferred's `.fail(onRejected)`
 * (what `$.ajax()` returns; jQuery 3 Deferreds are Promises/A+ and `.fail` registers the rejection callback).
 */
const REJECTION_ARGUMENT: Readonly<Record<string, number>> = { catch: 0, then: 1, fail: 0 };

/** `handler` and `handler.bind(this)` both name `handler`; this strips the bind. */
function withoutBind(node: AnyNode): AnyNode {
  const inner = unwrapChain(node);
  if (inner.type === 'CallExpression' && calledMethodName(inner) === 'bind') {
    const callee = unwrapChain(inner.callee);
    if (callee.type === 'MemberExpression') return unwrapChain(callee.object);
  }
  return inner;
}

function rejectionArgument(call: CallExpression): AnyNode | null {
  const method = calledMethodName(call);
  if (method === null || !(method in REJECTION_ARGUMENT)) return null;
  const argument = call.arguments[REJECTION_ARGUMENT[method]];
  return argument && argument.type !== 'SpreadElement' ? argument : null;
}

/** Every expression passed as an onRejected handler in this file (bind stripped). */
function rejectionArguments(index: ScriptIndex): ReadonlySet<AnyNode> {
  return index.memo('rejection-arguments', () => {
    const result = new Set<AnyNode>();
    for (const call of index.nodesOfType('CallExpression')) {
      const argument = rejectionArgument(call);
      if (argument) result.add(withoutBind(argument));
    }
    return result;
  });
}

/** Names of handlers passed by reference: `.catch(onError)`, `.catch(self.onError.bind(self))` give `onError`. */
function rejectionHandlerNames(index: ScriptIndex): ReadonlySet<string> {
  return index.memo('rejection-handler-names', () => {
    const names = new Set<string>();
    for (const argument of rejectionArguments(index)) {
      if (argument.type === 'Identifier') names.add(argument.name);
      if (argument.type === 'MemberExpression') {
        const name = memberPropertyName(argument);
        if (name) names.add(name);
      }
    }
    return names;
  });
}

/** The name a function is known by where it is defined: declaration, variable, assignment, or object key. */
function definedName(index: ScriptIndex, fn: AnyNode): string | null {
  if (fn.type === 'FunctionDeclaration') return fn.id?.name ?? null;
  const parent = index.parentOf(fn);
  if (!parent) return null;
  if (parent.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier') return parent.id.name;
  if (parent.type === 'AssignmentExpression' && parent.right === fn) {
    const target = unwrapChain(parent.left);
    if (target.type === 'Identifier') return target.name;
    if (target.type === 'MemberExpression') return memberPropertyName(target);
  }
  if ((parent.type === 'Property' || parent.type === 'PropertyDefinition') && parent.value === fn) return keyName(parent);
  if (parent.type === 'MethodDefinition' && parent.value === fn) return keyName(parent);
  return null;
}

/**
 * True when `node` is itself handed to a promise as its rejection handler (`.catch(console.trace)`),
 * or when `node` is a function that is one: passed inline, or defined under a name that some
 * `.catch(name)` / `.then(ok, name)` in the same file passes.
 */
export function isRejectionHandler(index: ScriptIndex, node: AnyNode): boolean {
  if (rejectionArguments(index).has(node)) return true;
  if (!isFunctionNode(node)) return false;
  const name = definedName(index, node);
  return name !== null && rejectionHandlerNames(index).has(name);
}

/**
 * True when `node` runs while handling an error: inside the body of a `catch` clause, or inside a
 * promise rejection handler. Functions written inside a catch block count as inside it: the
 * checklist speaks of code in the block, and such callbacks exist only to report that error.
 */
export function isInsideErrorHandling(index: ScriptIndex, node: AnyNode): boolean {
  if (isRejectionHandler(index, node)) return true;
  let child: AnyNode = node;
  for (let current = index.parentOf(node); current; current = index.parentOf(current)) {
    if (current.type === 'CatchClause' && current.body === child) return true;
    if (isFunctionNode(current) && isRejectionHandler(index, current)) return true;
    child = current;
  }
  return false;
}
