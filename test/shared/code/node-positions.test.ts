import { parse, type AnyNode } from 'acorn';
import { describe, expect, it } from 'vitest';
import { createRuleContext } from '../../../shared/check/rule-context';
import { positionOf } from '../../../shared/code/ast-query';
import { nodePosition, offsetPosition } from '../../../shared/code/node-positions';
import { scriptIndex, type NodeType } from '../../../shared/code/script-index';
import { platformProfile } from '../../../shared/platform/profiles';
import { snapshotFromFiles } from '../../helpers/widget-fixture';

/** Every line break acorn knows, astral characters, multi-line templates and comments. */
const SCRIPTS: Record<string, string> = {
  'lf.js': "define(['jquery'], function ($) {\n  var a = 1;\n  return { a: a };\n});\n",
  'crlf.js': "define(function () {\r\n  // note\r\n  var b = '\\u00e9';\r\n  return b;\r\n});\r\n",
  'cr.js': 'var c = 1;\rvar d = c + 1;\r/* block\r comment */ d += 2;\r',
  'separators.js': "var e = 'x';\u2028var f = e;\u2029var g = f + e;\n",
  'astral.js': "var smile = '😀😀'; var h = smile.length; /* 😀 */ var i = `a\n${h}\nb`;\n",
  'template.js': 'var t = `line one\nline two ${1 + 2}\r\nline three`;\nconsole.log(t);\n',
};

function allNodes(index: NonNullable<ReturnType<typeof scriptIndex>>): AnyNode[] {
  const types = new Set<NodeType>();
  const stack: AnyNode[] = [index.ast];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    types.add(node.type);
    for (const value of Object.values(node)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item && typeof item === 'object' && typeof (item as AnyNode).type === 'string') stack.push(item as AnyNode);
      }
    }
  }
  return [...types].flatMap((type) => [...index.nodesOfType(type)]);
}

describe('positions computed from offsets', () => {
  const context = createRuleContext(snapshotFromFiles(SCRIPTS), platformProfile('amocrm'), {});

  for (const [path, text] of Object.entries(SCRIPTS)) {
    it(`match acorn's own line and column of every node and comment in ${path}`, () => {
      const index = scriptIndex(context, path);
      expect(index).not.toBeNull();
      const located = parse(text, { ecmaVersion: 'latest', sourceType: index!.sourceType, locations: true, onComment: [] });
      const expected = new Map<string, unknown>();
      const stack: AnyNode[] = [located];
      while (stack.length > 0) {
        const node = stack.pop() as AnyNode;
        expected.set(`${node.type}@${node.start}-${node.end}`, { start: node.loc!.start, end: node.loc!.end });
        for (const value of Object.values(node)) {
          for (const item of Array.isArray(value) ? value : [value]) {
            if (item && typeof item === 'object' && typeof (item as AnyNode).type === 'string' && item !== node.loc) stack.push(item as AnyNode);
          }
        }
      }
      const nodes = allNodes(index!);
      expect(nodes.length).toBe(expected.size);
      for (const node of nodes) {
        expect(node.loc).toBeUndefined();
        const want = expected.get(`${node.type}@${node.start}-${node.end}`) as { start: { line: number; column: number }; end: { line: number; column: number } };
        expect({ start: nodePosition(node), end: nodePosition(node, 'end') }).toEqual({
          start: { line: want.start.line, column: want.start.column },
          end: { line: want.end.line, column: want.end.column },
        });
        expect(positionOf(node)).toEqual({ line: want.start.line, column: want.start.column + 1 });
      }
      const comments: Array<{ start: number; loc?: { start: { line: number; column: number } } }> = [];
      parse(text, { ecmaVersion: 'latest', sourceType: index!.sourceType, locations: true, onComment: comments as never });
      expect(index!.parsed.comments.map((comment) => offsetPosition(index!.ast, comment.start))).toEqual(
        comments.map((comment) => ({ line: comment.loc!.start.line, column: comment.loc!.start.column })),
      );
    });
  }

  it('leave a tree parsed with locations to answer for itself', () => {
    const program = parse('\n\n  x;', { ecmaVersion: 'latest', locations: true });
    expect(positionOf(program.body[0])).toEqual({ line: 3, column: 3 });
  });
});
