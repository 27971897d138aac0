import { describe, expect, it } from 'vitest';
import { requiredFieldRule } from '../../../../shared/rules/manifest/required-field';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, withManifestText } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/required-field', () => {
  it('passes the valid manifests', () => {
    expect(findingsOf(requiredFieldRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(requiredFieldRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });

  it('does not need settings when installation is false', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.installation = false;
      delete manifest.settings;
    });
    expect(findingsOf(requiredFieldRule, snapshot)).toEqual([]);
  });

  it('reports each missing widget key at the widget block', () => {
    const text = '{\n  "widget": {\n    "version": "1.0.0"\n  },\n  "locations": ["settings"]\n}\n';
    const findings = findingsOf(requiredFieldRule, withManifestText(text));
    expect(findings.map((finding) => finding.message.split(' ')[0]).sort()).toEqual([
      'widget.description',
      'widget.installation',
      'widget.locale',
      'widget.name',
      'widget.short_description',
    ]);
    for (const finding of findings) expect(finding).toMatchObject({ file: 'manifest.json', line: 2, column: 13, severity: 'error' });
    expect(findings.find((finding) => finding.message.startsWith('widget.name'))?.help?.en).toContain('Add "name": "widget.name"');
  });

  it('reports a missing widget block once, and missing locations', () => {
    const findings = findingsOf(requiredFieldRule, withManifestText('{"tour": {}}'));
    expect(findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('no "widget" block'), expect.stringContaining('no "locations"')]),
    );
    expect(findings).toHaveLength(2);
  });

  it('reports an empty widget.name, as in the Kommo reference example', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.name = '';
      manifest.widget.short_description = '   ';
    });
    const findings = findingsOf(requiredFieldRule, snapshot);
    expect(findings.map((finding) => said(finding))).toEqual([
      expect.stringMatching(/^widget\.name is empty[^]*"widget\.name"/),
      expect.stringMatching(/^widget\.short_description is empty/),
    ]);
  });

  it('needs settings when installation is true', () => {
    const snapshot = withManifest((manifest) => {
      delete manifest.settings;
    });
    const findings = findingsOf(requiredFieldRule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('installation is true');
    expect(said(findings[0])).toContain('or set installation to false');
  });

  it('leaves wrong types to manifest/schema', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.name = 42;
      manifest.widget.installation = 'true';
      delete manifest.settings;
    });
    expect(findingsOf(requiredFieldRule, snapshot)).toEqual([]);
    expect(findingsOf(requiredFieldRule, withManifestText('{"widget": "x", "locations": []}'))).toEqual([]);
  });
});
