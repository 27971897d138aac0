import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse, type Comment, type Options } from 'acorn';
import { describe, expect, it } from 'vitest';
import { parseProgram, parseScriptText } from '../../../shared/code/parse-script';
import { MODULE_SYNTAX, SCRIPT_SYNTAX } from './syntax-samples';
import { parseStylesheetText } from '../../../shared/code/parse-stylesheet';

describe('parseScriptText', () => {
  it('parses a classic AMD script with its comments', () => {
    const parsed = parseScriptText('script.js', "// widget\ndefine(['jquery'], function ($) { /* body */ return {}; });\n");
    expect(parsed).toMatchObject({ sourceType: 'script', error: null, tooLarge: false, tooDeep: false });
    expect(parsed.comments.map((comment) => comment.value.trim())).toEqual(['widget', 'body']);
  });

  it('falls back to module parsing for import/export', () => {
    expect(parseScriptText('a.mjs', "import x from './x.js';\nexport default x;\n").sourceType).toBe('module');
  });

  it('reports a syntax error with a 1-based line and column and no trailing position in the message', () => {
    const parsed = parseScriptText('a.js', 'var a = 1;\nvar b = ;\n');
    expect(parsed.ast).toBeNull();
    expect(parsed.error).toEqual({ message: 'Unexpected token', line: 2, column: 9 });
  });

  it('refuses a top-level return, as the browser does for a classic script', () => {
    expect(parseScriptText('a.js', 'return 1;').error?.message).toContain('return');
  });
});

describe('parseProgram', () => {
  const both = (text: string, options: Options) => {
    const acornComments: Comment[] = [];
    const ourComments: Comment[] = [];
    const attempt = (run: () => unknown) => {
      try {
        return { tree: JSON.stringify(run(), (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value instanceof RegExp ? String(value) : value)) };
      } catch (error) {
        const failure = error as SyntaxError & { pos?: number; raisedAt?: number; loc?: unknown };
        return { error: [failure.constructor.name, failure.message, failure.pos, failure.raisedAt, failure.loc] };
      }
    };
    const acorn = attempt(() => parse(text, { ...options, onComment: acornComments }));
    const ours = attempt(() => parseProgram(text, { ...options, onComment: ourComments }));
    return { acorn, ours, acornComments, ourComments };
  };

  it("builds acorn's own tree and comments, with and without locations", () => {
    const library = readFileSync(createRequire(import.meta.url).resolve('acorn').replace(/\.mjs$/, '.js'), 'utf8');
    for (const [text, sourceType] of [[SCRIPT_SYNTAX, 'script'], [MODULE_SYNTAX, 'module'], [library, 'script']] as const) {
      for (const locations of [false, true]) {
        const result = both(text, { ecmaVersion: 'latest', sourceType, allowHashBang: true, locations });
        expect(result.ours.error ?? []).toEqual([]);
        expect(result.ours.tree).toBeDefined();
        expect(result.ours).toEqual(result.acorn);
        expect(result.ourComments).toEqual(result.acornComments);
      }
    }
    expect(both(SCRIPT_SYNTAX, { ecmaVersion: 'latest', allowHashBang: true }).ourComments.map((comment) => comment.type)).toEqual(['Line', 'Line', 'Block']);
  });

  it("fails where acorn fails, with acorn's error and position", () => {
    for (const [text, sourceType] of [['var a = ;', 'script'], ['import x from "y";', 'script'], ['return 1;', 'script'], ['let let = 1;', 'module']] as const) {
      const result = both(text, { ecmaVersion: 'latest', sourceType });
      expect(result.ours.error).toBeDefined();
      expect(result.ours).toEqual(result.acorn);
    }
  });

  it('keeps ES5 rules when asked for them (the options are read, not just copied)', () => {
    expect(both('let x = 1;', { ecmaVersion: 5 }).ours.error).toBeDefined();
    expect(both('let x = 1;', { ecmaVersion: 2015 }).ours.tree).toBeDefined();
  });
});

describe('parseStylesheetText', () => {
  it('maps offsets to lines and columns', () => {
    const sheet = parseStylesheetText('style.css', 'a {}\n  .b { color: red; }\n');
    expect(sheet.error).toBeNull();
    expect(sheet.positionAt(7)).toEqual({ line: 2, column: 3 });
  });

  // The tree used to be null for any syntax error, which hid every selector of a file with one stray
  // character; now the error is still reported and the tree is read past it, as a browser reads CSS.
  it('reports a syntax error with its position and still reads the file past it', () => {
    const sheet = parseStylesheetText('style.css', '.a { color: red;\n');
    expect(sheet.error).toMatchObject({ message: 'Unclosed block', line: 1, column: 1 });
    expect(sheet.root?.nodes.map((node) => (node.type === 'rule' ? node.selector : node.type))).toEqual(['.a']);

    const broken = parseStylesheetText('style.css', '.a {\n  font: inherit;" x="y\n}\nimg { display: block; }\n');
    expect(broken.error).toMatchObject({ line: 2 });
    const rules = broken.root?.nodes.filter((node) => node.type === 'rule') ?? [];
    expect(rules.map((rule) => [rule.selector, rule.source?.start?.line])).toEqual([
      ['.a', 1],
      ['img', 4],
    ]);
  });
});
