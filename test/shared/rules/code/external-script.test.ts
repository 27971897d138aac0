import { describe, expect, it } from 'vitest';
import { externalScriptRule } from '../../../../shared/rules/code/external-script';
import { runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

describe('code/external-script', () => {
  it('warns about scripts from hosts outside the checklist list, naming the host and the list', () => {
    const script = [
      "define(['jquery', 'https://unpkg.com/dayjs@1/dayjs.min.js', '//widgets.acme.io/app.js'], function ($) {", // 1
      "  require.config({ paths: { chart: 'https://acme-cdn.io/chart', sortable: ['https://cdn.jsdelivr.net/npm/sortablejs@1/Sortable.min', 'lib/sortable'] } });", // 2
      "  $.getScript('https://maps.example.com/api.js');", // 3
      "  var s = document.createElement('script');", // 4
      "  s.src = 'https://tracker.example.net/t.js';", // 5
      "  require(['http://code.jquery.com/ui/1.13.2/jquery-ui.min.js']);", // 6
      '  return function () { this.callbacks = { render: function () { return true; } }; };', // 7
      '});', // 8
    ].join('\n');
    const findings = runRule(externalScriptRule, { 'script.js': script });
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [1, 'warning'],
      [1, 'warning'],
      [2, 'warning'],
      [2, 'info'],
      [3, 'warning'],
      [5, 'warning'],
      [6, 'warning'],
    ]);
    expect(findings[0].message).toContain('unpkg.com');
    expect(said(findings[0])).toContain('code.jquery.com');
    expect(said(findings[3])).toContain('moderators check each library');
    expect(findings[6].message).toContain('http://');
  });

  it('passes recommended CDNs, widget files, requirejs modules, images and stylesheets', () => {
    const body = [
      "    require(['https://code.jquery.com/ui/1.13.2/jquery-ui.min.js', 'https://yastatic.net/jquery/3.3.1/jquery.min.js']);",
      "    require(['./lib/helpers.js', 'lib/components/base/modal', 'css!https://fonts.example.com/a.css']);",
      "    $.getScript(self.params.path + '/lib/extra.js');",
      '    var img = new Image();',
      "    img.src = 'https://acme-widgets.io/pixel.png';",
      "    var frame = document.createElement('iframe');",
      "    frame.src = 'https://acme-widgets.io/app';",
    ].join('\n');
    expect(runRule(externalScriptRule, { 'script.js': widgetScript(body) })).toEqual([]);
  });

  it('passes the valid widget on both platforms', () => {
    expect(runRule(externalScriptRule, {})).toEqual([]);
    expect(runRule(externalScriptRule, {}, { platform: 'kommo' })).toEqual([]);
  });
});
