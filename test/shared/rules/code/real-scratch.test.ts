import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { codeRules } from '../../../../shared/rules/code';
import { cssRules } from '../../../../shared/rules/css';
import { snapshotFromFiles } from '../../../helpers/widget-fixture';

function walk(dir: string, root = dir, out: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, root, out);
    else out[relative(root, full)] = new Uint8Array(readFileSync(full));
  }
  return out;
}

it('real widgets', () => {
  for (const name of readdirSync('/tmp/realwidgets')) {
    const files = walk(join('/tmp/realwidgets', name));
    const t = performance.now();
    const report = checkWidget(snapshotFromFiles(files), { rules: [...codeRules, ...cssRules], platform: 'kommo' });
    console.log(`== ${name} (${Math.round(performance.now() - t)} ms)`);
    for (const f of report.findings) console.log(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
  }
});
