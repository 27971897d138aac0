import { describe, expect, it } from 'vitest';
import { locationRule } from '../../../../shared/rules/manifest/location';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

function findingsFor(locations: unknown, platform: 'amocrm' | 'kommo' = 'amocrm') {
  return findingsOf(locationRule, withManifest((manifest) => (manifest.locations = locations), platform), platform);
}

describe('manifest/location', () => {
  it('passes real-world location lists', () => {
    expect(findingsOf(locationRule, validSnapshot())).toEqual([]);
    expect(findingsFor(['ccard-1', 'clist-1', 'digital_pipeline', 'settings'])).toEqual([]);
    expect(findingsFor(['everywhere', 'lcard-1', 'comcard-1', 'ccard-0', 'cucard-0', 'llist-0', 'clist-1', 'culist-0', 'tlist-1'])).toEqual([]);
    expect(findingsFor(['settings', 'lcard-1', 'ccard-0'], 'kommo')).toEqual([]);
    expect(findingsFor(['ccard-1', 'clist-0', 'lcard-1', 'llist-0', 'settings', 'digital_pipeline', 'advanced_settings', 'salesbot_designer', 'sms', 'mobile_card'], 'kommo')).toEqual([]);
    expect(findingsFor(['card_sdk', 'lcard-1', 'catalogs', 'widget_page', 'website_chat_button', 'ai_agent', 'lead_sources'])).toEqual([]);
    expect(findingsFor([])).toEqual([]);
  });

  it('reports an unknown area and suggests the closest one', () => {
    const [finding] = findingsFor(['lcrad-1']);
    expect(finding).toMatchObject({ severity: 'error', file: 'manifest.json' });
    expect(said(finding)).toContain('Did you mean "lcard-1"?');
    expect(said(findingsFor(['digital-pipeline'])[0])).toContain('Did you mean "digital_pipeline"?');
  });

  it('says when an area exists only on the other platform', () => {
    const [finding] = findingsFor(['cucard-1'], 'kommo');
    expect(said(finding)).toContain('exists only on amoCRM');
  });

  it('reports bad suffixes', () => {
    expect(said(findingsFor(['lcard-2'])[0])).toContain('Only -1');
    expect(findingsFor(['everywhere-1'])[0].message).toContain('everywhere takes no -0/-1 suffix');
    expect(findingsFor([' lcard-1'])[0].message).toContain('spaces');
    expect(findingsFor(['lcard-1', ''])[0].message).toContain('empty string');
  });

  it('reports the same area twice', () => {
    const findings = findingsFor(['ccard-0', 'settings', 'ccard-1']);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('ccard twice ("ccard-0" at [0] and "ccard-1" at [2])');
  });

  it('reports card_sdk without a card area', () => {
    const findings = findingsFor(['card_sdk', 'settings']);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('none of lcard, ccard, comcard');
  });

  it('points at the entry line', () => {
    const snapshot = validSnapshot('amocrm', {
      'manifest.json': JSON.stringify({ widget: {}, locations: ['settings', 'nowhere'] }, null, 2),
    });
    const [finding] = findingsOf(locationRule, snapshot);
    expect(finding.line).toBe(5);
  });
});
