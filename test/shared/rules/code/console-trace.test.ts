import { describe, expect, it } from 'vitest';
import { consoleTraceRule } from '../../../../shared/rules/code/console-trace';
import { lines, runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(consoleTraceRule, { 'script.js': widgetScript(body) });

describe('code/console-trace', () => {
  it('reports console.trace outside error handling, with its line', () => {
    const findings = run(
      [
        '    console.trace("start");', // 4
        '    try {', // 5
        '      console.trace("in try");', // 6
        '    } catch (e) {', // 7
        '    } finally {', // 8
        '      console.trace("in finally");', // 9
        '    }', // 10
        '    fetch("/x").then(function (r) { console.trace(r); });', // 11
        '    window.console.trace("via window");', // 12
        '    console["trace"]("computed");', // 13
        '    var trace = console.trace;', // 14
      ].join('\n'),
    );
    expect(lines(findings)).toEqual([4, 6, 9, 11, 12, 13, 14]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/console-trace', severity: 'error', file: 'script.js', column: 5 });
    expect(findings[0].message).toContain('catch');
  });

  it('allows console.trace in a catch block, also in a callback written inside it', () => {
    const body = [
      '    try { JSON.parse("x"); } catch (error) {',
      '      console.trace(error);',
      '      setTimeout(function () { console.trace(error); }, 10);',
      '    }',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('allows console.trace in promise rejection handlers', () => {
    const body = [
      '    fetch("/a").catch(function (e) { console.trace(e); });',
      '    fetch("/b").catch((e) => console.trace(e));',
      '    fetch("/c").then(function ok() {}, function failed(e) { console.trace(e); });',
      '    fetch("/d").then(null, (e) => { if (e) { console.trace(e); } });',
      '    $.ajax({ url: "/e" }).fail(function (xhr) { console.trace(xhr); });',
      '    fetch("/f").catch(console.trace);',
      '    fetch("/g").catch(console.trace.bind(console));',
      '    fetch("/h")?.catch(function (e) { console.trace(e); });',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('allows a handler defined elsewhere and passed by name', () => {
    const body = [
      '    function onError(e) { console.trace(e); }',
      '    this.handleFailure = function (e) { console.trace(e); };',
      '    var report = (e) => console.trace(e);',
      '    fetch("/a").catch(onError);',
      '    fetch("/b").then(function () {}, self.handleFailure.bind(self));',
      '    fetch("/c").catch(report);',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('does not treat a local variable named console as the console', () => {
    expect(run('    var log = function (console) { console.trace("custom logger"); };')).toEqual([]);
  });

  it('skips vendor files', () => {
    expect(runRule(consoleTraceRule, { 'vendor/lib.js': 'console.trace("x");' })).toEqual([]);
  });

  it('passes the valid widget (console.trace inside .catch)', () => {
    expect(runRule(consoleTraceRule, {})).toEqual([]);
    expect(runRule(consoleTraceRule, {}, { platform: 'kommo' })).toEqual([]);
  });
});
