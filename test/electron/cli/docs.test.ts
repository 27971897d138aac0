import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';
import { run, tempFolder } from './cli-harness';

describe('widget-publisher docs', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
  });
  afterAll(async () => work.remove());

  it('writes the rule reference and the config JSON Schema beside it', async () => {
    const result = await run(work.path, ['docs', '--out', 'docs/rules.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('docs/rules.md');
    const markdown = await readFile(join(work.path, 'docs/rules.md'), 'utf8');
    for (const rule of RULE_CATALOGUE) {
      expect(markdown).toContain(`### ${rule.id}\n\nDefault severity: **${rule.defaultSeverity}**`);
      expect(markdown).toContain(rule.sources[0].url);
    }
    expect(markdown).toContain('## To confirm by hand');
    const schema = JSON.parse(await readFile(join(work.path, 'docs/widget-publisher.schema.json'), 'utf8'));
    expect(schema.properties.moderation.properties.accountId).toBeDefined();
    expect(schema.properties.platform.enum).toEqual(['amocrm', 'kommo']);
  });

  it('gives the same file twice (no dates), so a diff shows only catalogue changes', async () => {
    await run(work.path, ['docs', '--out', 'a.md']);
    await run(work.path, ['docs', '--out', 'b.md']);
    expect(await readFile(join(work.path, 'a.md'), 'utf8')).toBe(await readFile(join(work.path, 'b.md'), 'utf8'));
  });
});
