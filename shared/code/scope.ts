import type { AnyNode } from 'acorn';
import { isFunctionNode, memberChain, memberPropertyName, patternNames, unwrapChain } from './ast-query';
import type { ScriptIndex } from './script-index';

type ScopeTable = Map<AnyNode, Set<string>>;

const BLOCK_SCOPES = new Set<string>([
  'BlockStatement',
  'StaticBlock',
  'SwitchStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'Program',
]);

/** The names the global object is reached through. `self` is left out: widgets use it for `this`. */
const GLOBAL_OBJECT_NAMES = new Set(['window', 'globalThis']);

function nearest(index: ScriptIndex, from: AnyNode, test: (node: AnyNode) => boolean): AnyNode | null {
  for (let node = index.parentOf(from); node; node = index.parentOf(node)) {
    if (test(node)) return node;
  }
  return null;
}

function declare(table: ScopeTable, scope: AnyNode | null, names: readonly string[]): void {
  if (!scope || names.length === 0) return;
  const set = table.get(scope) ?? new Set<string>();
  for (const name of names) set.add(name);
  table.set(scope, set);
}

/**
 * Which names each scope declares. Deliberately generous (a function declared in a block also
 * counts for the whole function, as sloppy-mode browsers treat it): the rules use this to avoid
 * flagging a widget's own local `APP` or `alert`, and a missed shadow would be a false alarm.
 */
function scopeTable(index: ScriptIndex): ScopeTable {
  return index.memo('scope-table', () => {
    const table: ScopeTable = new Map();
    const isFunctionScope = (node: AnyNode): boolean => isFunctionNode(node) || node.type === 'Program';
    const isBlockScope = (node: AnyNode): boolean => BLOCK_SCOPES.has(node.type);

    for (const declaration of index.nodesOfType('VariableDeclaration')) {
      const names = declaration.declarations.flatMap((declarator) => patternNames(declarator.id));
      const scope = declaration.kind === 'var' ? nearest(index, declaration, isFunctionScope) : nearest(index, declaration, isBlockScope);
      declare(table, scope, names);
    }
    for (const declaration of index.nodesOfType('FunctionDeclaration')) {
      if (!declaration.id) continue;
      declare(table, nearest(index, declaration, isBlockScope), [declaration.id.name]);
      declare(table, nearest(index, declaration, isFunctionScope), [declaration.id.name]);
    }
    for (const declaration of index.nodesOfType('ClassDeclaration')) {
      if (declaration.id) declare(table, nearest(index, declaration, isBlockScope), [declaration.id.name]);
    }
    for (const type of ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'] as const) {
      for (const fn of index.nodesOfType(type)) {
        declare(table, fn, fn.params.flatMap((param) => patternNames(param)));
        if (fn.type === 'FunctionExpression' && fn.id) declare(table, fn, [fn.id.name]);
      }
    }
    for (const expression of index.nodesOfType('ClassExpression')) {
      if (expression.id) declare(table, expression, [expression.id.name]);
    }
    for (const clause of index.nodesOfType('CatchClause')) declare(table, clause, patternNames(clause.param));
    for (const declaration of index.nodesOfType('ImportDeclaration')) {
      declare(table, index.ast, declaration.specifiers.map((specifier) => specifier.local.name));
    }
    return table;
  });
}

export interface ShadowOptions {
  /**
   * Whether a declaration at the top of the file hides the global. True for most rules; false when
   * asking "is this the platform's object": a top-level `var APP` in a classic script IS window.APP.
   */
  topLevelShadows?: boolean;
}

/** True when `name`, as seen from `node`, is a local binding rather than the global of that name. */
export function isShadowed(index: ScriptIndex, node: AnyNode, name: string, options: ShadowOptions = {}): boolean {
  const table = scopeTable(index);
  const topLevelShadows = options.topLevelShadows ?? true;
  for (let scope = index.parentOf(node); scope; scope = index.parentOf(scope)) {
    if (scope.type === 'Program' && !topLevelShadows && index.sourceType === 'script') continue;
    if (table.get(scope)?.has(name)) return true;
  }
  return false;
}

/**
 * The scope node (a function, block or the Program) whose declaration of `name` the identifier at `node`
 * refers to, or null when no scope of the file declares it (a global). Two references mean the same
 * variable when they give the same scope.
 */
export function declaringScope(index: ScriptIndex, node: AnyNode, name: string): AnyNode | null {
  const table = scopeTable(index);
  for (let scope = index.parentOf(node); scope; scope = index.parentOf(scope)) {
    if (table.get(scope)?.has(name)) return scope;
  }
  return null;
}

/**
 * The path of a reference to a global, with `window.` / `globalThis.` dropped:
 * `window.console.trace` and `console.trace` both give `['console', 'trace']`.
 * Null when the root is a local binding, `this`, or a step is computed at run time.
 */
export function globalPath(index: ScriptIndex, node: AnyNode, options: ShadowOptions = {}): string[] | null {
  const chain = memberChain(node);
  if (!chain || chain.root.type !== 'Identifier') return null;
  const rootName = chain.root.name;
  if (isShadowed(index, chain.root, rootName, options)) return null;
  const path = [rootName, ...chain.path];
  while (path.length > 1 && GLOBAL_OBJECT_NAMES.has(path[0])) path.shift();
  return path;
}

/**
 * The last step of a reference as `globalPath` would give it (`trace` of `window.console.trace`, `alert` of
 * `alert`), without building the path or looking at scopes: a cheap first test before globalPath.
 */
function lastStepName(node: AnyNode): string | null {
  const target = unwrapChain(node);
  if (target.type === 'Identifier') return target.name;
  return target.type === 'MemberExpression' ? memberPropertyName(target) : null;
}

/** Whether a path whose last step is `last` can join into `dotted`: `dotted` ends with that step. */
function mayJoinInto(dotted: string, last: string): boolean {
  return dotted.endsWith(last) && (dotted.length === last.length || dotted[dotted.length - last.length - 1] === '.');
}

/**
 * The path of `node` when it is one of the globals `dotted` (`'console.log'`, `'alert'`), reached directly or through
 * window; null otherwise. Rules ask this of every call or member of every file, and nearly all end in a step
 * no name of `dotted` ends with: those are answered without building the path or walking the scopes.
 */
export function globalPathIn(index: ScriptIndex, node: AnyNode, dotted: ReadonlySet<string>, options: ShadowOptions = {}): string[] | null {
  const last = lastStepName(node);
  if (last === null) return null;
  let possible = false;
  for (const name of dotted) {
    if (mayJoinInto(name, last)) {
      possible = true;
      break;
    }
  }
  if (!possible) return null;
  const path = globalPath(index, node, options);
  return path !== null && dotted.has(path.join('.')) ? path : null;
}

/** True when `node` is exactly the global `dotted` (`'console.trace'`), reached directly or through window. */
export function isGlobalReference(index: ScriptIndex, node: AnyNode, dotted: string): boolean {
  const last = lastStepName(node);
  if (last === null || !mayJoinInto(dotted, last)) return false;
  const path = globalPath(index, node);
  return path !== null && path.join('.') === dotted;
}

/** True when `node` is written to (`x = ...`, `x++`, `delete x`), not read. */
export function isWriteTarget(index: ScriptIndex, node: AnyNode): boolean {
  const parent = index.parentOf(node);
  if (!parent) return false;
  if (parent.type === 'AssignmentExpression') return parent.left === node;
  if (parent.type === 'UpdateExpression') return true;
  return parent.type === 'UnaryExpression' && parent.operator === 'delete';
}
