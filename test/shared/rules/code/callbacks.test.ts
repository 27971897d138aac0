import { describe, expect, it } from 'vitest';
import { callbacksRule } from '../../../../shared/rules/code/callbacks';
import { runRule } from './run-rule';
import { said } from '../../../helpers/finding-text';

/** A widget script whose callbacks object is `callbacks` (an object literal's inside). */
function withCallbacks(callbacks: string, before = ''): string {
  return `define(['jquery', 'underscore'], function ($, _) {
  var CustomWidget = function () {
    var self = this;
${before}
    this.callbacks = {
${callbacks}
    };
    return this;
  };
  return CustomWidget;
});
`;
}

const run = (script: string) => runRule(callbacksRule, { 'script.js': script });

describe('code/callbacks', () => {
  it('reports a render that only returns false, and says init and bind_actions then never run', () => {
    const findings = run(
      withCallbacks(
        [
          '      render: function () {', // 6
          '        self.render_template({ body: "" });', // 7
          '        return false;', // 8
          '      },', // 9
          '      init: function () { return true; },',
          '      bind_actions: function () { return true; },',
        ].join('\n'),
      ),
    );
    expect(findings).toMatchObject([{ ruleId: 'code/callbacks', severity: 'warning', file: 'script.js', line: 8 }]);
    expect(findings[0].message).toContain('callbacks.render may not return true: line 8 returns false');
    expect(said(findings[0])).toContain('init and bind_actions never run');
  });

  // Real widgets skip areas on purpose (an "add lead" card, an unknown area) with an explicit
  // `return false` beside the normal `return true`; the platform then skips init there, as intended.
  // This test used to expect a warning for exactly this shape.
  it('passes a render or init that returns false on purpose in one branch and true otherwise', () => {
    const script = withCallbacks(
      [
        '      render: function () {',
        '        if (self.system().area !== "lcard") {',
        '          return false;',
        '        }',
        '        return true;',
        '      },',
        '      init: function () { var area = self.system().area; if (!area) { return false; } return true; },',
        '      bind_actions: function () { return true; },',
      ].join('\n'),
    );
    expect(run(script)).toEqual([]);
    const stillForgotten = withCallbacks(
      [
        '      render: function () {',
        '        if (self.system().area !== "lcard") {',
        '          return false;',
        '        }',
        '      },',
        '      init: function () { return true; },',
        '      bind_actions: function () { return true; },',
      ].join('\n'),
    );
    expect(run(stillForgotten)[0].message).toContain('line 8 returns false; line 10 can reach its end without returning');
  });

  it('reports missing callbacks, a bare return, an end without return, async and non-functions', () => {
    const findings = run(
      withCallbacks(
        [
          '      init: function () {', // 6
          '        if (!self.ready) return;', // 7
          '        self.load();', // 8
          '      },', // 9
          '      bind_actions: async function () { return true; },', // 10
          '      settings: function () { return true; },',
        ].join('\n'),
      ),
    );
    expect(findings.map((finding) => finding.line)).toEqual([5, 7, 10]);
    expect(findings[0].message).toContain('has no render');
    expect(findings[1].message).toContain('line 7 returns nothing; line 9 can reach its end without returning');
    expect(findings[2].message).toContain('async');
    const notFunction = run(withCallbacks('      render: true,\n      init() { return true; },\n      bind_actions: () => true,'));
    expect(notFunction).toMatchObject([{ line: 6 }]);
    expect(notFunction[0].message).toContain('not a function');
  });

  it('follows a call to a helper in the same file', () => {
    const findings = run(
      withCallbacks(
        '      render: function () { return self.renderCard(); },\n      init: function () { return true; },\n      bind_actions: function () { return true; },',
        '    this.renderCard = function () { $("#card").show(); };',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('returns self.renderCard(), which can reach its end without returning');
  });

  it('warns once when no callbacks object exists', () => {
    const findings = run("define([], function () { return function () { this.render = function () { return true; }; }; });\n");
    expect(findings).toMatchObject([{ file: 'script.js', line: null }]);
    expect(findings[0].message).toContain('Could not find');
  });

  it('names the object when the callbacks are returned bare instead of under "callbacks"', () => {
    const fromDefine = run(
      [
        "define(['jquery'], function ($) {", // 1
        '  return {', // 2
        '    render: function () { return true; },',
        '    init: function () { return true; },',
        '    bind_actions: function () { return true; },',
        '    onSalesbotDesignerSave: function (code, params) { return "[]"; }',
        '  };',
        '});',
        '',
      ].join('\n'),
    );
    expect(fromDefine).toMatchObject([{ file: 'script.js', line: 2, column: 10 }]);
    expect(fromDefine[0].message).toContain('render, init, bind_actions on an object of their own');
    const fromConstructor = run(
      [
        "define(['jquery'], function ($) {", // 1
        '  return function () {', // 2
        '    const self = this;', // 3
        '    return {', // 4
        '      init: function () { return true; },',
        '      render: function () { return true; },',
        '      settings: function () { return true; },',
        '    };',
        '  };',
        '});',
        '',
      ].join('\n'),
    );
    expect(fromConstructor).toMatchObject([{ line: 4 }]);
    expect(fromConstructor[0].message).toContain('render, init on an object of their own');
  });

  it('passes the shapes real widgets use', () => {
    const shapes = [
      // method shorthand, arrows, !0, bound functions
      withCallbacks('      render() { return true; },\n      init: () => true,\n      bind_actions: _.bind(function () { return !0; }, this),'),
      // every path returns true
      withCallbacks(
        [
          '      render: function () {',
          '        try { self.draw(); return true; } catch (e) { console.error(e); return true; }',
          '      },',
          '      init: function () { if (self.a) { return true; } else { return true; } },',
          '      bind_actions: function () {',
          '        switch (self.system().area) { case "lcard": return true; default: return true; }',
          '      },',
        ].join('\n'),
      ),
      // values it cannot know are given the benefit of the doubt; named functions are resolved
      withCallbacks(
        '      render: function () { return App.default.render(self); },\n      init: self.initWidget,\n      bind_actions: bindActions.bind(this),',
        '    this.initWidget = function () { return true; };\n    function bindActions() { var ok = true; return ok; }',
      ),
      // callbacks assigned one by one
      "define([], function () { return function () { var self = this; this.callbacks = {}; this.callbacks.render = function () { return true; }; this.callbacks.init = function () { return true; }; this.callbacks.bind_actions = function () { return true; }; return this; }; });",
      // a class field
      'define([], function () { class Widget { callbacks = { render: () => true, init: () => true, bind_actions() { return true; } }; } return Widget; });',
      // an object literal with a callbacks property, through a variable
      'define([], function () { var callbacks = { render: function () { return true; }, init: function () { return true; }, bind_actions: function () { return true; } }; return function () { return { callbacks: callbacks }; }; });',
      // throwing is not returning something else
      withCallbacks('      render: function () { if (!self.params) { throw new Error("no params"); } return true; },\n      init: function () { return true; },\n      bind_actions: function () { while (true) { return true; } },'),
    ];
    for (const script of shapes) expect(run(script), script).toEqual([]);
  });

  it('finds the callbacks in another file when script.js only loads the real module', () => {
    const files = {
      'script.js': "define(['./app/widget.js'], function (Widget) { return Widget; });\n",
      'app/widget.js': withCallbacks('      render: function () { return true; },\n      init: function () { return true; },\n      bind_actions: function () { return false; },'),
    };
    const findings = runRule(callbacksRule, files);
    expect(findings).toMatchObject([{ file: 'app/widget.js', line: 8 }]);
  });

  it('ignores plugin options named callbacks', () => {
    const script = withCallbacks(
      '      render: function () { return true; },\n      init: function () { return true; },\n      bind_actions: function () { return true; },',
      '    var editorOptions = { callbacks: { onInit: function () {} } };',
    );
    expect(run(script)).toEqual([]);
  });

  it('says nothing when script.js is missing or does not parse (other rules report that)', () => {
    expect(runRule(callbacksRule, { 'script.js': 'define([], function () {' })).toEqual([]);
  });

  it('passes the valid widget on both platforms', () => {
    expect(runRule(callbacksRule, {})).toEqual([]);
    expect(runRule(callbacksRule, {}, { platform: 'kommo' })).toEqual([]);
  });
});
