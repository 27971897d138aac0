import { describe, expect, it } from 'vitest';
import type { UnsafeEntry } from '../../../../shared/model/snapshot';
import { unsafeEntryRule } from '../../../../shared/rules/package/unsafe-entry';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';

function zipWith(entries: UnsafeEntry[]) {
  const snapshot = snapshotFromFiles(validWidgetFiles(), { kind: 'zip' });
  snapshot.unsafeEntries = entries;
  return snapshot;
}

describe('package/unsafe-entry', () => {
  it('passes a widget without unsafe entries', () => {
    expect(findingsOf(unsafeEntryRule, validSnapshot())).toEqual([]);
  });

  it('reports each unsafe entry with what is wrong and how to fix it', () => {
    const findings = findingsOf(
      unsafeEntryRule,
      zipWith([
        { name: '../../etc/passwd', kind: 'parent', detail: '' },
        { name: '/root/.bashrc', kind: 'absolute', detail: '' },
        { name: 'images\\logo.png', kind: 'backslash', detail: '' },
        { name: 'script.js', kind: 'duplicate', detail: 'stored 2 times' },
        { name: 'lib/link.js', kind: 'symlink', detail: '' },
        { name: 'big.bin', kind: 'too-large', detail: '5 GB uncompressed' },
        { name: 'secret.js', kind: 'encrypted', detail: '' },
      ]),
    );
    expect(findings).toHaveLength(7);
    expect(findings.every((finding) => finding.severity === 'error' && finding.ruleId === 'package/unsafe-entry')).toBe(true);
    const byName = (name: string) => findings.find((finding) => finding.message.includes(`"${name}"`));
    expect(byName('../../etc/passwd')).toMatchObject({ file: null });
    expect(byName('../../etc/passwd')?.message).toContain('outside the widget folder');
    expect(byName('/root/.bashrc')).toMatchObject({ file: null });
    expect(byName('images\\logo.png')?.message).toContain('backslashes');
    expect(byName('script.js')).toMatchObject({ file: 'script.js' });
    expect(byName('script.js')?.message).toContain('(stored 2 times)');
    expect(byName('lib/link.js')?.message).toContain('symbolic link');
    expect(byName('big.bin')?.message).toContain('not unpacked');
    expect(byName('big.bin')?.message).toContain('5 GB uncompressed');
    expect(byName('secret.js')?.message).toContain('password');
  });
});
