import { describe, expect, it } from 'vitest';
import { codeRules } from '../../../../shared/rules/code';
import { jsSyntaxRule } from '../../../../shared/rules/code/js-syntax';
import { checkWidget } from '../../../../shared/check/check-widget';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

describe('code/js-syntax', () => {
  it('reports a syntax error with its line and column', () => {
    const findings = runRule(jsSyntaxRule, { 'script.js': widgetScript('    var settings = {\n      a: 1,,\n    };') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'code/js-syntax', severity: 'error', file: 'script.js', line: 5, column: 12 });
    expect(said(findings[0])).toContain('Syntax error at line 5, column 12');
  });

  it('checks every own .js file, not only script.js', () => {
    const findings = runRule(jsSyntaxRule, { 'lib/helpers.js': 'define([], function () {\n  return {\n    x: 1 +,\n  };\n});\n' });
    expect(findings).toMatchObject([{ file: 'lib/helpers.js', line: 3 }]);
  });

  it('passes modern syntax the browser runs as a classic script', () => {
    const modern = widgetScript(
      [
        '    class Store { #items = []; static of() { return new Store(); } get size() { return this.#items.length; } }',
        '    const name = self?.params?.widget_code ?? "x";',
        '    const load = async () => { for await (const x of []) {} return 1n + 2n; };',
        '    const { a, ...rest } = { a: 1, b: 2 };',
        '    label: for (const item of [1]) { break label; }',
        '    var re = /(?<year>\\d{4})/u;',
      ].join('\n'),
    );
    expect(runRule(jsSyntaxRule, { 'script.js': modern })).toEqual([]);
  });

  it('passes sloppy-mode code that strict module parsing would refuse', () => {
    expect(runRule(jsSyntaxRule, { 'lib/legacy.js': 'var arguments2 = 010;\nwith (Math) { var r = max(1, 2); }\n' })).toEqual([]);
  });

  it('reports ES module syntax in script.js as an error and elsewhere as a warning', () => {
    const findings = runRule(jsSyntaxRule, {
      'script.js': "// entry\nimport $ from 'jquery';\nexport default function Widget() {}\n",
      'lib/util.js': 'export const x = 1;\n',
      'lib/module.mjs': 'export const y = 2;\n',
    });
    expect(findings).toMatchObject([
      { file: 'lib/util.js', severity: 'warning', line: 1 },
      { file: 'script.js', severity: 'error', line: 2, column: 1 },
    ]);
    expect(said(findings[1])).toContain('requirejs');
  });

  it('skips vendor files, junk folders and ignored files before parsing them', () => {
    const broken = 'function ( {';
    const findings = runRule(
      jsSyntaxRule,
      {
        'vendor/chart.js': broken,
        'lib/jquery.min.js': broken,
        'node_modules/left-pad/index.js': broken,
        'build/tmp.js': broken,
        'third_party/lib.js': broken,
      },
      { config: { ignore: ['build/'], vendor: ['vendor/**', '**/*.min.js', 'third_party/**'] } },
    );
    expect(findings).toEqual([]);
  });

  it('does not parse an own file over the size cap and says so', () => {
    const huge = 'var a = 1;\n'.repeat(300_000);
    const findings = runRule(jsSyntaxRule, { 'lib/bundle.js': huge });
    expect(findings).toMatchObject([{ file: 'lib/bundle.js', severity: 'warning' }]);
    expect(said(findings[0])).toContain('vendor');
  });

  it('says a deeply nested generated file was not checked, without calling it a syntax error', () => {
    const findings = runRule(jsSyntaxRule, { 'lib/generated.js': `var x = ${'('.repeat(20000)}1${')'.repeat(20000)};` });
    expect(findings).toMatchObject([{ file: 'lib/generated.js', severity: 'warning' }]);
    expect(findings[0].message).toContain('nests too deeply');
  });

  it('copes with very long string concatenations in every code rule', () => {
    const html = Array.from({ length: 1500 }, (_, i) => `'<li>${i}</li>'`).join(' +\n');
    const snapshot = validSnapshot('amocrm', { 'lib/list.js': `$('body').append(${html});\nsetTimeout(${html}, 1);\n` });
    const findings = checkWidget(snapshot, { rules: codeRules }).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(['code/eval']);
  });

  it('gives a file with a syntax error exactly one finding across all code rules', () => {
    const snapshot = validSnapshot('amocrm', { 'script.js': widgetScript('    alert("x"; console.trace();') });
    const findings = checkWidget(snapshot, { rules: codeRules }).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(['code/js-syntax']);
  });

  it('passes the valid widget on both platforms', () => {
    expect(runRule(jsSyntaxRule, {})).toEqual([]);
    expect(runRule(jsSyntaxRule, {}, { platform: 'kommo' })).toEqual([]);
  });

  it('warns about variables assigned without being declared, once per name, with the first line', () => {
    const script = [
      "define(['jquery'], function ($) {", // 1
      '  var Widget = function () {', // 2
      '    var self = this;', // 3
      '    this.callbacks = {', // 4
      '      init: function () {', // 5
      "        $card = document.getElementById('card_holder');", // 6: no var: a global of the CRM page
      '        counter++;', // 7
      '        for (key in self) {}', // 8
      "        $card = null;", // 9
      '        return true;', // 10
      '      },', // 11
      '    };', // 12
      '    return this;', // 13
      '  };', // 14
      '  return Widget;', // 15
      '});', // 16
    ].join('\n');
    const findings = runRule(jsSyntaxRule, { 'script.js': script });
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [6, 'warning'],
      [7, 'warning'],
      [8, 'warning'],
    ]);
    expect(said(findings[0])).toContain('Assigns to "$card" (and 1 more time in this file)');
    expect(said(findings[0])).toContain('global variable of the whole CRM page');
  });

  it('passes declared, hoisted and platform-provided names, and window slots such as onload', () => {
    const files = {
      'script.js': widgetScript(
        [
          '    var total;',
          '    function bump() { total = (total || 0) + 1; later = 2; var later; }',
          '    try { bump(); } catch (error) { error = null; }',
          '    const { a } = { a: 1 }; let b; [b] = [a];',
          '    AMOCRM.data.current_card.id;',
          '    window.KommoWidget = window.KommoWidget || {};',
          '    onbeforeunload = null;',
          '    sharedCounter = 1;',
        ].join('\n'),
      ),
      // A classic (non-AMD) script's top-level var is a global the other files may assign.
      'lib/globals.js': 'var sharedCounter = 0;\n',
    };
    expect(runRule(jsSyntaxRule, files)).toEqual([]);
  });
});
