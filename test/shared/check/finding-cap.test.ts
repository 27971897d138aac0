import { describe, expect, it } from 'vitest';
import { capFindingsPerRuleAndFile } from '../../../shared/check/finding-cap';
import { formatText } from '../../../shared/format/format-text';
import { summarizeFindings, type Finding, type Severity } from '../../../shared/model/finding';

function finding(ruleId: string, file: string | null, line: number, severity: Severity = 'warning'): Finding {
  return { ruleId, severity, message: `${ruleId} at ${line}`, messageRu: `${ruleId} в ${line}`, file, line, column: 1, locale: null };
}

describe('capFindingsPerRuleAndFile', () => {
  it('keeps every finding while each rule and file stays within the cap', () => {
    const findings = [finding('code/eval', 'a.js', 1), finding('code/eval', 'a.js', 2), finding('code/eval', 'b.js', 1), finding('code/debug-leftover', 'a.js', 3)];
    expect(capFindingsPerRuleAndFile(findings, 2)).toEqual(findings);
  });

  it('past the cap, one finding at the first left-out place of each severity counts the rest', () => {
    const findings = [
      finding('code/eval', 'a.js', 1),
      finding('code/eval', 'a.js', 2),
      finding('code/eval', 'a.js', 3),
      finding('code/eval', 'a.js', 4, 'error'),
      finding('code/eval', 'a.js', 5),
      finding('code/eval', 'b.js', 9),
    ];
    const capped = capFindingsPerRuleAndFile(findings, 2);
    expect(capped.map((item) => `${item.file}:${item.line}:${item.severity}`)).toEqual(['a.js:1:warning', 'a.js:2:warning', 'a.js:3:warning', 'a.js:4:error', 'b.js:9:warning']);
    expect(capped[2]).toMatchObject({ ruleId: 'code/eval', severity: 'warning', leftOut: 2 });
    expect(capped[3]).toMatchObject({ ruleId: 'code/eval', severity: 'error', leftOut: 1 });
    expect(capped[2].message).toBe('2 more code/eval findings in a.js, from here on, are not listed one by one.');
    expect(capped[3].messageRu).toBe('Ещё 1 замечание code/eval в a.js, начиная с этого места, не показано по одному.');
    expect(capped[2].help?.en).toMatch(/first 2 findings of a check in a file/);
  });

  it('the summary of the capped list equals that of the whole list (the app counts from the list it shows)', () => {
    const severities: Severity[] = ['warning', 'error', 'info'];
    const findings = Array.from({ length: 3_000 }, (_, index) => finding('code/eval', index % 2 ? 'a.js' : 'b.js', index + 1, severities[index % 3]));
    const capped = capFindingsPerRuleAndFile(findings, 100);
    expect(capped.length).toBeLessThan(300);
    expect(summarizeFindings(capped)).toEqual(summarizeFindings(findings));
  });

  it('the text report counts the left-out findings in its "and N more" line', () => {
    const findings = Array.from({ length: 50 }, (_, index) => finding('code/eval', 'a.js', index + 1));
    const capped = capFindingsPerRuleAndFile(findings, 10);
    const text = formatText({ platform: 'amocrm', platformSource: 'default', platformReasons: [], findings: capped, summary: { errors: 0, warnings: 50, infos: 0 }, manual: [] }, { root: '.' });
    expect(text).toMatch(/… and 47 more \(code\/eval\)/);
    expect(text).toMatch(/50 problems/);
  });
});
