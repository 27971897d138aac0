import { parse, type Comment, type Node } from 'acorn';
import postcss, { type Root } from 'postcss';
import type { ParsedScript } from './parse-script';

/** A comment as a reader sees it: one block comment, or a run of `//` lines one under the other. */
export interface CommentBlock {
  /** The comment text without its markers, lines joined with "\n". */
  text: string;
  /** Offset of the first comment marker in the file. */
  start: number;
  lineCount: number;
}

/** Tool directives and banners that are comments by design. */
const DIRECTIVE = /^\s*(?:eslint|global\s|jshint|jscs|prettier-ignore|istanbul|@ts-|#\s*source(?:Mapping)?URL|webpack|@license|@preserve)/i;

/** Statement and expression kinds that only code has: prose that happens to parse has none of them. */
const CODE_NODES = new Set([
  'CallExpression',
  'NewExpression',
  'AssignmentExpression',
  'UpdateExpression',
  'VariableDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'ReturnStatement',
  'IfStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'SwitchStatement',
  'TryStatement',
  'ThrowStatement',
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
]);

function isOnlyLineBreak(text: string): boolean {
  return /^[ \t]*\r?\n[ \t]*$/.test(text);
}

/** The comments of a parsed script, consecutive `//` lines joined into one block. */
export function scriptCommentBlocks(parsed: ParsedScript): CommentBlock[] {
  const blocks: CommentBlock[] = [];
  let previous: Comment | null = null;
  for (const comment of parsed.comments) {
    const last = blocks[blocks.length - 1];
    if (comment.type === 'Line' && previous?.type === 'Line' && last && isOnlyLineBreak(parsed.text.slice(previous.end, comment.start))) {
      last.text += `\n${comment.value}`;
      last.lineCount += 1;
    } else {
      blocks.push({ text: comment.value, start: comment.start, lineCount: comment.value.split('\n').length });
    }
    previous = comment;
  }
  return blocks;
}

function containsCodeNode(root: Node): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') continue;
    if (CODE_NODES.has((value as Node).type)) return true;
    for (const [key, child] of Object.entries(value)) if (key !== 'loc') stack.push(child);
  }
  return false;
}

/**
 * True when a JavaScript comment is code put aside (`// $('.x').hide();`, a `//`-commented function)
 * rather than an explanation. The text must parse as JavaScript, hold a call, assignment, declaration
 * or statement that prose never forms, and spell code punctuation; a leading label (`Note: fix()`,
 * `https://...`) marks prose or a link, and JSDoc, license banners and tool directives are left alone.
 */
export function looksLikeCommentedOutScript(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 4 || trimmed.startsWith('*') || trimmed.startsWith('!') || DIRECTIVE.test(trimmed)) return false;
  if (!/[;(={]/.test(trimmed)) return false;
  let program;
  try {
    program = parse(trimmed, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
  } catch {
    return false;
  }
  if (program.body.length === 0 || program.body.some((statement) => statement.type === 'LabeledStatement')) return false;
  return containsCodeNode(program);
}

const PROPERTY_NAME = /^-?[a-z]+(?:-[a-z]+)*$/;

/**
 * True when a CSS comment holds declarations or rules put aside (`background: #fafafa;`,
 * `.x { color: red }`) rather than an explanation. Declarations count when each ends with `;`
 * or sits inside a rule, so a sentence such as "note: keep in sync" is not taken for one.
 */
export function looksLikeCommentedOutStyles(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 4 || trimmed.startsWith('!') || !/[:{]/.test(trimmed)) return false;
  let root: Root;
  try {
    root = postcss.parse(trimmed);
  } catch {
    return false;
  }
  const nodes = root.nodes.filter((node) => node.type !== 'comment');
  if (nodes.length === 0) return false;
  return nodes.every((node) => {
    if (node.type === 'decl') return PROPERTY_NAME.test(node.prop) && (node.raws.important !== undefined || nodesEndWithSemicolon(root, node));
    if (node.type === 'rule') return (node.nodes ?? []).some((child) => child.type === 'decl' && PROPERTY_NAME.test(child.prop));
    return node.type === 'atrule';
  });
}

function nodesEndWithSemicolon(root: Root, node: postcss.Declaration): boolean {
  const last = root.nodes[root.nodes.length - 1];
  return node !== last || root.raws.semicolon === true;
}
