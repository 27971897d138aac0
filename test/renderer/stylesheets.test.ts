import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const STYLES = join(import.meta.dirname, '..', '..', 'renderer', 'src', 'styles');

/**
 * The app's stylesheets use no CSS nesting, so a rule inside another rule is a lost closing brace: the
 * build then scopes every later rule under the one left open, and those screens lose their layout.
 */
describe('the app stylesheets', () => {
  const files = readdirSync(STYLES).filter((name) => name.endsWith('.css'));

  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s parses with every rule at the top level or inside an at-rule', (name) => {
    const root = postcss.parse(readFileSync(join(STYLES, name), 'utf8'), { from: name });
    const nested: string[] = [];
    root.walkRules((rule) => {
      if (rule.parent?.type === 'rule') nested.push(`${rule.selector} (line ${rule.source?.start?.line}) inside ${(rule.parent as postcss.Rule).selector}`);
    });
    expect(nested).toEqual([]);
  });
});
