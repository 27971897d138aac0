import type { AnyNode, Program } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { parentNode, registerProgram, setParentNode } from './node-positions';
import { ownScriptPaths } from './own-files';
import { parseScript, type ParsedScript, type ScriptSourceType } from './parse-script';
import { walkTree } from './tree-walk';

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

/**
 * A slot for each node type, shared by every file: a file keeps its lists in a small array instead of a Map
 * of its own, and a lookup goes through one small Map that stays in the cache (10,000 files x every rule).
 */
const TYPE_SLOTS = new Map<string, number>();

function typeSlot(type: string): number {
  let slot = TYPE_SLOTS.get(type);
  if (slot === undefined) {
    slot = TYPE_SLOTS.size;
    TYPE_SLOTS.set(type, slot);
  }
  return slot;
}

const byStart = (a: AnyNode, b: AnyNode): number => a.start - b.start;

/** One class for every file's index: its methods live once on the prototype, not as closures per file. */
class FileIndex implements ScriptIndex {
  private memos: Map<string, unknown> | null = null;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly ast: Program,
    readonly sourceType: ScriptSourceType,
    readonly parsed: ParsedScript,
    private readonly lists: ReadonlyArray<readonly AnyNode[] | undefined>,
  ) {}

  nodesOfType<T extends NodeType>(type: T): readonly NodeOfType<T>[] {
    const slot = TYPE_SLOTS.get(type);
    return ((slot === undefined ? undefined : this.lists[slot]) ?? EMPTY) as readonly NodeOfType<T>[];
  }

  parentOf(node: AnyNode): AnyNode | null {
    return parentNode(node) as AnyNode | null;
  }

  ancestorsOf(node: AnyNode): AnyNode[] {
    const result: AnyNode[] = [];
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) result.push(current);
    return result;
  }

  memo<T>(key: string, compute: () => T): T {
    const memos = (this.memos ??= new Map());
    const known = memos.get(key);
    if (known !== undefined || memos.has(key)) return known as T;
    const value = compute();
    memos.set(key, value);
    return value;
  }
}

export function buildScriptIndex(parsed: ParsedScript): ScriptIndex | null {
  const { ast, sourceType } = parsed;
  if (!ast || !sourceType) return null;
  const growing: AnyNode[][] = [];
  registerProgram(ast, parsed.text);
  walkTree(ast, (node, parent) => {
    const slot = typeSlot(node.type);
    const list = growing[slot];
    if (list) list.push(node);
    else growing[slot] = [node];
    if (parent) setParentNode(node, parent);
  });
  // Lists kept for the whole check are copied to their exact length: a pushed-to array keeps spare room.
  const lists: Array<readonly AnyNode[] | undefined> = new Array<readonly AnyNode[] | undefined>(growing.length);
  for (let slot = 0; slot < growing.length; slot += 1) {
    const list = growing[slot];
    if (list) lists[slot] = list.length === 1 ? list : list.slice().sort(byStart);
  }
  return new FileIndex(parsed.path, parsed.text, ast, sourceType, parsed, lists);
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
