import { describe, expect, it } from 'vitest';
import { versionRule } from '../../../../shared/rules/manifest/version';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

function findingsFor(version: unknown) {
  return findingsOf(versionRule, withManifest((manifest) => (manifest.widget.version = version)));
}

describe('manifest/version', () => {
  it('passes MAJOR.MINOR.PATCH versions', () => {
    expect(findingsOf(versionRule, validSnapshot())).toEqual([]);
    for (const version of ['0.0.1', '1.0.1', '6.0.1', '10.20.300']) expect(findingsFor(version)).toEqual([]);
  });

  it('passes three numbers with a leading zero, as real widgets write them ("1.0.00")', () => {
    for (const version of ['1.0.00', '2.01.3', '01.2.3']) expect(findingsFor(version), version).toEqual([]);
    expect(findingsFor('1.0.0.1')).toHaveLength(1);
  });

  it('warns about other forms and suggests the fixed one', () => {
    const cases: Array<[unknown, string]> = [
      ['1.9', '"1.9.0"'],
      ['v1.2.3', '"1.2.3"'],
      [2, '"2.0.0"'],
      ['1.0.0-beta', '"1.0.0"'],
      ['latest', '"1.0.0"'],
    ];
    for (const [version, suggestion] of cases) {
      const findings = findingsFor(version);
      expect(findings, String(version)).toHaveLength(1);
      expect(findings[0].severity).toBe('warning');
      expect(said(findings[0])).toContain(suggestion);
    }
  });

  it('warns when the version is missing', () => {
    const findings = findingsOf(versionRule, withManifest((manifest) => delete manifest.widget.version));
    expect(findings).toHaveLength(1);
    expect(said(findings[0])).toContain('"version": "1.0.0"');
  });
});
