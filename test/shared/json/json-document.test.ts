import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../../shared/json/json-document';

describe('parseJsonDocument', () => {
  it('gives line and column of values and keys', () => {
    const document = parseJsonDocument('{\n  "widget": {\n    "name": "widget.name"\n  }\n}\n');
    expect(document.syntaxErrors).toEqual([]);
    expect(document.positionOf(['widget', 'name'])).toEqual({ line: 3, column: 13 });
    expect(document.keyPositionOf(['widget', 'name'])).toEqual({ line: 3, column: 5 });
  });

  it('falls back to the nearest existing parent for a missing path', () => {
    const document = parseJsonDocument('{\n  "widget": {}\n}');
    expect(document.positionOf(['widget', 'name'])).toEqual({ line: 2, column: 13 });
  });

  it('reports a syntax error at its own line and column', () => {
    const document = parseJsonDocument('{\n  "a": 1\n  "b": 2\n}');
    expect(document.value).toBeUndefined();
    expect(document.syntaxErrors[0]).toMatchObject({ line: 3, column: 3, message: 'a comma was expected' });
  });

  it('treats comments and trailing commas as errors, as the platform does', () => {
    expect(parseJsonDocument('{"a": 1, // note\n}').syntaxErrors.length).toBeGreaterThan(0);
    const trailing = parseJsonDocument('{\n  "a": [1, 2,]\n}');
    expect(trailing.syntaxErrors[0]).toMatchObject({ line: 2, column: 13, message: expect.stringContaining('trailing comma') });
  });

  it('ignores a BOM for parsing', () => {
    expect(parseJsonDocument('\uFEFF{"a": 1}').value).toEqual({ a: 1 });
  });

  it('lists keys repeated in one object with both positions, nested and in arrays', () => {
    const document = parseJsonDocument('{\n  "a": 1,\n  "b": { "x": 1, "x": 2 },\n  "a": 3,\n  "list": [{ "k": 1, "k": 2 }, { "k": 3 }]\n}\n');
    expect(document.duplicateKeys.map((duplicate) => [duplicate.path.join('.'), duplicate.first.line, duplicate.line, duplicate.column])).toEqual([
      ['b.x', 3, 3, 18],
      ['a', 2, 4, 3],
      ['list.0.k', 5, 5, 22],
    ]);
    expect(parseJsonDocument('{"a": {"a": 1}, "b": {"a": 2}}').duplicateKeys).toEqual([]);
    // The value JSON readers keep is the last one, so its position is the one given.
    expect(document.value).toMatchObject({ a: 3 });
    expect(document.positionOf(['a'])).toEqual({ line: 4, column: 8 });
  });
});
