import type {
  AnonymousFunctionDeclaration,
  AnyNode,
  ArrowFunctionExpression,
  AssignmentProperty,
  CallExpression,
  Expression,
  FunctionDeclaration,
  FunctionExpression,
  MemberExpression,
  MethodDefinition,
  NewExpression,
  Node,
  Property,
  PropertyDefinition,
} from 'acorn';
import { nodePosition } from './node-positions';

export type FunctionNode = FunctionDeclaration | AnonymousFunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

/** 1-based line and column of a node, as findings carry them. */
export function positionOf(node: Node): { line: number; column: number } {
  const start = nodePosition(node);
  return { line: start?.line ?? 1, column: (start?.column ?? 0) + 1 };
}

export function isFunctionNode(node: AnyNode | null | undefined): node is FunctionNode {
  return (
    node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionDeclaration'
  );
}

/** `a?.b` arrives wrapped in a ChainExpression; the rules look at the member inside. */
export function unwrapChain(node: AnyNode): AnyNode {
  return node.type === 'ChainExpression' ? node.expression : node;
}

/**
 * The operands of `a + b + c` in order. Long concatenations nest to the left, so they are unrolled
 * with a loop: generated code can chain thousands of them.
 */
function concatenation(node: AnyNode): AnyNode[] {
  const parts: AnyNode[] = [];
  let current = node;
  while (current.type === 'BinaryExpression' && current.operator === '+') {
    parts.push(current.right);
    current = current.left;
  }
  parts.push(current);
  return parts.reverse();
}

/**
 * The value of a string the code spells out: a literal, a template without `${}`, or a `+` of those.
 * Null for anything computed at run time.
 */
export function staticString(node: AnyNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral') {
    return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? null) : null;
  }
  if (node.type !== 'BinaryExpression' || node.operator !== '+') return null;
  let text = '';
  for (const part of concatenation(node)) {
    const value = staticString(part);
    if (value === null) return null;
    text += value;
  }
  return text;
}

/** Marks where a run-time value sits inside a string skeleton. */
export const DYNAMIC_PART = '\u0000';

/**
 * A string built from literals and values, with each value replaced by DYNAMIC_PART:
 * `'<script src="' + url + '">'` gives `<script src="\0">`. Null when no part is a literal string,
 * so `a + b` (numbers or unknowns) is not mistaken for text.
 */
export function stringSkeleton(node: AnyNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral') {
    let text = '';
    node.quasis.forEach((quasi, i) => {
      text += quasi.value.cooked ?? quasi.value.raw;
      if (i < node.expressions.length) text += stringSkeleton(node.expressions[i]) ?? DYNAMIC_PART;
    });
    return text;
  }
  if (node.type !== 'BinaryExpression' || node.operator !== '+') return null;
  const parts = concatenation(node).map((part) => stringSkeleton(part));
  if (parts.every((part) => part === null)) return null;
  return parts.map((part) => part ?? DYNAMIC_PART).join('');
}

/** True when the value is certainly a string (a literal, a template, or `+` with a string on one side). */
export function isStringExpression(node: AnyNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return true;
  if (node.type !== 'BinaryExpression' || node.operator !== '+') return false;
  return concatenation(node).some((part) => isStringExpression(part));
}

/** `obj.name` and `obj['name']` give `name`; a computed key gives null. */
export function memberPropertyName(member: MemberExpression): string | null {
  if (!member.computed) return member.property.type === 'Identifier' ? member.property.name : null;
  return staticString(member.property);
}

/** The name of an object literal or class member key: `render`, `'render'`, `render()`. */
export function keyName(member: Property | AssignmentProperty | PropertyDefinition | MethodDefinition): string | null {
  const key = member.key;
  if (!member.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return member.computed ? staticString(key) : null;
}

/** The property name a call is made through: `$.ajax(...)` gives `ajax`, `fn(...)` gives null. */
export function calledMethodName(call: CallExpression): string | null {
  const callee = unwrapChain(call.callee);
  return callee.type === 'MemberExpression' ? memberPropertyName(callee) : null;
}

/**
 * A member chain split into its root and the property names after it:
 * `window.AMOCRM.data['x']` gives root `window` and `['AMOCRM', 'data', 'x']`.
 * Null when a step is computed at run time (`a[i]`).
 */
export function memberChain(node: AnyNode): { root: AnyNode; path: string[] } | null {
  const path: string[] = [];
  let current = unwrapChain(node);
  while (current.type === 'MemberExpression') {
    const name = memberPropertyName(current);
    if (name === null) return null;
    path.unshift(name);
    current = unwrapChain(current.object);
  }
  return { root: current, path };
}

/** `false`, `0` and `!1` (what minifiers write for false). */
export function isFalseLiteral(node: AnyNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return node.value === false || node.value === 0;
  return node.type === 'UnaryExpression' && node.operator === '!' && node.argument.type === 'Literal' && node.argument.value === 1;
}

/** `true` and `!0` (what minifiers write for true). */
export function isTrueLiteral(node: AnyNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return node.value === true;
  return node.type === 'UnaryExpression' && node.operator === '!' && node.argument.type === 'Literal' && node.argument.value === 0;
}

/** Names a declaration or parameter pattern binds: `{ a, b: [c, ...d] = {} }` gives a, c, d. */
export function patternNames(pattern: AnyNode | null | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? patternNames(property.argument) : patternNames(property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => patternNames(element));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

/** Targets an assignment writes to, through destructuring: `[a.b, { c: APP.x }] = v` gives a.b and APP.x. */
export function assignmentTargets(pattern: AnyNode | null | undefined): AnyNode[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? assignmentTargets(property.argument) : assignmentTargets(property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => assignmentTargets(element));
    case 'RestElement':
      return assignmentTargets(pattern.argument);
    case 'AssignmentPattern':
      return assignmentTargets(pattern.left);
    default:
      return [pattern];
  }
}

/** Arguments as expressions; a spread argument (`...args`) is unknown and comes back as null. */
export function argumentAt(call: CallExpression | NewExpression, index: number): Expression | null {
  const argument = call.arguments[index];
  return argument && argument.type !== 'SpreadElement' ? argument : null;
}

/** The condition an ancestor tests before running `child`: an if's test, a ternary's, the left of `&&`. */
export function conditionGuarding(ancestor: AnyNode, child: AnyNode): AnyNode | null {
  if ((ancestor.type === 'IfStatement' || ancestor.type === 'ConditionalExpression') && ancestor.test !== child) return ancestor.test;
  if (ancestor.type === 'LogicalExpression' && ancestor.right === child) return ancestor.left;
  return null;
}
