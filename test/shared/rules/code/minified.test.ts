import { describe, expect, it } from 'vitest';
import { minifiedRule } from '../../../../shared/rules/code/minified';
import { runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

/** Minifier-shaped code: one long line of short names. */
function minifiedBundle(functions: number): string {
  const parts: string[] = [];
  for (let i = 0; i < functions; i += 1) parts.push(`function f${i}(a,b){var c=a+b,d=c*2;return d>${i}?c:d}`);
  return `!function(e,t){${parts.join(';')};e.x=t}(window,{});`;
}

describe('code/minified', () => {
  it('warns about own code on one long line', () => {
    const findings = runRule(minifiedRule, { 'js/app.js': minifiedBundle(60) });
    expect(findings).toMatchObject([{ ruleId: 'code/minified', severity: 'warning', file: 'js/app.js', line: 1 }]);
    expect(said(findings[0])).toContain('vendor');
  });

  it('warns about packed and obfuscated code', () => {
    const packed = "eval(function(p,a,c,k,e,d){e=function(c){return c};return p}('0 1',2,2,'var|x'.split('|'),0,{}))\n";
    const obfuscated = Array.from({ length: 8 }, (_, i) => `var _0x${(0x1a2b + i).toString(16)} = ${i};`).join('\n');
    const findings = runRule(minifiedRule, { 'lib/packed.js': packed, 'lib/obf.js': obfuscated });
    expect(findings.map((finding) => finding.file)).toEqual(['lib/obf.js', 'lib/packed.js']);
    expect(findings[0].message).toContain('_0x1a2b');
    expect(findings[1].message).toContain('packed');
  });

  it('warns about mangled names even when re-indented', () => {
    const body = Array.from({ length: 30 }, (_, i) => `function q${i % 10}(a, b) {\n  var c = a + b;\n  return c;\n}`).join('\n');
    const findings = runRule(minifiedRule, { 'lib/pretty.js': body });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('one or two characters');
  });

  it('passes readable code, even with a long data string on one line', () => {
    const logo = `data:image/png;base64,${'iVBORw0KGgo'.repeat(2000)}`;
    const script = widgetScript(`    var LOGO = "${logo}";\n    var TEMPLATE = \`${'<div class="acme-deals__row"></div>'.repeat(200)}\`;`);
    expect(runRule(minifiedRule, { 'script.js': script })).toEqual([]);
  });

  it('passes a short one-line file and readable code with common short names', () => {
    const readable = Array.from(
      { length: 40 },
      (_, i) => `function handle${i}(event, $) {\n  var items = event.data;\n  for (var i = 0; i < items.length; i += 1) {\n    $(items[i]).show();\n  }\n}`,
    ).join('\n');
    expect(runRule(minifiedRule, { 'lib/tiny.js': 'define([], function () { return { ok: true }; });', 'lib/ui.js': readable })).toEqual([]);
  });

  it('skips minified third-party files', () => {
    expect(runRule(minifiedRule, { 'vendor/lib.js': minifiedBundle(60), 'js/select2.min.js': minifiedBundle(60) })).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(minifiedRule, {})).toEqual([]);
  });
});
