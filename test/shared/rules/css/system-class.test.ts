import { describe, expect, it } from 'vitest';
import { systemClassRule } from '../../../../shared/rules/css/system-class';
import { lines, runRule } from '../code/run-rule';
import { said } from '../../../helpers/finding-text';

const ROOT_CONFIG = { css: { rootSelectors: ['#acme_widget'] } };
const run = (css: string, config = {}) => runRule(systemClassRule, { 'style.css': css }, { config });

describe('css/system-class', () => {
  it('reports switcher__on and switcher__off anywhere, even under the root', () => {
    const css = ['#acme_widget .switcher__on { color: green; }', '.switcher__off, #acme_widget .x { color: red; }'].join('\n');
    const findings = run(css, ROOT_CONFIG);
    expect(findings).toMatchObject([{ ruleId: 'css/system-class', severity: 'error', line: 1 }, { line: 2 }]);
    expect(findings[0].message).toContain('switcher__on');
  });

  it('reports platform classes styled outside the widget root', () => {
    const css = ['.control-select { color: red; }', '.card-holder .acme { width: 0; }', 'div.button-input_blue { color: red; }'].join('\n');
    const findings = run(css, ROOT_CONFIG);
    expect(lines(findings)).toEqual([1, 2, 3]);
    expect(said(findings[0])).toContain('"#acme_widget .control-select"');
  });

  it('allows platform classes under the root and in :not()', () => {
    const css = ['#acme_widget .control-select { color: green; }', '#acme_widget .button-input:hover { color: blue; }', 'input:not(.text-input) { color: red; }'].join(
      '\n',
    );
    expect(run(css, ROOT_CONFIG)).toEqual([]);
  });

  it('passes the valid widget', () => {
    expect(runRule(systemClassRule, {})).toEqual([]);
  });
});
