import { describe, expect, it } from 'vitest';
import { httpsUrlRule } from '../../../../shared/rules/manifest/https-url';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, type Manifest } from './manifest-fixture';

function findingsFor(change: (manifest: Manifest) => void) {
  return findingsOf(httpsUrlRule, withManifest(change));
}

describe('manifest/https-url', () => {
  it('passes https URLs and empty values', () => {
    expect(findingsOf(httpsUrlRule, validSnapshot())).toEqual([]);
    expect(findingsFor((manifest) => {
      manifest.dp = { action_multiple: false, webhook_url: 'https://example.com/webhook' };
      manifest.sms = { endpoint: 'https://sms.acme-widgets.io:8443/send?token=a' };
      manifest.mobile = { frame_url: '', color: '#fff' };
    })).toEqual([]);
  });

  it('reports http and invalid URLs at their value', () => {
    const findings = findingsFor((manifest) => {
      manifest.dp = { action_multiple: false, webhook_url: 'http://acme.io/dp' };
      manifest.sms = { endpoint: 'acme.io/sms' };
      manifest.mobile = { frame_url: 'ftp://acme.io/m', color: '#fff' };
    });
    expect(findings).toHaveLength(3);
    const byPath = (path: string) => findings.find((finding) => finding.message.startsWith(path))?.message;
    expect(byPath('dp.webhook_url')).toContain('uses http://');
    expect(byPath('sms.endpoint')).toContain('https://acme.io/sms');
    expect(byPath('mobile.frame_url')).toContain('instead of https://');
    expect(findings.every((finding) => finding.severity === 'error' && finding.line !== null)).toBe(true);
  });
});
