import type { AnyNode, Program } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { parentNode, registerProgram, setParentNode } from './node-positions';
import { ownScriptPaths } from './own-files';
import { parseScript, type ParsedScript, type ScriptSourceType } from './parse-script';

export type NodeType = AnyNode['type'];
export type NodeOfType<T extends NodeType> = Extract<AnyNode, { type: T }>;

/**
 * A parsed file walked once: nodes grouped by type and each node's parent. Every code rule
 * queries this instead of walking the tree again, so ten rules cost one walk per file.
 */
export interface ScriptIndex {
  path: string;
  text: string;
  ast: Program;
  sourceType: ScriptSourceType;
  parsed: ParsedScript;
  nodesOfType<T extends NodeType>(type: T): readonly NodeOfType<T>[];
  parentOf(node: AnyNode): AnyNode | null;
  /** Parent, grandparent ... up to the Program. */
  ancestorsOf(node: AnyNode): AnyNode[];
  /** Memoize data derived from this file (scopes, names) for the rest of the check. */
  memo<T>(key: string, compute: () => T): T;
}

const EMPTY: readonly never[] = [];

/** Keys of an acorn node that hold positions, not child nodes. */
const NON_CHILD_KEYS = new Set(['type', 'start', 'end', 'loc', 'range']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Every node under `root` with its parent. An explicit stack instead of recursion (acorn-walk
 * recurses per level and overflows on generated code such as a 2000-term string concatenation,
 * which acorn itself still parses).
 */
function walkTree(root: AnyNode, visit: (node: AnyNode, parent: AnyNode | null) => void): void {
  // Two stacks instead of a pair a node: the walk touches every node of every file, and the pairs were garbage.
  const nodes: AnyNode[] = [root];
  const parents: Array<AnyNode | null> = [null];
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    visit(node, parents.pop() as AnyNode | null);
    for (const key in node) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null || NON_CHILD_KEYS.has(key)) continue;
      if (Array.isArray(value)) {
        for (const item of value) {
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

export function buildScriptIndex(parsed: ParsedScript): ScriptIndex | null {
  const { ast, sourceType } = parsed;
  if (!ast || !sourceType) return null;
  const byType = new Map<string, AnyNode[]>();
  registerProgram(ast, parsed.text);
  walkTree(ast, (node, parent) => {
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
    if (parent) setParentNode(node, parent);
  });
  for (const list of byType.values()) list.sort((a, b) => a.start - b.start);

  const memo = new Map<string, unknown>();
  const parentOf = (node: AnyNode): AnyNode | null => parentNode(node) as AnyNode | null;
  return {
    path: parsed.path,
    text: parsed.text,
    ast,
    sourceType,
    parsed,
    nodesOfType: <T extends NodeType>(type: T) => (byType.get(type) ?? EMPTY) as readonly NodeOfType<T>[],
    parentOf,
    ancestorsOf: (node) => {
      const result: AnyNode[] = [];
      for (let current = parentOf(node); current; current = parentOf(current)) result.push(current);
      return result;
    },
    memo: <T>(key: string, compute: () => T): T => {
      const known = memo.get(key);
      if (known !== undefined || memo.has(key)) return known as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
}

/**
 * The index of one file, or null when it is missing, too large, does not parse, or nests too deeply
 * to walk without exhausting the stack (code/js-syntax says which).
 */
export function scriptIndex(context: RuleContext, path: string): ScriptIndex | null {
  return context.cacheFor('code:script-index', path, () => {
    try {
      return buildScriptIndex(parseScript(context, path));
    } catch (error) {
      if (error instanceof RangeError) return null;
      throw error;
    }
  });
}

/** Indexes of every own script that parsed, listed once per check (every code rule asks for them). */
export function ownScriptIndexes(context: RuleContext): readonly ScriptIndex[] {
  return context.cache('code:own-script-indexes', () =>
    ownScriptPaths(context)
      .map((path) => scriptIndex(context, path))
      .filter((index): index is ScriptIndex => index !== null),
  );
}
