import { describe, expect, it } from 'vitest';
import { globalMutationRule } from '../../../../shared/rules/code/global-mutation';
import { lines, runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(globalMutationRule, { 'script.js': widgetScript(body) });

describe('code/global-mutation', () => {
  it('reports assignments, updates and deletes on AMOCRM, APP and Kommo', () => {
    const body = [
      '    AMOCRM.data.current_card.x = 1;', // 4
      '    APP.counter++;', // 5
      '    delete APP.widgets;', // 6
      '    window.AMOCRM = {};', // 7
      '    Kommo.lang = "en";', // 8
      '    AMOCRM["constants"].user = null;', // 9
      '    Object.assign(AMOCRM.data, { mine: true });', // 10
      '    AMOCRM.constant("account").id = 5;', // 11
      '    [APP.first] = [1];', // 12
      '    AMOCRM = null;', // 13
    ].join('\n');
    const findings = run(body);
    expect(lines(findings)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/global-mutation', severity: 'error', column: 5 });
    expect(findings[0].message).toContain('AMOCRM.data.current_card.x');
    expect(findings[4].message).toContain('Kommo');
  });

  it('reports the mutating calls however they are reached, and not calls that only end like them', () => {
    const body = [
      '    window.Object.assign(APP.data, {});', // 4
      '    Reflect["set"](AMOCRM, "x", 1);', // 5
      '    globalThis.Object.defineProperty(Kommo, "x", {});', // 6
      '    self.assign(APP, {});',
      '    _.assign(AMOCRM.data, {});',
      '    Object.assign({}, APP);',
    ].join('\n');
    expect(lines(run(body))).toEqual([4, 5, 6]);
  });

  it('allows reading the globals', () => {
    const body = [
      '    var account = AMOCRM.constant("account").id;',
      '    var area = APP.data.current_entity;',
      '    self.user = AMOCRM.constant("user");',
      '    self.user.name = "copy";',
      '    if (AMOCRM.data.current_card) { self.cardId = AMOCRM.data.current_card.id; }',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('treats locals and parameters named like a global as the widget\'s own', () => {
    const body = [
      '    var APP = { state: {} };',
      '    APP.state.ready = true;',
      '    delete APP.state;',
      '    function setup(AMOCRM) { AMOCRM.x = 1; }',
      '    { let Kommo = {}; Kommo.y = 2; }',
      '    var mk = (APP) => { APP.z = 3; };',
      '    try {} catch (AMOCRM) { AMOCRM.message = ""; }',
      '    this.APP = 1;',
      '    self.AMOCRM = {};',
    ].join('\n');
    expect(run(body)).toEqual([]);
  });

  it('reports a top-level var that replaces the global in a classic script', () => {
    const findings = runRule(globalMutationRule, { 'lib/boot.js': 'var APP = {};\nvar AMOCRM;\nfunction helper() { var Kommo = 1; Kommo = 2; }\n' });
    expect(findings).toMatchObject([{ file: 'lib/boot.js', line: 1 }]);
    expect(findings[0].message).toContain('top-level var APP');
  });

  it('passes the valid widget', () => {
    expect(runRule(globalMutationRule, {})).toEqual([]);
    expect(runRule(globalMutationRule, {}, { platform: 'kommo' })).toEqual([]);
  });
});
