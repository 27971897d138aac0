import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { widgetConfigJsonSchema } from '../../shared/config/widget-config';
import { rulesMarkdown } from '../../shared/docs/rules-markdown';
import { RULE_CATALOGUE } from '../../shared/rules/catalogue';

const REGENERATE = 'docs are stale: run `npm run build:node && npm run docs:rules` and commit docs/';

describe('committed documentation', () => {
  it('docs/rules.md is what the rule catalogue generates', async () => {
    const committed = await readFile(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed, REGENERATE).toBe(rulesMarkdown(RULE_CATALOGUE));
  });

  it('docs/widget-publisher.schema.json is the schema of the config file', async () => {
    const committed = await readFile(new URL('../../docs/widget-publisher.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed), REGENERATE).toEqual(widgetConfigJsonSchema());
  });

  it('lists every rule of the catalogue in docs/rules.md', async () => {
    const committed = await readFile(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    for (const rule of RULE_CATALOGUE) expect(committed).toContain(rule.id);
  });
});
