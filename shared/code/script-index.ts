import type { AnyNode, Program } from 'acorn';
import { fullAncestor } from 'acorn-walk';
import type { RuleContext } from '../check/rule-context';
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

export function buildScriptIndex(parsed: ParsedScript): ScriptIndex | null {
  const { ast, sourceType } = parsed;
  if (!ast || !sourceType) return null;
  const byType = new Map<string, AnyNode[]>();
  const parents = new Map<AnyNode, AnyNode>();
  fullAncestor(ast, (node, _state, ancestors) => {
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
    const parent = ancestors[ancestors.length - 2];
    if (parent && parent !== node) parents.set(node, parent);
  });
  // fullAncestor calls back after the children: put each list back in source order.
  for (const list of byType.values()) list.sort((a, b) => a.start - b.start);

  const memo = new Map<string, unknown>();
  const parentOf = (node: AnyNode): AnyNode | null => parents.get(node) ?? null;
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
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}

/** The index of one file, or null when it is missing, too large or does not parse (code/js-syntax says so). */
export function scriptIndex(context: RuleContext, path: string): ScriptIndex | null {
  return context.cache(`code:script-index:${path}`, () => buildScriptIndex(parseScript(context, path)));
}

/** Indexes of every own script that parsed. */
export function ownScriptIndexes(context: RuleContext): ScriptIndex[] {
  return ownScriptPaths(context)
    .map((path) => scriptIndex(context, path))
    .filter((index): index is ScriptIndex => index !== null);
}
