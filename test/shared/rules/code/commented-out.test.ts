import { describe, expect, it } from 'vitest';
import { commentedOutRule } from '../../../../shared/rules/code/commented-out';
import { lines, runRule, widgetScript } from './run-rule';

const run = (body: string) => runRule(commentedOutRule, { 'script.js': widgetScript(body) });
const runCss = (css: string) => runRule(commentedOutRule, { 'style.css': css });

describe('code/commented-out', () => {
  it('reports the checklist example and a commented-out request block, once per block, at its first line', () => {
    const body = [
      "    // var a = AMOCRM.constant('account').id", // 4
      '    this.onSaveHook = function () {', // 5
      '      // const field = document.querySelector(', // 6
      '      //     `input[name="terms_of_use"]`',
      '      // )',
      "      // fetch('https://api.acme-widgets.io/informer', {",
      "      //   method: 'POST',",
      '      //   body: JSON.stringify({ accepted: field.value }),',
      '      // })',
      '      return true;',
      '    };',
    ].join('\n');
    const findings = run(body);
    expect(lines(findings)).toEqual([4, 6]);
    expect(findings[0]).toMatchObject({ ruleId: 'code/commented-out', severity: 'warning', file: 'script.js', column: 5 });
    expect(findings[1].message).toContain('(7 lines)');
    expect(findings[1].message).toContain('const field = document.querySelector(');
  });

  it('reports code kept under a one-word note, and commented-out declarations in CSS', () => {
    const body = ['    //Работает', "    // $box = $card.querySelector('.feed-note__actions');", "    // $box.style = 'position: absolute;'"].join('\n');
    const noted = run(body);
    expect(lines(noted)).toEqual([4]);
    expect(noted[0].message).toContain("$box = $card.querySelector('.feed-note__actions');");
    const css = ['.acme-deals {', '  width: 400px;', '  /*margin: 50px;*/', '  /* background: #fafafa; color: red; */', '}', '/* .acme-deals__old { display: none; } */'].join('\n');
    expect(lines(runCss(css))).toEqual([3, 4, 6]);
  });

  it('passes explanations, links, JSDoc, directives, banners and trailing notes', () => {
    const body = [
      '    // our signature color',
      '    // get account id.',
      '    // Получаем account_id текущего аккаунта amoCRM',
      '    // Fallback for local testing',
      '    // Note: call init() before render()',
      '    // https://developers.kommo.com/docs/script-js',
      '    // Yellow/Orange',
      '    // (optional)',
      '    // eslint-disable-next-line no-undef',
      '    /**',
      '     * Sends the lead to the server.',
      '     * @param {Object} lead - the lead: {id: 1}',
      '     * @returns {Promise}',
      '     */',
      '    /*! acme-deals v1.2.0 | MIT */',
      '    if (event.keyCode === 27) { // Escape',
      '      self.close(); // close the modal',
      '    }',
    ].join('\n');
    expect(run(body)).toEqual([]);
    const css = ['/* Tag Analytics Widget Styles - Dark Blue Theme */', '/* ================= MODAL STYLES ================= */', '/* стили для окна в digital-pipeline */', '/* note: keep in sync with the settings page */', '.acme-deals { color: red; }'].join('\n');
    expect(runCss(css)).toEqual([]);
  });

  it('passes the valid widget and skips vendor files', () => {
    expect(runRule(commentedOutRule, {})).toEqual([]);
    expect(runRule(commentedOutRule, { 'vendor/lib.js': '// var x = window.open(url);\nvar lib = 1;\n' })).toEqual([]);
  });
});
