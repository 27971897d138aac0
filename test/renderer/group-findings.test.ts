import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { groupFindingsByFile, groupsWithin } from '../../renderer/src/project/group-findings';

function finding(partial: Partial<Finding>): Finding {
  return { ruleId: 'file/bom', severity: 'error', message: 'm', messageRu: 'м', file: null, line: null, column: null, locale: null, ...partial };
}

const findings = [
  finding({ file: 'style.css', severity: 'warning', ruleId: 'css/external-stylesheet', line: 9 }),
  finding({ file: 'script.js', line: 20, ruleId: 'code/debug-leftover' }),
  finding({ file: 'script.js', line: 1, ruleId: 'file/crlf' }),
  finding({ file: null, ruleId: 'package/nested-root' }),
  finding({ file: 'i18n/en.json', line: 3, ruleId: 'text/name-length' }),
  finding({ file: 'script.js', line: 5, severity: 'info', ruleId: 'manifest/legacy-keys' }),
];

describe('groupFindingsByFile', () => {
  it('puts the whole package first, then files with errors, then the rest, each by line', () => {
    const groups = groupFindingsByFile(findings);
    expect(groups.map((group) => group.file)).toEqual([null, 'i18n/en.json', 'script.js', 'style.css']);
    expect(groups[2].findings.map((item) => item.line)).toEqual([1, 5, 20]);
    expect(groups[2].summary).toEqual({ errors: 2, warnings: 0, infos: 1 });
  });

  it('filters by severity and drops groups left empty', () => {
    expect(groupFindingsByFile(findings, 'warnings').map((group) => group.file)).toEqual(['style.css']);
    const errors = groupFindingsByFile(findings, 'errors');
    expect(errors.map((group) => group.file)).toEqual([null, 'i18n/en.json', 'script.js']);
    expect(errors.flatMap((group) => group.findings).every((item) => item.severity === 'error')).toBe(true);
  });

  it('gives nothing for a clean widget', () => {
    expect(groupFindingsByFile([])).toEqual([]);
  });
});

describe('groupsWithin (a page of the report)', () => {
  const files = (...counts: number[]) => groupFindingsByFile(counts.flatMap((count, index) => Array.from({ length: count }, (_, line) => finding({ file: `part-${index}.js`, line: line + 1 }))));

  it('shows whole files up to the findings of a page', () => {
    expect(groupsWithin(files(3, 3, 3, 3), 7)).toBe(2);
    expect(groupsWithin(files(3, 3, 3, 3), 12)).toBe(4);
    expect(groupsWithin(files(3, 3), 100)).toBe(2);
  });

  it('always shows the first file, however many findings it has', () => {
    expect(groupsWithin(files(500, 1), 200)).toBe(1);
    expect(groupsWithin([], 200)).toBe(0);
  });
});
