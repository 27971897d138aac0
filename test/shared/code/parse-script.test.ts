import { describe, expect, it } from 'vitest';
import { parseScriptText } from '../../../shared/code/parse-script';
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

describe('parseStylesheetText', () => {
  it('maps offsets to lines and columns', () => {
    const sheet = parseStylesheetText('style.css', 'a {}\n  .b { color: red; }\n');
    expect(sheet.error).toBeNull();
    expect(sheet.positionAt(7)).toEqual({ line: 2, column: 3 });
  });

  it('reports a syntax error with its position', () => {
    const sheet = parseStylesheetText('style.css', '.a { color: red;\n');
    expect(sheet.root).toBeNull();
    expect(sheet.error).toMatchObject({ message: 'Unclosed block', line: 1, column: 1 });
  });
});
