import { describe, expect, it } from 'vitest';
import { debugLeftoverRule } from '../../../../shared/rules/code/debug-leftover';
import { runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(debugLeftoverRule, { 'script.js': widgetScript(body) });

describe('code/debug-leftover', () => {
  it('reports alert, confirm and debugger as errors', () => {
    const findings = run(
      ['    alert("saved");', '    if (window.confirm("Sure?")) {}', '    debugger;', '    window["alert"]("x");'].join('\n'),
    );
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
    ]);
    expect(findings[0].message).toContain('alert()');
    expect(findings[2].message).toContain('debugger');
  });

  it('reports console.log and console.debug as warnings', () => {
    const findings = run(['    console.log("data", 1);', '    console.debug("state");', '    fetch("/x").then(console.log);'].join('\n'));
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [4, 'warning'],
      [5, 'warning'],
      [6, 'warning'],
    ]);
    expect(findings[1].message).toContain('important for the widget to work');
  });

  it('leaves console.error/warn/info, own functions named alert, and methods named confirm alone', () => {
    const body = [
      '    console.error("failed");',
      '    console.warn("slow");',
      '    console.info("ready");',
      '    var modal = { confirm: function () {} };',
      '    modal.confirm();',
      '    self.alert = function () {};',
      '    self.alert();',
      '    function notify(alert) { alert("x"); }',
      '    (function () { var confirm = function () { return true; }; confirm(); })();',
      '    console.log = function () {};',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('finds dialogs and console output however the call is spelt: computed names, globalThis, optional calls, line breaks', () => {
    const body = [
      '    globalThis.confirm("Sure?");', // 4
      '    window?.alert("x");', // 5
      '    console["log"]("data");', // 6
      '    window.console.debug("state");', // 7
      '    window', // 8
      '      .alert("split over lines");',
      '    console.info.log("not console.log");', // 10
      '    Alert("not the dialog");',
    ].join('\n');
    expect(run(body).map((finding) => [finding.line, finding.severity])).toEqual([
      [4, 'error'],
      [5, 'error'],
      [6, 'warning'],
      [7, 'warning'],
      [8, 'error'],
    ]);
  });

  it('skips a vendored jquery.min.js that contains alert()', () => {
    const findings = runRule(debugLeftoverRule, {
      'vendor/jquery.min.js': '!function(e){alert("x");debugger;console.log(e)}(window);',
      'js/chart.min.js': 'alert(1)',
    });
    expect(findings).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(debugLeftoverRule, {})).toEqual([]);
  });
});
