import { describe, expect, it } from 'vitest';
import { evalRule } from '../../../../shared/rules/code/eval';
import { lines, runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

const run = (body: string) => runRule(evalRule, { 'script.js': widgetScript(body) });

describe('code/eval', () => {
  it('reports code built from strings', () => {
    const body = [
      '    eval("self.x = 1");', // 4
      '    window.eval(code);', // 5
      '    var f = new Function("a", "return a");', // 6
      '    Function("return this")();', // 7
      '    setTimeout("self.refresh()", 100);', // 8
      '    setInterval("tick(" + n + ")", 1000);', // 9
      '    $.globalEval(response);', // 10
      '    (0, eval)("1");', // 11
    ].join('\n');
    const findings = run(body);
    expect(lines(findings)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/eval', severity: 'warning' });
    expect(said(findings[4])).toContain('setTimeout');
  });

  it('reports eval and Function reached through globalThis, computed names and optional calls', () => {
    const body = [
      '    globalThis["eval"](code);', // 4
      '    new window.Function("return 1");', // 5
      '    window?.setTimeout("self.refresh()", 100);', // 6
      '    (0, window.eval)(code);', // 7
    ].join('\n');
    expect(lines(run(body))).toEqual([4, 5, 6, 7]);
  });

  it('passes timers with functions and look-alike names', () => {
    const body = [
      '    setTimeout(function () { self.refresh(); }, 100);',
      '    setTimeout(self.refresh, 100);',
      '    window.setInterval(() => tick(), 1000);',
      '    var data = JSON.parse(text);',
      '    parser.eval(expression);',
      '    function run(eval) { return eval(1); }',
      '    evaluate("1 + 1"); self.Function("x"); window.setTimeouts("x");',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(evalRule, {})).toEqual([]);
  });
});
