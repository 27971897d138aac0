import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { debugLeftoverRule } from '../../../shared/rules/code/debug-leftover';
import { evalRule } from '../../../shared/rules/code/eval';
import { sourceMap } from '../../helpers/source-map';
import { validSnapshot } from '../../helpers/widget-fixture';

const FILLER = 'var pad=[' + '1,'.repeat(400) + '1];';

/** One line of a production webpack bundle: the runtime, the `debug` library, Vue devtools, and the developer's code. */
const BUNDLE_LINE =
  '(()=>{var __webpack_modules__={1:(e,t,n)=>{t.log=console.debug||console.log||(()=>{})},' +
  '2:(e)=>{e.exports=function(){return this||new Function("return this")()}},' +
  `3:(e)=>{${FILLER}e.exports=function(t){console.log("sending lead",t)}},` +
  `4:(e)=>{${FILLER}e.exports=function(){window.__VUE_DEVTOOLS_GLOBAL_HOOK__&&console.log("devtools")}}};})();`;

const run = (files: Record<string, string>) =>
  checkWidget(validSnapshot('amocrm', files), { rules: [debugLeftoverRule, evalRule] }).findings.filter((finding) => finding.file === 'app.js');

describe('findings inside bundles', () => {
  it('drops library and runtime code recognised without a source map, and keeps the developer\'s code with an excerpt', () => {
    const findings = run({ 'app.js': `/*! For license information please see app.js.LICENSE.txt */\n${BUNDLE_LINE}\n` });
    expect(findings).toHaveLength(1);
    expect(findings[0].ruleId).toBe('code/debug-leftover');
    expect(findings[0].message).toContain('Code there: "');
    expect(findings[0].message).toContain('console.log("sending lead",t)');
    expect(findings[0].messageRu).toContain('Код там: "');
  });

  it('trusts the source map: code mapped to node_modules is the library\'s, code mapped to src is the developer\'s', () => {
    const line = `(()=>{var __webpack_modules__={1:(e)=>{${FILLER}console.log("from lib")},2:(e)=>{console.log("from app")}};})();`;
    const libraryStart = line.indexOf('1:(e)');
    const appStart = line.indexOf('2:(e)');
    const map = sourceMap(['webpack://w/./node_modules/chatty/index.js', 'webpack://w/./src/app.js'], [
      [0, 1],
      [libraryStart, 0],
      [appStart, 1],
    ]);
    const findings = run({ 'app.js': `${line}\n//# sourceMappingURL=app.js.map\n`, 'app.js.map': map });
    expect(findings.map((finding) => finding.message.includes('from app'))).toEqual([true]);
  });

  it('changes nothing in a hand-written script', () => {
    const script = 'define([], function () {\n  console.log(console.debug || console.log);\n  return new Function("return this")();\n});\n';
    const findings = run({ 'app.js': script });
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(['code/debug-leftover', 'code/eval']));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.every((finding) => !finding.message.includes('Code there'))).toBe(true);
  });
});
