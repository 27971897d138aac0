import { describe, expect, it } from 'vitest';
import { interfaceVersionRule } from '../../../../shared/rules/manifest/interface-version';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/interface-version', () => {
  it('passes interface_version 2', () => {
    expect(findingsOf(interfaceVersionRule, validSnapshot())).toEqual([]);
  });

  it('warns about interface 1', () => {
    const findings = findingsOf(interfaceVersionRule, withManifest((manifest) => (manifest.widget.interface_version = 1)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', file: 'manifest.json' });
    expect(findings[0].message).toContain('must be 2');
  });

  it('warns when it is missing', () => {
    const findings = findingsOf(interfaceVersionRule, withManifest((manifest) => delete manifest.widget.interface_version));
    expect(findings).toHaveLength(1);
    expect(said(findings[0])).toContain('"interface_version": 2');
  });

  it('leaves "2" in quotes to manifest/schema', () => {
    expect(findingsOf(interfaceVersionRule, withManifest((manifest) => (manifest.widget.interface_version = '2')))).toEqual([]);
  });
});
