/** Source texts for the parser and tree-walk tests. */

/** One of each kind of syntax a classic script can hold, including the odd ones (labels, with, switch). */
export const SCRIPT_SYNTAX = `#!/usr/bin/env node
'use strict0'; // a line comment
/* a block
   comment */
var a = 1, b, [c, , ...d] = [1, , 2, 3], { e, f: { g = 2 } = {}, ...h } = {};
let re = /x+/gi, big = 10n, t = \`a\${a}b\${\`n\${b}\`}c\`, tag = String.raw\`x\${a}\`;
label: for (var i = 0; i < 2; i++) { if (i) continue label; else break label; }
for (;;) break;
for (const k in {}) ; for (const v of []) {}
while (a) a--; do { a++; } while (a < 2);
with (Math) max(1, 2);
switch (a) { case 1: b = 2; break; default: b = 3; }
try { throw new Error('x'); } catch ({ message }) { debugger; } finally { a = a ?? 1; }
try {} catch { }
function* gen(x = 1, ...rest) { yield x; yield* rest; }
async function run() { await run(); for await (const x of gen()) void x; return new.target; }
const arrow = async ({ p }, [q]) => p?.q?.[q]?.(q) ?? q;
class A extends (b ? Object : Array) { static #n = 1; #m() { return this.#m; } static { this.s = 1; } get x() { return super.x; } set x(v) {} constructor() { super(); } static y = A.#n in A; }
const o = { a, [b]: 1, 'c': 2, 3: 4, m() {}, get g() { return 1; }, async *ag() {}, ...rest };
(function named() { return typeof a, delete o.a, !a, -a, +a, ~a; })();
a = b ? c : d; a += 1; a ||= b; a &&= c; a **= 2;
import('./x.js', { with: { type: 'json' } }).then(() => {});
`;

export const MODULE_SYNTAX = `import def, * as ns from './a.js';
import { x as y, z, 'q r' as qr } from './b.js';
import json from './c.json' with { type: 'json' };
export { y, z as zz, qr as 'q s' };
export * from './d.js';
export * as all from './e.js';
export default class {}
export const w = import.meta.url;
export function f() {}
await Promise.resolve(def + ns + json);
`;
