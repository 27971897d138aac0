import { describe, expect, it } from 'vitest';
import { schemaRule } from '../../../../shared/rules/manifest/schema';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest, withManifestText } from './manifest-fixture';

describe('manifest/schema', () => {
  it('passes the valid manifests of both platforms', () => {
    expect(findingsOf(schemaRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(schemaRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });

  it('tolerates keys the platform does not document, and an empty settings array written by PHP', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget.author = { name: 'Acme' };
      manifest.build = 42;
      manifest.settings = [];
      manifest.salesbot_designer = { logo: '/images/bot.png', handler: { name: 'salesbot.handler', settings: {} } };
      manifest.left_menu = { acme_section: { title: 'left_menu.title', icon: 'images/menu.svg', submenu: {} } };
    });
    expect(findingsOf(schemaRule, snapshot)).toEqual([]);
  });

  it('reports a root that is not an object', () => {
    const [finding] = findingsOf(schemaRule, withManifestText('["widget"]'));
    expect(finding.message).toContain('must hold one JSON object');
    expect(finding.message).toContain('found an array');
  });

  it('reports quoted booleans and numbers with the JSON path, line and the fix', () => {
    const text = [
      '{',
      '  "widget": {',
      '    "name": "widget.name",',
      '    "installation": "true",',
      '    "interface_version": "2",',
      '    "locale": "en"',
      '  }',
      '}',
    ].join('\n');
    const findings = findingsOf(schemaRule, withManifestText(text));
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ file: 'manifest.json', line: 4, column: 21 });
    expect(findings[0].message).toBe('widget.installation must be true without quotes (a JSON boolean), found the string "true".');
    expect(findings[1]).toMatchObject({ line: 5 });
    expect(findings[1].message).toContain('widget.interface_version must be a whole number without quotes');
    expect(findings[2]).toMatchObject({ line: 6 });
    expect(findings[2].message).toContain('write it as ["en"]');
  });

  it('reports wrong shapes across the manifest', () => {
    const snapshot = withManifest((manifest) => {
      manifest.widget = { ...manifest.widget, name: 5, init_once: 'no', is_showcase: 1, support: 'help@acme.io' };
      manifest.locations = ['lcard-1', 7];
      manifest.tour.tour_images = { ru: '/images/tour_1_ru.png', en: ['/images/tour_1_en.png'] };
      manifest.settings = { api_key: 'settings.api_key' };
      manifest.dp = { action_multiple: 'false', settings: [] };
      manifest.mobile = { frame_url: 'https://acme.io/m', color: 'yellow' };
      manifest.interface_version = 'ignored at the root';
    });
    const messages = findingsOf(schemaRule, snapshot).map((finding) => finding.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('widget.name must be a string'),
        expect.stringContaining('widget.init_once must be true or false, found the string "no"'),
        expect.stringContaining('widget.is_showcase must be true or false, found the number 1'),
        expect.stringContaining('widget.support must be an object'),
        expect.stringContaining('locations[1] must be a string'),
        expect.stringContaining('tour.tour_images.ru must be an array'),
        expect.stringContaining('settings.api_key must be an object'),
        expect.stringContaining('dp.action_multiple must be false without quotes'),
        expect.stringContaining('mobile.color must be a HEX colour'),
      ]),
    );
    expect(messages).toHaveLength(9);
  });

  it('accepts #rgb and #rrggbb colours', () => {
    for (const color of ['#ff0', '#FFFF00', '#a1b2c3']) {
      const snapshot = withManifest((manifest) => {
        manifest.mobile = { frame_url: 'https://acme.io/m', color };
      });
      expect(findingsOf(schemaRule, snapshot)).toEqual([]);
    }
  });

  it('checks salesbot handlers but not plain values beside them', () => {
    const snapshot = withManifest((manifest) => {
      manifest.salesbot_designer = { logo: '/images/bot.png', send: { name: 7, settings: { text: 'x' } } };
    });
    const messages = findingsOf(schemaRule, snapshot).map((finding) => finding.message);
    expect(messages).toEqual([
      expect.stringContaining('salesbot_designer.send.name must be a string'),
      expect.stringContaining('salesbot_designer.send.settings.text must be an object'),
    ]);
  });
});
