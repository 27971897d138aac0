import { describe, expect, it } from 'vitest';
import { globalSelectorRule } from '../../../../shared/rules/css/global-selector';
import { systemClassRule } from '../../../../shared/rules/css/system-class';
import { runRule, widgetScript } from '../code/run-rule';

const ROOT = { css: { rootSelectors: ['#acme_widget'] } };
const run = (script: string, extra = {}) =>
  runRule(globalSelectorRule, { 'script.js': script, ...extra }, { config: ROOT }).filter((finding) => finding.file !== 'style.css');

describe('CSS inside JavaScript', () => {
  it('checks <style> appended to the page, with the finding at the script position', () => {
    const script = widgetScript(`
    $('head').append('<style>#acme_widget .row { color: red; } body { margin: 0; }</style>');
`);
    const findings = run(script);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'script.js', line: 5 });
    expect(findings[0].message).toContain('"body"');
    const column = script.split('\n')[4].indexOf('body') + 1;
    expect(findings[0].column).toBe(column);
  });

  it('checks the text of a created <style> element, insertRule() and insertAdjacentHTML', () => {
    const script = widgetScript(`
    var style = document.createElement('style');
    style.textContent = '* { margin: 0; padding: 0; }';
    document.head.appendChild(style);
    style.sheet.insertRule('input { border: 0; }');
    document.body.insertAdjacentHTML('beforeend', '<style>.card-holder { width: 0; }</style>');
`);
    expect(run(script).map((finding) => finding.message.split('"')[1])).toEqual(['*', 'input', '.card-holder']);
  });

  it('checks stylesheets a bundler inlined (css-loader) and leaves scoped ones alone', () => {
    const bundle =
      '(()=>{var __webpack_modules__={7:(e,t,n)=>{var s=n(1)();s.push([e.id,"#acme_widget .x{color:red}*,*:before{box-sizing:border-box}body{font-family:Arial}",""]);e.exports=s}};})();\n';
    const findings = run(widgetScript(''), { 'app.js': bundle });
    expect(findings.map((finding) => [finding.file, finding.message.split('"')[1]])).toEqual([
      ['app.js', '*'],
      ['app.js', '*:before'],
      ['app.js', 'body'],
    ]);
  });

  it('passes scripts whose injected CSS is scoped, and ordinary strings with braces', () => {
    const script = widgetScript(`
    $('head').append('<style>#acme_widget .row { color: red; }</style>');
    var template = 'Hello {name}: {count}';
    this.data = JSON.stringify({ a: 1 });
`);
    expect(run(script)).toEqual([]);
  });

  it('runs the other CSS rules on it too: platform classes', () => {
    const script = widgetScript(`
    $('head').append('<style>.switcher__on { color: red; }</style>');
`);
    const findings = runRule(systemClassRule, { 'script.js': script }, { config: ROOT });
    expect(findings.map((finding) => finding.file)).toContain('script.js');
  });

  it('takes Vue scoped styles ([data-v-hash]) as scoped, and maps escaped line breaks to the script line', () => {
    const bundle =
      '(()=>{var __webpack_modules__={7:(e,t,n)=>{n(1)().push([e.id,".card[data-v-08da465e]{color:red}\\n.card[data-v-08da465e] *{margin:0}\\nbody{margin:0}",""])}};})();\n';
    const findings = run(widgetScript(''), { 'app.js': bundle });
    expect(findings.map((finding) => [finding.line, finding.message.split('"')[1]])).toEqual([[1, 'body']]);
  });
});

