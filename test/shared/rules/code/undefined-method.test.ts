import { describe, expect, it } from 'vitest';
import { undefinedMethodRule } from '../../../../shared/rules/code/undefined-method';
import { runRule, widgetScript } from './run-rule';

const run = (script: string, extra = {}) => runRule(undefinedMethodRule, { 'script.js': script, ...extra });
const names = (script: string, extra = {}) => run(script, extra).map((finding) => finding.message.split('"')[1]);

describe('code/undefined-method', () => {
  it('passes the valid widget and helpers defined later, in callbacks, by the platform, on the prototype or mixed in', () => {
    expect(runRule(undefinedMethodRule, {})).toEqual([]);
    const script = widgetScript(`
    var settings = self.get_settings();
    this.open = function () {
      self.drawPanel(self.i18n('userLang'), self.system().area);
      self.callbacks.onSave();
      self.crm_post('https://api.example.org/x', {}, function () { self.set_settings({ ok: true }); }, 'json');
      self.showList.call(self, self.list_selected().selected);
      return self.render_template({ caption: { class_name: 'x' }, body: '', render: '' }) || self.fromPrototype();
    };
    self.drawPanel = function (lang, area) { return [lang, area, settings, self.get_version(), self.toString()]; };
    _.extend(this, { showList: function (items) { return items.length; } });
    $('.x').on('click', function () { this.blur(); this.closest('form').submit(); });
    Object.defineProperty(self, 'lazy', { get: function () { return 1; } });
`);
    const withProto = `${script}\nCustomWidget.prototype.fromPrototype = function () { return true; };\n`.replace(
      '      bind_actions: function () { return true; },',
      '      bind_actions: function () { return true; },\n      onSave: function () { return true; },',
    );
    expect(run(withProto)).toEqual([]);
    expect(names(script)).toEqual(['self.callbacks.onSave()', 'self.fromPrototype()']);
  });

  it('reports a helper whose definition was commented out, once per name with the count, as an error that says it throws', () => {
    const script = widgetScript(`
    /* self.renderCalendar = function (date) { return date; }; */
    this.open = function (date) {
      self.renderCalendar(date);
      return self.renderCalendar(new Date());
    };
`);
    const findings = run(script);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'code/undefined-method', severity: 'error', file: 'script.js', line: 7 });
    expect(findings[0].message).toBe(
      '"self.renderCalendar()" is called at script.js:7 but nothing defines renderCalendar on the widget: this call will throw a TypeError (called 2 times in this file).',
    );
    expect(findings[0].messageRu).toContain('TypeError');
    expect(findings[0].help?.en).toContain('Define the method');
  });

  it('reports misspelt platform methods, a missing callback and this.x() in the constructor body', () => {
    const script = widgetScript(`
    this.open = function () {
      var value = self.get_setting().api_key;
      self.callbacks.loadData(value);
      return self.i18n('x');
    };
    this.draw();
`);
    expect(names(script)).toEqual(['self.get_setting()', 'self.callbacks.loadData()', 'this.draw()']);
  });

  it('leaves calls alone under a test of the member, inside try, and with optional chaining', () => {
    const script = widgetScript(`
    this.open = function () {
      if (typeof self.maybeA === 'function') self.maybeA();
      if (self.maybeB) { self.maybeB(); }
      self.maybeC && self.maybeC();
      try { self.maybeD(); } catch (error) { console.warn(error); }
      self.maybeE?.();
      if (!self.maybeF) return;
      self.maybeF();
    };
`);
    expect(run(script)).toEqual([]);
  });

  it('does not take `this` of a nested function or a variable that holds something else for the widget', () => {
    const script = widgetScript(`
    this.open = function () {
      $('.row').each(function () { this.scrollIntoView(); });
      var other = { run: function () { return this.missingOnOther(); } };
      var that = document.body;
      that.requestFullscreen();
      return other.run();
    };
    function Helper() { var self = this; self.notDefinedHere(); }
`);
    expect(run(script)).toEqual([]);
  });

  it('says nothing about a widget whose members come from places the code does not spell out', () => {
    const computed = widgetScript(`
    ['a', 'b'].forEach(function (name) { self[name + 'Handler'] = function () {}; });
    this.open = function () { self.aHandler(); };
`);
    expect(run(computed)).toEqual([]);
    const mixin = `define(['jquery', './helpers'], function ($, helpers) {\n${widgetScript(`
    $.extend(self, helpers);
    this.open = function () { self.fromHelpers(); };
`).split('\n').slice(1).join('\n')}`;
    expect(run(mixin)).toEqual([]);
    const inherited = widgetScript(`
    Base.call(this);
    this.open = function () { self.fromBase(); };
`);
    expect(run(inherited)).toEqual([]);
  });

  it('checks a widget class and accepts its methods, fields and members defined in other own files', () => {
    const script = `define(['jquery', './extra'], function ($) {
  class Widget {
    callbacks = { render: () => this.draw(), init: () => true, bind_actions: () => this.bindAll() };
    draw() { this.fromOtherFile(); return this.paint(); }
    bindAll() { $('.x').on('click', this.onClick); return true; }
    onClick(event) { this.getAttribute('data-id'); return event; }
  }
  return Widget;
});
`;
    const extra = "define([], function () { return { fromOtherFile: function () { return 1; } }; });\n";
    expect(names(script, { 'extra.js': extra })).toEqual(['this.paint()']);
  });

  it('checks `this` in prototype methods, except methods handed out as event handlers', () => {
    const script = `define(['jquery'], function ($) {
  var CustomWidget = function () {
    var self = this;
    this.callbacks = { render: function () { return self.draw(); }, init: function () { return true; }, bind_actions: function () { $('.x').on('click', self.onClick); return true; } };
    return this;
  };
  CustomWidget.prototype.draw = function () { this.paintRows(); return this.legend(); };
  CustomWidget.prototype.onClick = function () { this.blur(); };
  _.extend(CustomWidget.prototype, { legend: function () { return this.i18n('legend'); } });
  return CustomWidget;
});
`;
    expect(names(script)).toEqual(['this.paintRows()']);
  });

  it('leaves minified files and bundles alone', () => {
    const bundle = '(()=>{var __webpack_modules__={1:(e)=>{var W=function(){var s=this;s.callbacks={render:function(){return s.nope()}};return this};e.exports=W}};})();\n';
    expect(run(widgetScript(''), { 'app.js': bundle })).toEqual([]);
  });
});
