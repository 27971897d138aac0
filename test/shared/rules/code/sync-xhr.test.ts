import { describe, expect, it } from 'vitest';
import { syncXhrRule } from '../../../../shared/rules/code/sync-xhr';
import { lines, runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(syncXhrRule, { 'script.js': widgetScript(body) });

describe('code/sync-xhr', () => {
  it('reports synchronous XMLHttpRequest and jQuery requests', () => {
    const body = [
      '    var xhr = new XMLHttpRequest();', // 4
      '    xhr.open("GET", "/api/x", false);', // 5
      '    xhr.open(method, url, !1);', // 6
      '    $.ajax({ url: "/api/y", async: false });', // 7
      '    jQuery.ajax("/api/z", { type: "POST", "async": false });', // 8
      '    $.ajaxSetup({ async: false });', // 9
      '    var options = { url: "/api/w", async: false };', // 10
      '    $.ajax(options);', // 11
    ].join('\n');
    const findings = run(body);
    expect(lines(findings)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/sync-xhr', severity: 'error', column: 5 });
    expect(findings[2].message).toContain('async: false');
  });

  it('passes asynchronous requests and look-alikes', () => {
    const body = [
      '    var xhr = new XMLHttpRequest();',
      '    xhr.open("GET", "/api/x", true);',
      '    xhr.open("POST", "/api/x");',
      '    $.ajax({ url: "/api/y", async: true });',
      '    $.get("/api/z", { async: false });',
      '    window.open("https://acme-widgets.io", "_blank", "noopener");',
      '    self.panel.open("left", 300, false);',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(syncXhrRule, {})).toEqual([]);
  });
});
