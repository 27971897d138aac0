import { expect } from 'vitest';

/**
 * Hand check of the SARIF 2.1.0 schema's required fields and enums that viewers rely on
 * (sarif-schema-2.1.0.json: sarifLog, run, tool, toolComponent, reportingDescriptor, result,
 * message, location, physicalLocation, artifactLocation, region).
 */
type Json = Record<string, unknown>;

const LEVELS = ['none', 'note', 'warning', 'error'];

function assertMessage(value: unknown, where: string): void {
  const message = value as Json;
  expect(typeof message, `${where} is an object`).toBe('object');
  expect(typeof message.text === 'string' || typeof message.id === 'string', `${where} has text or id`).toBe(true);
}

export function assertSarifShape(log: Json): void {
  expect(log.version).toBe('2.1.0');
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs as Json[]) {
    const driver = (run.tool as Json)?.driver as Json;
    expect(typeof driver?.name, 'runs[].tool.driver.name').toBe('string');
    const rules = (driver.rules ?? []) as Json[];
    const ids = new Set<string>();
    for (const rule of rules) {
      expect(typeof rule.id, 'rule id').toBe('string');
      expect(ids.has(rule.id as string), `rule ${String(rule.id)} listed once`).toBe(false);
      ids.add(rule.id as string);
      if (rule.shortDescription) assertMessage(rule.shortDescription, `${String(rule.id)}.shortDescription`);
      if (rule.fullDescription) assertMessage(rule.fullDescription, `${String(rule.id)}.fullDescription`);
      if (rule.helpUri) expect(() => new URL(rule.helpUri as string)).not.toThrow();
      const level = (rule.defaultConfiguration as Json | undefined)?.level;
      if (level !== undefined) expect(LEVELS).toContain(level);
    }
    for (const result of (run.results ?? []) as Json[]) {
      assertMessage(result.message, 'result.message');
      if (result.level !== undefined) expect(LEVELS).toContain(result.level);
      if (result.ruleIndex !== undefined) {
        expect(Number.isInteger(result.ruleIndex)).toBe(true);
        expect(rules[result.ruleIndex as number]?.id, 'ruleIndex points at ruleId').toBe(result.ruleId);
      }
      for (const location of (result.locations ?? []) as Json[]) {
        const physical = location.physicalLocation as Json;
        const artifact = physical.artifactLocation as Json;
        expect(typeof artifact.uri).toBe('string');
        if (artifact.uriBaseId !== undefined) {
          expect(artifact.uri as string, 'uri relative to its base').not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
        }
        const region = physical.region as Json | undefined;
        if (region) {
          expect(Number.isInteger(region.startLine) && (region.startLine as number) >= 1).toBe(true);
          if (region.startColumn !== undefined) expect((region.startColumn as number) >= 1).toBe(true);
        }
      }
    }
  }
}
