import { describe, expect, it } from 'vitest';
import { FileMemo } from '../../../shared/check/file-memo';
import { createRuleContext } from '../../../shared/check/rule-context';
import { platformProfile } from '../../../shared/platform/profiles';
import { snapshotFromFiles } from '../../helpers/widget-fixture';

function counted<T>(value: (path: string) => T) {
  const runs: string[] = [];
  return { runs, compute: (path: string) => () => (runs.push(path), value(path)) };
}

describe('FileMemo', () => {
  it('computes a file once, whatever order the files are asked for in, undefined and null values too', () => {
    const memo = new FileMemo();
    const { runs, compute } = counted((path) => (path.startsWith('u') ? undefined : path.startsWith('n') ? null : `${path}!`));
    const paths = ['a.js', 'u.js', 'n.js', 'b.js'];
    const first = paths.map((path) => memo.get(path, compute(path)));
    const again = [...paths, ...[...paths].reverse(), 'b.js', 'a.js', 'a.js'].map((path) => memo.get(path, compute(path)));
    expect(first).toEqual(['a.js!', undefined, null, 'b.js!']);
    expect(again).toEqual([...first, ...[...first].reverse(), 'b.js!', 'a.js!', 'a.js!']);
    expect(runs).toEqual(paths);
  });

  it('keeps each value with its own file when computing one file asks for others of the same kind', () => {
    const memo = new FileMemo();
    const value = (path: string): string => memo.get(path, () => (path === 'c.js' ? `c after ${value('d.js')} and ${value('e.js')}` : path.toUpperCase()));
    expect(value('c.js')).toBe('c after D.JS and E.JS');
    expect(['e.js', 'd.js', 'c.js'].map(value)).toEqual(['E.JS', 'D.JS', 'c after D.JS and E.JS']);
  });

  it('does not keep a value whose computation failed', () => {
    const memo = new FileMemo();
    expect(() => memo.get('a.js', () => {
      throw new Error('broken');
    })).toThrow('broken');
    expect(memo.get('a.js', () => 'fixed')).toBe('fixed');
  });
});

describe('createRuleContext', () => {
  const context = createRuleContext(
    snapshotFromFiles({ 'manifest.json': { widget: {} }, 'a.js': 'var a;', 'b.js': '\uFEFFvar b;', 'i18n/en.json': { x: 1 } }),
    platformProfile('amocrm'),
    {},
  );

  it('keeps data of one kind apart from another kind for the same file', () => {
    expect(context.cacheFor('one', 'a.js', () => 1)).toBe(1);
    expect(context.cacheFor('two', 'a.js', () => 2)).toBe(2);
    expect(context.cacheFor('one', 'a.js', () => 3)).toBe(1);
    expect(context.cacheFor('two', 'a.js', () => 4)).toBe(2);
  });

  it('decodes a text once, without its byte order mark, and gives null for a missing file', () => {
    expect(context.text('b.js')).toBe('var b;');
    expect(context.text('b.js')).toBe(context.text('b.js'));
    expect(context.text('missing.js')).toBeNull();
    expect(context.i18n.get('en')?.path).toBe('i18n/en.json');
  });
});
