import { describe, expect, it } from 'vitest';
import { undeclaredReadRule } from '../../../../shared/rules/code/undeclared-read';
import { runRule, widgetScript } from './run-rule';

const run = (script: string, extra = {}) => runRule(undeclaredReadRule, { 'script.js': script, ...extra });

describe('code/undeclared-read', () => {
  it('passes the valid widget and code reading only declared names, globals of the browser and of the CRM page', () => {
    expect(runRule(undeclaredReadRule, {})).toEqual([]);
    const script = widgetScript(`
    var months = ['Jan'];
    function pad(value, { width = 2 } = {}) { return String(value).padStart(width, '0'); }
    this.show = function (date) {
      const [first, ...rest] = months;
      for (const key in AMOCRM.constant('account')) console.info(key);
      try { legacyHelper(); } catch (error) { console.warn(error.message); }
      if (typeof twig !== 'undefined') return twig;
      label: for (;;) { break label; }
      return $('<div>').text(pad(date.getDate()) + first + rest.length + _.size(APP) + moment().year() + JSON.stringify(window.location) + document.title);
    };
    class Panel extends Object { static of() { return new Panel(); } }
    this.panel = Panel.of();
`);
    expect(run(script)).toEqual([]);
  });

  it('reports a read whose only declaration was commented out, once per name with the count, as an error that says it throws', () => {
    const script = widgetScript(`
    /* var translations = { ru: { months: [] } }; */
    this.render = function () {
      var months = translations.ru.months;
      return months.concat(translations.ru.weekdays);
    };
`);
    const findings = run(script);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'code/undeclared-read', severity: 'error', file: 'script.js', line: 7 });
    expect(findings[0].message).toBe('"translations" is read at script.js:7 but nothing declares it: this line will throw a ReferenceError (read 2 times in this file).');
    expect(findings[0].messageRu).toContain('ReferenceError');
    expect(findings[0].help?.en).toContain('Declare it');
  });

  it('reports a misspelt name and a jQuery object whose declaration is gone', () => {
    const script = widgetScript(`
    this.open = function (page) {
      var settings = self.get_settings();
      $work_area.append(page);
      return setings.path;
    };
`);
    expect(run(script).map((finding) => finding.message.split('"')[1])).toEqual(['$work_area', 'setings']);
  });

  it('accepts globals the widget makes itself or loads from a script named after them', () => {
    const script = widgetScript(`
    counter = 0;
    this.tick = function () { counter += 1; return counter; };
    var tag = document.createElement('script');
    tag.src = 'https://cdn.example.org/twemoji/14.0.2/twemoji.min.js';
    this.parse = function () { return twemoji.parse(document.body); };
`);
    expect(run(script)).toEqual([]);
  });

  it('leaves build tooling, minified files and bundles alone', () => {
    const gulpfile = "const { src } = require('gulp');\nexports.build = function () { return src('*.js'); };\n";
    expect(run(widgetScript(''), { 'gulpfile.js': gulpfile })).toEqual([]);
    const bundle = '(()=>{var __webpack_modules__={1:(e)=>{e.exports=missingThing}};})();\n';
    expect(run(widgetScript(''), { 'app.js': bundle })).toEqual([]);
  });
});
