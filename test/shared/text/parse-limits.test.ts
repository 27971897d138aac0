import { describe, expect, it } from 'vitest';
import { PARSE_LIMITS } from '../../../shared/platform/limits';
import { parseLimitProblem, parseLimitProblems } from '../../../shared/text/parse-limits';
import { scanCssStructure, scanJsonStructure } from '../../../shared/text/structure-scan';

describe('structure scan', () => {
  it('counts JSON values and nesting, not brackets or commas inside strings', () => {
    expect(scanJsonStructure('{"a": [1, 2, {"b": "[[[,,,]]]"}]}')).toEqual({ values: 6, depth: 3 });
    expect(scanJsonStructure('"\\"[" ')).toEqual({ values: 1, depth: 0 });
  });

  it('counts CSS rules, declarations and selectors, not what strings and comments hold', () => {
    expect(scanCssStructure('a, b { color: red; content: "{;}"; } /* { { ; */ @media x { c { d: e } }')).toEqual({ values: 6, depth: 2 });
  });
});

describe('parse limits', () => {
  it('passes a real-sized file and names the limit a hostile one passes', () => {
    expect(parseLimitProblem('json', JSON.stringify({ widget: { name: 'x', locale: ['en', 'ru'] } }))).toBeNull();
    expect(parseLimitProblem('json', `${'['.repeat(100)}${']'.repeat(100)}`)).toEqual({ kind: 'json', limit: 'depth', actual: 100, max: 64 });
    expect(parseLimitProblem('css', 'a{}'.repeat(PARSE_LIMITS.css.maxValues + 1))?.limit).toBe('values');
    expect(parseLimitProblem('template', 'x', PARSE_LIMITS.template.maxBytes + 1)?.limit).toBe('bytes');
  });

  it('charges files of one kind against their total in order; a file refused alone does not count', () => {
    const half = `.a{${'b:c;'.repeat(PARSE_LIMITS.css.maxTotalValues / 2)}}`;
    const problems = parseLimitProblems('css', [
      { path: 'deep.css', text: `${'a{'.repeat(70)}${'}'.repeat(70)}`, bytes: 140 },
      { path: 'one.css', text: half, bytes: half.length },
      { path: 'two.css', text: half, bytes: half.length },
      { path: 'small.css', text: 'a{b:c}', bytes: 6 },
    ]);
    expect([...problems.keys()]).toEqual(['deep.css', 'two.css']);
    expect(problems.get('deep.css')?.limit).toBe('depth');
    expect(problems.get('two.css')?.limit).toBe('total');
  });
});
