import { describe, expect, it } from 'vitest';
import { manifestMissingRule } from '../../../../shared/rules/package/manifest-missing';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';
import { said } from '../../../helpers/finding-text';

function filesWithout(path: string) {
  const files = validWidgetFiles();
  delete files[path];
  return files;
}

describe('package/manifest-missing', () => {
  it('passes when manifest.json is at the root', () => {
    expect(findingsOf(manifestMissingRule, validSnapshot())).toEqual([]);
  });

  it('reports a widget without manifest.json as an error', () => {
    const [finding, ...rest] = findingsOf(manifestMissingRule, snapshotFromFiles(filesWithout('manifest.json')));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'package/manifest-missing', severity: 'error', file: 'manifest.json' });
    expect(finding.message).toContain('root');
  });

  it('names a manifest whose name differs only in case', () => {
    const files = filesWithout('manifest.json');
    files['Manifest.json'] = '{}';
    const [finding] = findingsOf(manifestMissingRule, snapshotFromFiles(files));
    expect(said(finding)).toContain('"Manifest.json"');
    expect(said(finding)).toContain('case-sensitive');
  });

  it('points at a manifest.json found in a subfolder', () => {
    const files = filesWithout('manifest.json');
    files['src/widget/manifest.json'] = '{}';
    const [finding] = findingsOf(manifestMissingRule, snapshotFromFiles(files));
    expect(said(finding)).toContain('src/widget/manifest.json');
    expect(said(finding)).toContain('"src/widget"');
  });

  it('stays quiet when the whole archive was refused as a zip bomb (unsafe-entry says why)', () => {
    const snapshot = snapshotFromFiles({}, { kind: 'zip' });
    snapshot.unsafeEntries.push({ name: 'widget.zip', kind: 'too-large', detail: '4 GB declared' });
    expect(findingsOf(manifestMissingRule, snapshot)).toEqual([]);
  });
});
