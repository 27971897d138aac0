import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';

const GROUPS = ['package', 'manifest', 'i18n', 'text', 'file', 'image', 'code', 'css'];

describe('rule catalogue', () => {
  it('gives every rule a unique, stable-looking id', () => {
    const ids = RULE_CATALOGUE.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
      expect(GROUPS).toContain(id.split('/')[0]);
    }
  });

  it('documents every rule with a summary, docs and a source page', () => {
    for (const rule of RULE_CATALOGUE) {
      expect(rule.summary.length, `${rule.id} summary`).toBeGreaterThan(10);
      expect(rule.docs.length, `${rule.id} docs`).toBeGreaterThan(40);
      expect(rule.sources.length, `${rule.id} sources`).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(source.url, `${rule.id} source url`).toMatch(/^https:\/\//);
        expect(source.file, `${rule.id} source file`).toMatch(/\.(md|txt)$/);
      }
    }
  });

  it('gives every rule a Russian summary for the Russian UI, written in Russian', () => {
    for (const rule of RULE_CATALOGUE) {
      expect(rule.summaryRu.trim().length, `${rule.id} summaryRu`).toBeGreaterThan(10);
      expect(rule.summaryRu, `${rule.id} summaryRu is Russian`).toMatch(/[а-яё]{3}/i);
      expect(rule.summaryRu, `${rule.id} summaryRu differs from summary`).not.toBe(rule.summary);
    }
  });
});
