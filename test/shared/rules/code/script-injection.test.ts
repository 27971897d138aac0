import { describe, expect, it } from 'vitest';
import { scriptInjectionRule } from '../../../../shared/rules/code/script-injection';
import { lines, runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(scriptInjectionRule, { 'script.js': widgetScript(body) });

describe('code/script-injection', () => {
  it('reports createElement("script") in its spellings', () => {
    const body = [
      '    var s = document.createElement("script");', // 4
      '    var t = document.createElement(`SCRIPT`);', // 5
      '    var tag = "script";', // 6
      '    var u = document.createElement(tag);', // 7
      '    var v = document.createElementNS("http://www.w3.org/1999/xhtml", "script");', // 8
    ].join('\n');
    const findings = run(body);
    expect(lines(findings)).toEqual([4, 5, 7, 8]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/script-injection', severity: 'error', column: 13 });
    expect(findings[0].message).toContain('define(');
  });

  it('reports <script> tags inserted as HTML', () => {
    const body = [
      '    $("head").append(\'<script src="https://x.io/a.js"></script>\');', // 4
      '    document.head.innerHTML += "<script>var a = 1;</" + "script>";', // 5
      '    document.body.insertAdjacentHTML("beforeend", `<SCRIPT src="${self.params.path}/x.js"></SCRIPT>`);', // 6
      '    $(\'<script type="text/javascript">\').appendTo("head");', // 7
    ].join('\n');
    expect(lines(run(body))).toEqual([4, 5, 6, 7]);
  });

  it('passes other elements, template scripts and widget CSS links', () => {
    const body = [
      '    var div = document.createElement("div");',
      '    var el = document.createElement(self.tagName);',
      '    $("body").append(\'<script type="text/template" id="row"><li></li></script>\');',
      '    $("#list").html("<p>Descriptions of <scripts> are fine</p>");',
      '    $("head").append(\'<link href="\' + self.params.path + \'/style.css" type="text/css" rel="stylesheet">\');',
      '    var label = "script";',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(scriptInjectionRule, {})).toEqual([]);
  });
});
