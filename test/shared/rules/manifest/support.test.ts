import { describe, expect, it } from 'vitest';
import { supportRule } from '../../../../shared/rules/manifest/support';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, type Manifest } from './manifest-fixture';

function findingsFor(support: unknown) {
  return findingsOf(supportRule, withManifest((manifest) => (manifest.widget.support = support)));
}

describe('manifest/support', () => {
  it('passes a valid link and email, or just one of them', () => {
    expect(findingsOf(supportRule, validSnapshot())).toEqual([]);
    expect(findingsFor({ link: 'https://acme-widgets.io/support' })).toEqual([]);
    expect(findingsFor({ email: 'support@acme-widgets.io' })).toEqual([]);
    expect(findingsFor({ link: 'https://t.me/acme_support', email: '' })).toEqual([]);
    expect(findingsFor({ link: '', email: 'help@acme-widgets.io' })).toEqual([]);
  });

  it('reports a missing support block', () => {
    const findings = findingsOf(supportRule, withManifest((manifest) => delete manifest.widget.support));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'manifest.json' });
    expect(findings[0].message).toContain('widget.support is missing');
  });

  it('reports a support block with both values empty, as in the Kommo reference example', () => {
    const findings = findingsFor({ link: '', email: '' });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('neither a link nor an email');
  });

  it('requires https for the link', () => {
    const [http] = findingsFor({ link: 'http://acme.io/help' });
    expect(http.message).toContain('https://');
    const [bare] = findingsFor({ link: 'acme.io/help' });
    expect(bare.message).toContain('https://acme.io/help');
    expect(findingsFor({ link: 'not a url' })[0].message).toContain('not a valid URL');
    expect(findingsFor({ link: 'mailto:help@acme.io' })[0].message).toContain('instead of https://');
  });

  it('checks both values when both are given', () => {
    const findings = findingsFor({ link: 'https://acme.io/help', email: 'help at acme.io' });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('not a valid email');
    const both = findingsFor({ link: 'http://acme.io', email: 'nobody' });
    expect(both).toHaveLength(2);
  });

  it('leaves a non-object support block to manifest/schema', () => {
    expect(findingsFor('help@acme.io')).toEqual([]);
  });

  // This test file used to pass https://www.amocrm.com and support@amocrm.com as valid support: they are the
  // structure page's example values, and real widgets ship them, sending their users to the platform's support.
  it('warns when support points at the platform itself, as the documentation example does', () => {
    const findings = findingsFor({ link: 'https://www.amocrm.com', email: 'support@amocrm.com' });
    expect(findings.map((finding) => [finding.severity, finding.line !== null])).toEqual([
      ['warning', true],
      ['warning', true],
    ]);
    expect(findings[0].message).toContain('widget.support.link "https://www.amocrm.com" is on amocrm.com');
    expect(findings[1].message).toContain('widget.support.email "support@amocrm.com" is on amocrm.com');
    expect(findingsFor({ link: 'https://help.kommo.com/widgets' })).toHaveLength(1);
    // A domain that only contains the platform's name is the developer's own.
    expect(findingsFor({ link: 'https://amocrm-widgets.io', email: 'team@myamocrm.com' })).toEqual([]);
  });

  it("does not warn on the platform's own widget: its support is the platform, and its files carry the platform's name", () => {
    const kommoSupport = (manifest: Manifest) => (manifest.widget.support = { link: 'https://kommo.com', email: 'support@kommo.com' });
    const ownFiles = { 'assets/css/kommo.css': '.kommo-birthday{}', 'images/kommo_logo.svg': '<svg/>' };
    expect(findingsOf(supportRule, withManifest(kommoSupport, 'kommo', ownFiles))).toEqual([]);
    // The documentation example copied into a developer's widget: the platform's domain without its files.
    expect(findingsOf(supportRule, withManifest(kommoSupport, 'kommo'))).toHaveLength(2);
    // A file named after the platform does not excuse support split between the platform and the developer.
    const mixed = withManifest((manifest) => (manifest.widget.support = { link: 'https://kommo.com', email: 'help@acme-widgets.io' }), 'kommo', ownFiles);
    expect(findingsOf(supportRule, mixed).map((finding) => finding.message.slice(0, 39))).toEqual(['widget.support.link "https://kommo.com"']);
  });
});
