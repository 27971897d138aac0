import { describe, expect, it } from 'vitest';
import { externalStylesheetRule } from '../../../../shared/rules/css/external-stylesheet';
import { lines, runRule, widgetScript } from '../code/run-rule';
import { said } from '../../../helpers/finding-text';

describe('css/external-stylesheet', () => {
  it('warns about remote @import in CSS', () => {
    const css = ['@import url("https://fonts.googleapis.com/css2?family=Roboto");', "@import '//cdn.example.com/theme.css' screen;", '.acme-deals { color: red; }'].join('\n');
    const findings = runRule(externalStylesheetRule, { 'style.css': css });
    expect(findings).toMatchObject([{ ruleId: 'css/external-stylesheet', severity: 'warning', file: 'style.css', line: 1 }, { line: 2 }]);
    expect(findings[0].message).toContain('https://fonts.googleapis.com/css2?family=Roboto');
    expect(said(findings[0])).toContain('global selector');
  });

  it('warns about remote stylesheets loaded by scripts', () => {
    const body = [
      "    require(['css!https://cdn.example.com/picker.css']);", // 4
      '    $("head").append(\'<link rel="stylesheet" href="https://cdn.example.com/a.css">\');', // 5
      "    var link = document.createElement('link');", // 6
      "    link.href = 'https://cdn.example.com/b.css';", // 7
      "    $('<link/>', { rel: 'stylesheet', href: 'https://cdn.example.com/c.css' }).appendTo('head');", // 8
    ].join('\n');
    expect(lines(runRule(externalStylesheetRule, { 'script.js': widgetScript(body) }))).toEqual([4, 5, 7, 8]);
  });

  it('passes stylesheets shipped in the widget', () => {
    const body = [
      "    require(['css!./css/picker.css']);",
      '    $("head").append(\'<link href="\' + self.params.path + \'/style.css?v=\' + self.params.version + \'" type="text/css" rel="stylesheet">\');',
      '    $("head").append(\'<link rel="icon" href="https://acme-widgets.io/favicon.ico">\');',
    ].join('\n');
    const findings = runRule(externalStylesheetRule, {
      'script.js': widgetScript(body),
      'style.css': "@import 'parts/buttons.css';\n@import url(parts/list.css);\n.acme-deals { color: red; }",
    });
    expect(findings).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(externalStylesheetRule, {})).toEqual([]);
  });
});
