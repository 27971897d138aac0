import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse, type AnyNode, type Options } from 'acorn';
import { describe, expect, it } from 'vitest';
import { parseScriptText } from '../../../shared/code/parse-script';
import { buildScriptIndex } from '../../../shared/code/script-index';
import { walkTree } from '../../../shared/code/tree-walk';
import { MODULE_SYNTAX, SCRIPT_SYNTAX } from './syntax-samples';

/** The walk the checker used before the table of child keys: every key of every node, by for-in. */
function walkEveryKey(root: AnyNode, visit: (node: AnyNode, parent: AnyNode | null) => void): void {
  const skipped = new Set(['type', 'start', 'end', 'loc', 'range']);
  const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
  const stack: Array<[AnyNode, AnyNode | null]> = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [AnyNode, AnyNode | null];
    visit(node, parent);
    for (const key in node) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null || skipped.has(key)) continue;
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) stack.push([item, node]);
      if (!Array.isArray(value) && isNode(value)) stack.push([value, node]);
    }
  }
}

function visits(walk: typeof walkTree, root: AnyNode): Array<[AnyNode, AnyNode | null]> {
  const seen: Array<[AnyNode, AnyNode | null]> = [];
  walk(root, (node, parent) => seen.push([node, parent]));
  return seen;
}

function expectSameWalk(code: string, options: Partial<Options> = {}): AnyNode[] {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, ...options }) as AnyNode;
  const ours = visits(walkTree, ast);
  const reference = visits(walkEveryKey, ast);
  expect(ours.length).toBe(reference.length);
  // Same nodes, same parents, same order: compared by identity, not by shape.
  ours.forEach(([node, parent], at) => {
    expect(node).toBe(reference[at][0]);
    expect(parent).toBe(reference[at][1]);
  });
  return ours.map(([node]) => node);
}

describe('walkTree', () => {
  it('visits every node of every kind of syntax with the same parent and in the same order as a walk over every key', () => {
    const nodes = expectSameWalk(SCRIPT_SYNTAX);
    const types = new Set(nodes.map((node) => node.type));
    for (const type of ['WithStatement', 'LabeledStatement', 'SwitchCase', 'StaticBlock', 'PrivateIdentifier', 'TaggedTemplateExpression', 'ChainExpression', 'ImportExpression', 'MetaProperty', 'YieldExpression', 'CatchClause']) {
      expect(types).toContain(type);
    }
    const moduleTypes = new Set(expectSameWalk(MODULE_SYNTAX, { sourceType: 'module' }).map((node) => node.type));
    for (const type of ['ImportAttribute', 'ImportNamespaceSpecifier', 'ExportAllDeclaration', 'ExportSpecifier', 'ExportDefaultDeclaration', 'AwaitExpression']) {
      expect(moduleTypes).toContain(type);
    }
  });

  it('walks the parenthesized expressions a parser may keep', () => {
    const nodes = expectSameWalk('var a = (1 + (b));', { preserveParens: true });
    expect(nodes.filter((node) => node.type === 'ParenthesizedExpression')).toHaveLength(2);
  });

  it('walks a real library of thousands of lines the same way', () => {
    const acornFile = createRequire(import.meta.url).resolve('acorn');
    const nodes = expectSameWalk(readFileSync(acornFile.replace(/\.mjs$/, '.js'), 'utf8'));
    expect(nodes.length).toBeGreaterThan(20_000);
  });

  it('walks a 3,000-term concatenation without exhausting the call stack', () => {
    const nodes = expectSameWalk(`var s = ${Array.from({ length: 3_000 }, (_, at) => `'${at}'`).join(' + ')};`);
    expect(nodes.filter((node) => node.type === 'Literal')).toHaveLength(3_000);
  });

  it('visits a node shared by two keys twice, as acorn builds `import { a }`', () => {
    const nodes = expectSameWalk("import { a } from 'x';", { sourceType: 'module' });
    const identifiers = nodes.filter((node) => node.type === 'Identifier');
    expect(identifiers).toHaveLength(2);
    expect(identifiers[0]).toBe(identifiers[1]);
  });

  it('walks every key of a node type it does not know (a newer parser)', () => {
    const child = { type: 'Identifier', start: 9, end: 10, name: 'x' } as AnyNode;
    const extra = { type: 'Literal', start: 12, end: 13, value: 1, raw: '1' } as AnyNode;
    const future = { type: 'DoExpression', start: 0, end: 14, body: child, extras: [extra, null] } as unknown as AnyNode;
    expect(visits(walkTree, future)).toEqual(visits(walkEveryKey, future));
    expect(visits(walkTree, future).map(([node]) => node)).toEqual([future, extra, child]);
  });
});

describe('buildScriptIndex', () => {
  it('lists the nodes of a type in source order, the value of a shorthand property before its key', () => {
    const index = buildScriptIndex(parseScriptText('a.js', 'var o = { a, b: c(d(1)) }; f(g());'));
    expect(index).not.toBeNull();
    const names = index?.nodesOfType('Identifier').map((node) => `${node.name}@${node.start}`);
    expect(names).toEqual(['o@4', 'a@10', 'a@10', 'b@13', 'c@16', 'd@18', 'f@27', 'g@29']);
    const shorthand = index?.nodesOfType('Property')[0];
    expect(index?.nodesOfType('Identifier')[1]).toBe(shorthand?.value);
    expect(index?.nodesOfType('CallExpression').map((node) => node.start)).toEqual([16, 18, 27, 29]);
    expect(index?.nodesOfType('WithStatement')).toEqual([]);
  });

  it('gives each node its parent and its chain of ancestors up to the program', () => {
    const index = buildScriptIndex(parseScriptText('a.js', 'function f() { return g(1); }'));
    const literal = index?.nodesOfType('Literal')[0] as AnyNode;
    expect(index?.ancestorsOf(literal).map((node) => node.type)).toEqual([
      'CallExpression',
      'ReturnStatement',
      'BlockStatement',
      'FunctionDeclaration',
      'Program',
    ]);
    expect(index?.parentOf(index.ast)).toBeNull();
  });

  it('computes memoized data once per file, an undefined result too', () => {
    const index = buildScriptIndex(parseScriptText('a.js', 'x();'));
    let runs = 0;
    const compute = (): undefined => {
      runs += 1;
      return undefined;
    };
    expect(index?.memo('nothing', compute)).toBeUndefined();
    expect(index?.memo('nothing', compute)).toBeUndefined();
    expect(runs).toBe(1);
    const other = buildScriptIndex(parseScriptText('b.js', 'x();'));
    other?.memo('nothing', compute);
    expect(runs).toBe(2);
  });
});
