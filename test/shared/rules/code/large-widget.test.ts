import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { codeRules } from '../../../../shared/rules/code';
import { cssRules } from '../../../../shared/rules/css';
import { validSnapshot, type FixtureFiles } from '../../../helpers/widget-fixture';

/** A minified third-party library full of what the code rules flag in own code. */
function vendorLibrary(i: number): string {
  const body = Array.from({ length: 200 }, (_, j) => `function a${j}(b,c){alert(b);console.trace(c);eval(c);return b+c}`).join(';');
  return `/*! lib ${i} */!function(e){${body};document.createElement("script");e.lib${i}=1}(window);`;
}

function ownModule(i: number): string {
  return `define(['jquery'], function ($) {
  return {
    show${i}: function (items) {
      for (var index = 0; index < items.length; index += 1) {
        $('.acme-deals__row').eq(index).text(items[index].name);
      }
      console.log('shown ${i}');
      return true;
    },
  };
});
`;
}

describe('a large widget', () => {
  it('skips thousands of vendored files and checks every own file once', () => {
    const files: FixtureFiles = {};
    for (let i = 0; i < 2000; i += 1) files[`vendor/lib${i}/lib${i}.js`] = vendorLibrary(i);
    for (let i = 0; i < 1000; i += 1) files[`assets/js/lib${i}.min.js`] = vendorLibrary(i);
    for (let i = 0; i < 300; i += 1) files[`app/module${i}.js`] = ownModule(i);
    for (let i = 0; i < 100; i += 1) files[`css/part${i}.css`] = `.acme-deals__part${i} { margin: 0; }\n.acme-deals__part${i}:hover { color: red; }\n`;

    const started = performance.now();
    const report = checkWidget(validSnapshot('amocrm', files), { rules: [...codeRules, ...cssRules] });
    const elapsed = Math.round(performance.now() - started);
    console.info(`code+css rules on ${Object.keys(files).length + 10} files: ${elapsed} ms`);

    expect(report.findings.every((finding) => finding.file?.startsWith('app/'))).toBe(true);
    expect(report.findings).toHaveLength(300);
    expect(new Set(report.findings.map((finding) => finding.ruleId))).toEqual(new Set(['code/debug-leftover']));
  });
});
