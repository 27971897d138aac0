import { describe, expect, it } from 'vitest';
import { globalSelectorRule, MAX_SELECTOR_FINDINGS_PER_FILE } from '../../../../shared/rules/css/global-selector';
import { runRule } from '../code/run-rule';
import { said } from '../../../helpers/finding-text';

const ROOT_CONFIG = { css: { rootSelectors: ['#acme_widget'] } };
const run = (css: string, config = {}) => runRule(globalSelectorRule, { 'style.css': css }, { config });

describe('css/global-selector', () => {
  it('reports global selectors with file, line, column and the fix', () => {
    const css = ['#acme_widget .row { color: red; }', '', 'input { background: red; }', '  .control-select, #acme_widget a { color: green; }'].join('\n');
    const findings = run(css, ROOT_CONFIG);
    expect(findings).toMatchObject([{ ruleId: 'css/global-selector', severity: 'error', file: 'style.css', line: 3, column: 1 }, { line: 4, column: 3 }]);
    expect(said(findings[0])).toContain('"#acme_widget input"');
    expect(said(findings[1])).toContain('"#acme_widget .control-select"');
    expect(findings[0].message).not.toContain('guessed');
  });

  it('reports page-wide selectors, each selector of a list, inside @media and @supports', () => {
    const css = [
      ':root { --acme-color: #0a7; }', // 1 (variables only: a warning)
      'html, body { margin: 0; }', // 2
      '* { box-sizing: border-box; }', // 3
      '@media (max-width: 600px) {', // 4
      '  #acme_widget .row { display: block; }', // 5
      '  .card-holder { width: 100%; }', // 6
      '}', // 7
      '@supports (display: grid) { @media print { a { color: black; } } }', // 8
      '#acme_widget + div { margin: 0; }', // 9
      '::-webkit-scrollbar { width: 4px; }', // 10
    ].join('\n');
    const findings = run(css, ROOT_CONFIG);
    expect(findings.map((finding) => [finding.line, finding.column])).toEqual([
      [1, 1],
      [2, 1],
      [2, 7],
      [3, 1],
      [6, 3],
      [8, 44],
      [9, 1],
      [10, 1],
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'error', 'error', 'error', 'error', 'error', 'error', 'error']);
    expect(findings[0].message).toContain('defines CSS variables for the whole amoCRM page');
    expect(said(findings[0])).toContain('"#acme_widget"');
    expect(findings[1].message).toContain('whole amoCRM page');
    expect(findings[6].message).toContain('beside your widget');
  });

  it('passes scoped selectors, BEM namespaces, keyframes, font-face and nested rules', () => {
    const css = [
      '@font-face { font-family: "Acme"; src: url("fonts/acme.woff2") format("woff2"); }',
      '@keyframes acme-spin { from { transform: rotate(0); } 50% { opacity: .5; } to { transform: rotate(360deg); } }',
      '@-webkit-keyframes acme-fade { 0% { opacity: 0; } 100% { opacity: 1; } }',
      '#acme_widget { display: flex; }',
      '#acme_widget .control-select, #acme_widget > ul li:hover { color: green; }',
      '.acme_widget__item, .acme_widget-title, .acme_widget_footer { padding: 0; }',
      '@media (max-width: 600px) { #acme_widget .row { display: block; } }',
      'body.theme-dark #acme_widget .row { color: white; }',
      ':is(#acme_widget, .acme_widget__modal) button { color: red; }',
      '#acme_widget .a + .b, #acme_widget .c ~ .d { margin: 0; }',
      '#acme_widget { .nested { color: red; } &:hover { color: blue; } & > .child { color: green; } }',
      '@scope (#acme_widget) { p { margin: 0; } }',
      '@page { margin: 1cm; }',
    ].join('\n');
    expect(run(css, ROOT_CONFIG)).toEqual([]);
  });

  it('reports a nested rule that leaves the root, but not the children of an already reported rule', () => {
    const css = [
      '#acme_widget { .theme-dark & { color: white; } & + .sibling { margin: 0; } }', // 1
      '#acme_widget { + .next { margin: 0; } > .child { margin: 0; } }', // 2
      'input { &:focus { outline: none; } }', // 3
    ].join('\n');
    expect(run(css, ROOT_CONFIG).map((finding) => [finding.line, finding.column])).toEqual([
      [1, 48],
      [2, 16],
      [3, 1],
    ]);
  });

  it('guesses the namespace from the stylesheets and says so', () => {
    const css = [
      '.acme-deals { display: flex; }',
      '.acme-deals__item { margin: 0; }',
      '.acme-deals__item--active, .acme-deals-modal { color: red; }',
      '.button-input { color: red; }',
      'ul li { list-style: none; }',
    ].join('\n');
    const findings = run(css);
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(said(findings[0])).toContain('guessed from your stylesheets as "acme-deals"');
    expect(said(findings[0])).toContain('".acme-deals .button-input"');
    expect(said(findings[0])).toContain('CSS root selectors setting');
    expect(findings[0].actions).toEqual([{ kind: 'set-config', key: 'css.rootSelectors' }]);
  });

  it('never guesses a platform class or a generic word as the namespace', () => {
    const css = [
      '.card-holder .x { color: red; }',
      '.card-body { color: red; }',
      '.card-title { color: red; }',
      '.control-select { color: red; }',
      '.control-select__item { color: red; }',
      '.acme__list { margin: 0; }',
      '.acme__item { margin: 0; }',
    ].join('\n');
    const findings = run(css);
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(said(findings[0])).toContain('guessed from your stylesheets as "acme"');
    expect(said(findings[0])).toContain('If .x is an element your widget renders');
  });

  it('does not take a CRM word shared by many classes (.tag-*) for the namespace', () => {
    const css = [
      '.tag-board { padding: 0; }', // 1
      '.tag-board__total { font-size: 40px; }', // 2
      '.tag-board__refresh:hover { color: red; }', // 3
      '.tag-row { margin: 0; }', // 4
      '.tag-row:last-child { margin: 0; }', // 5
      '.tag-label { color: #fff; }', // 6
      '.settings-form .field { margin: 0; }', // 7
    ].join('\n');
    const findings = run(css);
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [4, 'warning'],
      [5, 'warning'],
      [6, 'warning'],
      [7, 'warning'],
    ]);
    expect(said(findings[0])).toContain('guessed from your stylesheets as "tag-board"');
  });

  it('guesses no root when no name leads: one .tag-* element among many is not the widget root', () => {
    const css = [
      '.tag-panel { padding: 0; }',
      '.tag-heading { margin: 0; }',
      '.tag-count { color: red; }',
      '.tag-list { margin: 0; }',
      '.tag-list::-webkit-scrollbar { width: 6px; }',
      '.tag-entry { margin: 0; }',
      '.tag-entry:hover { margin: 0; }',
      '.tag-bar { height: 8px; }',
      '.tag-percent { color: red; }',
      '.tag-more { color: red; }',
      '.tag-spinner { color: red; }',
      '.tag-failure { color: red; }',
    ].join('\n');
    const findings = run(css);
    expect(findings).toHaveLength(12);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(said(findings[0])).toContain('No root could be guessed');
  });

  it('guesses nothing without evidence, and says how to name the root', () => {
    const noRoot = run('div { color: red; }\nspan { color: blue; }');
    expect(noRoot.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(said(noRoot[0])).toContain('No widget root was found');
    const oneEach = run('.deals { color: red; }\n.settings-form { color: blue; }\n.popup-x { color: green; }');
    expect(oneEach.map((finding) => [finding.line, finding.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
    ]);
    expect(said(oneEach[0])).toContain('No root could be guessed');
    expect(run('.acme-widget { display: flex; }')).toEqual([]);
  });

  it('uses the configured root over any guess, and then every unscoped selector is an error', () => {
    const css = '.acme-deals__item { margin: 0; }\n.acme-deals { color: red; }\n.widget-acme .x { color: red; }';
    const findings = run(css, { css: { rootSelectors: ['.widget-acme'] } });
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
    ]);
  });

  it('accepts several configured roots (a panel and a settings modal)', () => {
    const css = '.sample_widget .contacts { margin: 0; }\n.send_auth_agreement .agreement_text { margin: 0; }';
    expect(run(css, { css: { rootSelectors: ['.sample_widget', '.send_auth_agreement'] } })).toEqual([]);
  });

  it('checks every own stylesheet and skips vendor ones', () => {
    const findings = runRule(
      globalSelectorRule,
      { 'css/extra.css': '.acme-deals__x { margin: 0; }\nbody { margin: 0; }', 'vendor/select2.css': 'body { margin: 0; }' },
      { config: { vendor: ['vendor/**'] } },
    );
    expect(findings).toMatchObject([{ file: 'css/extra.css', line: 2 }]);
  });

  it('reports a stylesheet or selector that cannot be parsed', () => {
    const broken = run('.acme-deals { color: red;\n');
    expect(broken).toMatchObject([{ file: 'style.css', line: 1, column: 1, severity: 'error' }]);
    expect(broken[0].message).toContain('Could not parse style.css');
    const comment = run('// our signature color\n.acme-deals { color: #0a7; }\n');
    expect(comment).toHaveLength(1);
    expect(said(comment[0])).toContain('CSS has no // comments');
  });

  it('still reports the global selectors of a file with a broken declaration, read past it as a browser would', () => {
    const css = [
      '* { margin: 0; }', // 1
      '.acme-popup {', // 2
      '  font: inherit;" data-x="1', // 3: a stray quote pasted from HTML
      '}', // 4
      'img { display: block; }', // 5
      '.acme-popup__row { color: red; }', // 6
    ].join('\n');
    const findings = run(css);
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [1, 'error'],
      [3, 'error'],
      [5, 'error'],
    ]);
    expect(said(findings[1])).toContain('the rest of the file was still checked');
    expect(findings[0].message).toContain('Global selector "*"');
    expect(findings[2].message).toContain('Global selector "img"');
  });

  it('lists at most a fixed number of global selectors per file, then sums up the rest', () => {
    const css = Array.from({ length: MAX_SELECTOR_FINDINGS_PER_FILE + 10 }, (_, i) => `.x${i} a { color: red; }`).join('\n');
    const findings = run(css, ROOT_CONFIG);
    expect(findings).toHaveLength(MAX_SELECTOR_FINDINGS_PER_FILE + 1);
    expect(findings.find((finding) => finding.line === null)?.message).toContain('10 more global selectors');
  });

  it('passes the valid widget on both platforms', () => {
    expect(runRule(globalSelectorRule, {})).toEqual([]);
    expect(runRule(globalSelectorRule, {}, { platform: 'kommo' })).toEqual([]);
  });

  it("never guesses a generic inner part or the platform's name as the root, so unscoped selectors stay visible", () => {
    const calendar = ['.calendar { display: grid; }', '.calendar__day { padding: 2px; }', '.calendar__day--today { color: red; }', 'td { padding: 0; }'].join('\n');
    const findings = run(calendar);
    expect(findings.map((finding) => finding.line)).toEqual([1, 2, 3, 4]);
    const kommo = ['.kommo { display: grid; }', '.kommo__row { padding: 2px; }', '.kommo-list { color: red; }', 'a { color: red; }'].join('\n');
    const kommoFindings = run(kommo);
    expect(kommoFindings.map((finding) => finding.line)).toEqual(expect.arrayContaining([1, 2, 4]));
    expect(kommoFindings.some((finding) => finding.message.includes('as "kommo"'))).toBe(false);
  });

  it('prefers the element the widget renders into over a class more selectors start with', () => {
    const css = ['.acme-box { display: grid; }', '.dayview { padding: 2px; }', '.dayview__cell { color: red; }', '.dayview__head { color: red; }', 'a { color: red; }'].join('\n');
    const template = '<div class="acme-box">\n  <div class="dayview"><div class="dayview__cell"></div></div>\n</div>';
    const findings = runRule(globalSelectorRule, { 'style.css': css, 'templates/main.twig': template });
    expect(findings.map((finding) => finding.line)).toEqual([2, 3, 4, 5]);
    expect(said(findings[3])).toContain('guessed from your stylesheets as "acme-box"');
  });

  it('does not trust a guess the markup shows as an inner element, and says so', () => {
    const css = ['.dayview { padding: 2px; }', '.dayview__cell { color: red; }', '.dayview__head { color: red; }', 'a { color: red; }'].join('\n');
    const script = `define([], function () { return function () { this.html = '<section id="acme_root">' + '<div class="dayview"></div></section>'; }; });`;
    const findings = runRule(globalSelectorRule, { 'style.css': css, 'script.js': script });
    expect(findings.map((finding) => finding.line)).toEqual([1, 2, 3, 4]);
    expect(said(findings[3])).toContain('No widget root was trusted');
    expect(said(findings[0])).toContain('"dayview" is an inner element of your markup');
  });

  it('explains a guessed root once per file, not on every finding', () => {
    const css = ['.acme-deals { display: flex; }', '.acme-deals__row { margin: 0; }', 'input { color: red; }', 'select { color: red; }', 'textarea { color: red; }'].join('\n');
    const findings = run(css);
    expect(findings).toHaveLength(3);
    expect(findings.filter((finding) => said(finding).includes('guessed from your stylesheets'))).toHaveLength(1);
    expect(said(findings[0])).toContain('guessed from your stylesheets');
  });
});

