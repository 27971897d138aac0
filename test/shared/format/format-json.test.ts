import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../shared/format/format-json';
import { DEFECT_FINDINGS, reportOf } from './report-fixture';

const TOOL = { name: 'widget-publisher', version: '9.9.9' };

describe('formatJson', () => {
  it('keeps the Russian messages out: findings carry the English message only', () => {
    expect(DEFECT_FINDINGS.every((item) => item.messageRu !== '')).toBe(true);
    const output = formatJson(reportOf(DEFECT_FINDINGS), TOOL);
    expect(output).not.toContain('messageRu');
    expect(output).not.toContain('Название содержит');
    expect(JSON.parse(output).findings.map((item: { message: string }) => item.message)).toEqual(reportOf(DEFECT_FINDINGS).findings.map((item) => item.message));
  });

  it('prints exactly the documented keys', () => {
    const parsed = JSON.parse(formatJson(reportOf(DEFECT_FINDINGS), TOOL));
    expect(Object.keys(parsed)).toEqual(['tool', 'platform', 'platformSource', 'findings', 'summary', 'manual']);
    expect(parsed.tool).toEqual(TOOL);
    expect(parsed.platform).toBe('amocrm');
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'infos']);
    expect(parsed.summary).toEqual({ errors: 2, warnings: 2, infos: 1 });
    for (const item of parsed.findings) {
      expect(Object.keys(item)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'locale', 'help']);
    }
    expect(parsed.manual.length).toBeGreaterThan(5);
    expect(Object.keys(parsed.manual[0])).toEqual(['id', 'section', 'text']);
  });

  it('keeps nulls for package-level findings and positions for located ones', () => {
    const parsed = JSON.parse(formatJson(reportOf(DEFECT_FINDINGS), TOOL));
    const junk = parsed.findings.find((item: { ruleId: string }) => item.ruleId === 'package/junk-file');
    expect(junk).toMatchObject({ file: null, line: null, column: null, locale: null, severity: 'warning' });
    const name = parsed.findings.find((item: { ruleId: string }) => item.ruleId === 'text/name-length');
    expect(name).toMatchObject({ file: 'i18n/en.json', line: 3, column: 13, locale: 'en' });
  });

  it('prints an empty findings list for a clean widget', () => {
    const parsed = JSON.parse(formatJson(reportOf([]), TOOL));
    expect(parsed.findings).toEqual([]);
    expect(parsed.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});
