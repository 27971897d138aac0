import { describe, expect, it } from 'vitest';
import { legacyKeysRule } from '../../../../shared/rules/manifest/legacy-keys';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/legacy-keys', () => {
  it('passes a manifest without code and secret_key', () => {
    expect(findingsOf(legacyKeysRule, validSnapshot())).toEqual([]);
  });

  it('gives an info for code and secret_key, explaining when they are still needed', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.code = 'amo_sample_v0';
      manifest.widget.secret_key = 'c4fba68b3cc2da17d507c8830bdabb2c2d420575d554065960754efad89000a7';
    });
    const findings = findingsOf(legacyKeysRule, snapshot);
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'info', file: 'manifest.json' });
      expect(finding.message).toContain('no longer needed for new widgets');
      expect(said(finding)).toContain('until that widget is converted');
    }
  });
});
