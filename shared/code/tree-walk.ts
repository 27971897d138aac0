import type { AnyNode } from 'acorn';

/**
 * The keys of each node type acorn builds that may hold child nodes, in the order acorn sets them (the
 * order a `for...in` over the node lists them). Walking these instead of every key of every node halves
 * the walk of a large widget: a for-in also visits `start`, `end`, names, operators and flags.
 */
const CHILD_KEYS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['ArrayExpression', ['elements']],
  ['ArrayPattern', ['elements']],
  ['ArrowFunctionExpression', ['id', 'params', 'body']],
  ['AssignmentExpression', ['left', 'right']],
  ['AssignmentPattern', ['left', 'right']],
  ['AwaitExpression', ['argument']],
  ['BinaryExpression', ['left', 'right']],
  ['BlockStatement', ['body']],
  ['BreakStatement', ['label']],
  ['CallExpression', ['callee', 'arguments']],
  ['CatchClause', ['param', 'body']],
  ['ChainExpression', ['expression']],
  ['ClassBody', ['body']],
  ['ClassDeclaration', ['id', 'superClass', 'body']],
  ['ClassExpression', ['id', 'superClass', 'body']],
  ['ConditionalExpression', ['test', 'consequent', 'alternate']],
  ['ContinueStatement', ['label']],
  ['DebuggerStatement', []],
  ['DoWhileStatement', ['body', 'test']],
  ['EmptyStatement', []],
  ['ExportAllDeclaration', ['exported', 'source', 'attributes']],
  ['ExportDefaultDeclaration', ['declaration']],
  ['ExportNamedDeclaration', ['declaration', 'specifiers', 'source', 'attributes']],
  ['ExportSpecifier', ['local', 'exported']],
  ['ExpressionStatement', ['expression']],
  ['ForInStatement', ['left', 'right', 'body']],
  ['ForOfStatement', ['left', 'right', 'body']],
  ['ForStatement', ['init', 'test', 'update', 'body']],
  ['FunctionDeclaration', ['id', 'params', 'body']],
  ['FunctionExpression', ['id', 'params', 'body']],
  ['Identifier', []],
  ['IfStatement', ['test', 'consequent', 'alternate']],
  ['ImportAttribute', ['key', 'value']],
  ['ImportDeclaration', ['specifiers', 'source', 'attributes']],
  ['ImportDefaultSpecifier', ['local']],
  ['ImportExpression', ['source', 'options']],
  ['ImportNamespaceSpecifier', ['local']],
  ['ImportSpecifier', ['imported', 'local']],
  ['LabeledStatement', ['body', 'label']],
  // A literal's `value` may be a RegExp and its `regex` an object, but neither is a node.
  ['Literal', []],
  ['LogicalExpression', ['left', 'right']],
  ['MemberExpression', ['object', 'property']],
  ['MetaProperty', ['meta', 'property']],
  ['MethodDefinition', ['key', 'value']],
  ['NewExpression', ['callee', 'arguments']],
  ['ObjectExpression', ['properties']],
  ['ObjectPattern', ['properties']],
  ['ParenthesizedExpression', ['expression']],
  ['PrivateIdentifier', []],
  ['Program', ['body']],
  ['Property', ['key', 'value']],
  ['PropertyDefinition', ['key', 'value']],
  ['RestElement', ['argument']],
  ['ReturnStatement', ['argument']],
  ['SequenceExpression', ['expressions']],
  ['SpreadElement', ['argument']],
  ['StaticBlock', ['body']],
  ['Super', []],
  ['SwitchCase', ['consequent', 'test']],
  ['SwitchStatement', ['discriminant', 'cases']],
  ['TaggedTemplateExpression', ['tag', 'quasi']],
  // `value` holds the raw and cooked strings, not a node.
  ['TemplateElement', []],
  ['TemplateLiteral', ['expressions', 'quasis']],
  ['ThisExpression', []],
  ['ThrowStatement', ['argument']],
  ['TryStatement', ['block', 'handler', 'finalizer']],
  ['UnaryExpression', ['argument']],
  ['UpdateExpression', ['argument']],
  ['VariableDeclaration', ['declarations']],
  ['VariableDeclarator', ['id', 'init']],
  ['WhileStatement', ['test', 'body']],
  ['WithStatement', ['object', 'body']],
  ['YieldExpression', ['argument']],
]);

/** Keys of an acorn node that hold positions, not child nodes. */
const NON_CHILD_KEYS = new Set(['type', 'start', 'end', 'loc', 'range']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every key of a node of a type the table does not know (a newer parser): slower, and nothing is missed. */
function everyKey(node: AnyNode): string[] {
  const keys: string[] = [];
  for (const key in node) if (!NON_CHILD_KEYS.has(key)) keys.push(key);
  return keys;
}

/**
 * Visits every node under `root` with its parent, in a fixed order: a node, then its children from the
 * last key to the first (the order of findings that tie on a position depends on it). An explicit stack
 * instead of recursion: generated code such as a 2000-term string concatenation nests deeper than the
 * call stack allows, and acorn itself still parses it.
 */
export function walkTree(root: AnyNode, visit: (node: AnyNode, parent: AnyNode | null) => void): void {
  // Two stacks instead of a pair a node: the walk touches every node of every file, and the pairs were garbage.
  const nodes: AnyNode[] = [root];
  const parents: Array<AnyNode | null> = [null];
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    visit(node, parents.pop() as AnyNode | null);
    const keys = CHILD_KEYS.get(node.type) ?? everyKey(node);
    for (let k = 0; k < keys.length; k += 1) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]];
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) {
          const item: unknown = value[i];
          if (isNode(item)) {
            nodes.push(item);
            parents.push(node);
          }
        }
      } else if (isNode(value)) {
        nodes.push(value);
        parents.push(node);
      }
    }
  }
}
