import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { codeRules } from '../../../../shared/rules/code';
import { cssRules } from '../../../../shared/rules/css';
import { validSnapshot } from '../../../helpers/widget-fixture';

describe('code and css rules on the valid widget', () => {
  for (const platform of ['amocrm', 'kommo'] as const) {
    it(`find nothing in the ${platform} fixture`, () => {
      expect(checkWidget(validSnapshot(platform), { rules: [...codeRules, ...cssRules], platform }).findings).toEqual([]);
    });
  }

  it('find nothing in a widget with templates, a vendored library and a settings stylesheet', () => {
    const snapshot = validSnapshot('amocrm', {
      'templates/panel.twig': '<div class="acme-deals"><script>alert(1)</script>{{ items }}</div>',
      'vendor/select2/select2.min.js': '!function(){alert("x");debugger;eval("1")}();',
      'vendor/select2/select2.css': 'body .select2-container { z-index: 9999; }',
      'css/settings.css': '.acme-deals-settings { padding: 10px; }\n.acme-deals-settings__row + .acme-deals-settings__row { margin-top: 5px; }',
      'widget-publisher.json': '{"vendor": ["vendor/**"]}',
    });
    expect(checkWidget(snapshot, { rules: [...codeRules, ...cssRules] }).findings).toEqual([]);
  });
});
