import { describe, expect, it } from 'vitest';
import { scriptInjectionRule } from '../../../../shared/rules/code/script-injection';
import { lines, runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

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
    expect(said(findings[0])).toContain('define(');
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

  it('passes the empty <script></script> a bundled UI library sets through innerHTML (it runs nothing)', () => {
    const body = [
      '    function createNode(type, doc) {',
      '      var el;',
      '      if (type === "script") {',
      '        el = doc.createElement("div");',
      '        el.innerHTML = "<script><\\/script>";',
      '        el = el.removeChild(el.firstChild);',
      '      } else {',
      '        el = doc.createElement(type);',
      '      }',
      '      return el;',
      '    }',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('still reports a script with a source or code set through innerHTML, and an empty one appended with jQuery', () => {
    const body = [
      '    box.innerHTML = "<script src=\\"https://x.io/a.js\\"><\\/script>";', // 4
      '    box.innerHTML = "<script>run()<\\/script>";', // 5
      '    box.innerHTML = "<script async><\\/script>";', // 6
      '    $("head").append("<script><\\/script>");', // 7
    ].join('\n');
    expect(lines(run(body))).toEqual([4, 5, 6, 7]);
  });

  it('warns, not errs, about createElement("script") in a minified bundle, where a library may be the author', () => {
    const padding = Array.from({ length: 120 }, (_, i) => `function f${i}(t,e){return t+e*${i}}`).join(';');
    const bundle = `define([],function(){var n={};${padding};function ps(l,u){var e=u.createElement("script");e.async=!0;u.head.appendChild(e);return e}return n});\n`;
    const findings = runRule(scriptInjectionRule, { 'script.js': widgetScript(''), 'app.js': bundle });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'app.js', severity: 'warning', line: 1 });
    expect(findings[0].message).toContain('minified');
  });

  it('keeps createElement("script") an error in readable code next to a minified file', () => {
    const padding = Array.from({ length: 120 }, (_, i) => `function f${i}(t,e){return t+e*${i}}`).join(';');
    const findings = runRule(scriptInjectionRule, {
      'script.js': widgetScript('    var s = document.createElement("script");'),
      'app.js': `define([],function(){${padding}});\n`,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'script.js', severity: 'error', line: 4 });
  });
});
