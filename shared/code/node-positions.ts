import type { Node } from 'acorn';
import { positionAt } from '../json/json-document';

/**
 * Line and column of syntax-tree nodes, computed when a finding needs them. Scripts are parsed without
 * acorn's `locations` (a location and two position objects on every node cost a third of the parse time
 * and of the trees' memory in a large widget); a node's offset is turned into a line and column of the
 * file it belongs to, found by walking up its parents to the file's Program.
 * The parent sits on the node under a symbol: a WeakMap of every node cost more than the parse itself, and
 * a symbol is invisible to code that walks a node's keys.
 */
const PARENT = Symbol('parent');
/** A Program's text and, once a position is asked for, its line starts: on the node too, as the parent is. */
const PROGRAM_TEXT = Symbol('program text');
const LINE_STARTS = Symbol('line starts');

export interface NodePosition {
  /** 1-based. */
  line: number;
  /** 0-based, in UTF-16 code units, as acorn counts. */
  column: number;
}

/** Remembers the text a parsed Program was read from. */
export function registerProgram(program: Node, text: string): void {
  (program as ProgramNode)[PROGRAM_TEXT] = text;
}

type WithParent = Node & { [PARENT]?: Node };
type ProgramNode = Node & { [PROGRAM_TEXT]?: string; [LINE_STARTS]?: number[] };

export function setParentNode(node: Node, parent: Node): void {
  (node as WithParent)[PARENT] = parent;
}

export function parentNode(node: Node): Node | null {
  return (node as WithParent)[PARENT] ?? null;
}

/** Offsets where lines start, with acorn's line breaks (\n, \r\n, \r, U+2028, U+2029). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 13 && text.charCodeAt(at + 1) === 10) at += 1;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) starts.push(at + 1);
  }
  return starts;
}

/** The position of `offset` in the text of a registered Program, or null for an unknown tree. */
export function offsetPosition(program: Node, offset: number): NodePosition | null {
  const registered = program as ProgramNode;
  let table = registered[LINE_STARTS];
  if (!table) {
    const text = registered[PROGRAM_TEXT];
    if (text === undefined) return null;
    table = lineStarts(text);
    registered[LINE_STARTS] = table;
  }
  const { line, column } = positionAt(table, offset);
  return { line, column: column - 1 };
}

function programOf(node: Node): Node {
  let root = node;
  for (let parent = parentNode(root); parent; parent = parentNode(root)) root = parent;
  return root;
}

/** Where a node starts (or ends), in the file it belongs to; a tree parsed with locations answers itself. */
export function nodePosition(node: Node, edge: 'start' | 'end' = 'start'): NodePosition | null {
  const own = node.loc?.[edge];
  if (own) return { line: own.line, column: own.column };
  return offsetPosition(programOf(node), node[edge]);
}
