import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { locationBlockRule } from '../../../../shared/rules/manifest/location-block';
import { requiredFieldRule } from '../../../../shared/rules/manifest/required-field';
import { schemaRule } from '../../../../shared/rules/manifest/schema';
import { supportRule } from '../../../../shared/rules/manifest/support';
import { tourRule } from '../../../../shared/rules/manifest/tour';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { withManifest, withManifestText } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

const MANIFEST_RULES = [schemaRule, requiredFieldRule, tourRule, supportRule, locationBlockRule];

function manifestFindings(snapshot: ReturnType<typeof validSnapshot>, platform: 'amocrm' | 'kommo' = 'amocrm') {
  return checkWidget(snapshot, { rules: MANIFEST_RULES, platform }).findings;
}

describe('top-level blocks written inside "widget" (and widget keys at the top level)', () => {
  it('says where locations and a salesbot block belong instead of calling them missing', () => {
    const text = [
      '{',
      '  "widget": {',
      '    "name": "settings.name",',
      '    "description": "settings.description",',
      '    "short_description": "settings.short_description",',
      '    "locale": ["en", "es"],',
      '    "installation": false,',
      '    "support": { "email": "help@acme-widgets.io" },',
      '    "locations": ["salesbot_designer"],',
      '    "salesbot_designer": { "ask_ai": { "name": "settings.handler_name", "settings": {} } }',
      '  },',
      '  "tour": { "is_tour": true, "tour_images": { "en": ["/images/tour_1_en.png"], "es": ["/images/tour_1_es.png"] }, "tour_description": "widget.tour_description" }',
      '}',
    ].join('\n');
    const findings = manifestFindings(withManifestText(text, 'kommo'), 'kommo');
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([
      ['manifest/schema', 9, 5],
      ['manifest/schema', 10, 5],
    ]);
    expect(said(findings[0])).toContain('widget.locations belongs at the top level of manifest.json');
    expect(findings[1].message).toContain('widget.salesbot_designer');
  });

  it('says where a widget key written at the top level belongs', () => {
    const snapshot = withManifest((manifest) => {
      manifest.support = manifest.widget.support;
      delete manifest.widget.support;
    });
    const findings = manifestFindings(snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'manifest/schema' });
    expect(findings[0].message).toContain('belongs inside the widget block');
  });

  it('keeps reporting keys that are missing everywhere, and passes a manifest with both in place', () => {
    const missing = withManifest((manifest) => {
      delete manifest.locations;
      delete manifest.tour;
    });
    expect(manifestFindings(missing).map((finding) => finding.ruleId).sort()).toEqual(['manifest/required-field', 'manifest/tour']);
    expect(manifestFindings(validSnapshot('amocrm'))).toEqual([]);
  });

  it('leaves a key that is written in both places to the other rules (nothing is missing)', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.locations = ['settings'];
    });
    expect(manifestFindings(snapshot)).toEqual([]);
  });
});
