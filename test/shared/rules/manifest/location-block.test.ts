import { describe, expect, it } from 'vitest';
import { locationBlockRule } from '../../../../shared/rules/manifest/location-block';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, type Manifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

function findingsFor(change: (manifest: Manifest) => void, platform: 'amocrm' | 'kommo' = 'amocrm') {
  return findingsOf(locationBlockRule, withManifest(change, platform), platform);
}

describe('manifest/location-block', () => {
  it('passes a widget without block locations', () => {
    expect(findingsOf(locationBlockRule, validSnapshot())).toEqual([]);
  });

  it('passes every location with its block (the Kommo manifest example)', () => {
    const findings = findingsFor((manifest) => {
      manifest.locations = ['ccard-1', 'clist-0', 'lcard-1', 'llist-0', 'settings', 'digital_pipeline', 'advanced_settings', 'salesbot_designer', 'sms', 'mobile_card', 'widget_page'];
      manifest.dp = { settings: {}, action_multiple: false, webhook_url: 'https://acme.io/dp' };
      manifest.advanced = { title: 'advanced.title' };
      manifest.salesbot_designer = { logo: '/images/bot.png', handler_code: { name: 'salesbot.handler_name', settings: {} } };
      manifest.sms = { endpoint: 'https://acme.io/sms' };
      manifest.mobile = { frame_url: 'https://acme.io/mobile', color: '#ffff00' };
      manifest.left_menu = { acme: { title: 'left_menu.title', icon: 'images/menu.svg' } };
    }, 'kommo');
    expect(findings).toEqual([]);
  });

  it('passes amoforms with amoforms_settings on amoCRM', () => {
    expect(findingsFor((manifest) => {
      manifest.locations.push('amoforms');
      manifest.amoforms_settings = { title: 'amoforms_settings.title', required: false };
    })).toEqual([]);
  });

  it('reports a location without its block at the location entry', () => {
    const findings = findingsFor((manifest) => manifest.locations.push('digital_pipeline'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'manifest.json' });
    expect(findings[0].message).toContain('digital_pipeline, which needs the "dp" block');
    expect(said(findings[0])).toContain('"action_multiple": false');
  });

  it('reports missing and empty required values of a present block', () => {
    const findings = findingsFor((manifest) => {
      manifest.locations.push('digital_pipeline', 'sms', 'mobile_card', 'advanced_settings');
      manifest.dp = { settings: {} };
      manifest.sms = { endpoint: '' };
      manifest.mobile = { frame_url: 'https://acme.io/m' };
      manifest.advanced = {};
    });
    const messages = findings.map((finding) => finding.message);
    expect(messages).toHaveLength(4);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('dp.action_multiple is missing'),
        expect.stringContaining('sms.endpoint is empty'),
        expect.stringContaining('mobile.color is missing'),
        expect.stringContaining('advanced.title is missing'),
      ]),
    );
  });

  it('reports a salesbot block without handlers and a left_menu without sections', () => {
    const findings = findingsFor((manifest) => {
      manifest.locations.push('salesbot_designer', 'widget_page');
      manifest.salesbot_designer = { logo: '/images/bot.png' };
      manifest.left_menu = {};
    });
    expect(findings.map((finding) => finding.message).sort()).toEqual([
      expect.stringContaining('left_menu has no section'),
      expect.stringContaining('salesbot_designer has no handler'),
    ]);
  });

  it('warns about a block whose location is not declared', () => {
    const findings = findingsFor((manifest) => {
      manifest.sms = { endpoint: '' };
      manifest.mobile = { frame_url: '', color: '#ffff00' };
    });
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(finding.severity).toBe('warning');
    expect(findings.map((finding) => finding.message).join('\n')).toContain('the block "sms" but locations has no sms');
  });

  it('ignores amoforms_settings on Kommo, where amoforms does not exist', () => {
    expect(findingsFor((manifest) => (manifest.amoforms_settings = { title: 'x.y' }), 'kommo')).toEqual([]);
  });
});
