import { describe, expect, it } from 'vitest';
import { showcaseRule } from '../../../../shared/rules/manifest/showcase';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/showcase', () => {
  it('passes without is_showcase, with is_showcase false, and a showcase with installation false', () => {
    expect(findingsOf(showcaseRule, validSnapshot())).toEqual([]);
    expect(findingsOf(showcaseRule, withManifest((manifest) => (manifest.widget.is_showcase = false)))).toEqual([]);
    const showcase = withManifest((manifest) => {
      manifest.widget.is_showcase = true;
      manifest.widget.installation = false;
      delete manifest.settings;
    });
    expect(findingsOf(showcaseRule, showcase)).toEqual([]);
  });

  it('reports is_showcase true with installation true, at installation', () => {
    const findings = findingsOf(showcaseRule, withManifest((manifest) => (manifest.widget.is_showcase = true)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'manifest.json' });
    expect(said(findings[0])).toContain('"installation": false');
  });
});
