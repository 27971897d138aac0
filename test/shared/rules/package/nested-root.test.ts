import { describe, expect, it } from 'vitest';
import { nestedRootRule } from '../../../../shared/rules/package/nested-root';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';
import { said } from '../../../helpers/finding-text';

describe('package/nested-root', () => {
  it('passes when the files sit at the root', () => {
    expect(findingsOf(nestedRootRule, validSnapshot())).toEqual([]);
  });

  it('reports a zip holding widget/ instead of the files, and says what to do', () => {
    const snapshot = snapshotFromFiles(validWidgetFiles(), { kind: 'zip', nestedRoot: 'widget' });
    const [finding, ...rest] = findingsOf(nestedRootRule, snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'package/nested-root', severity: 'error', file: null });
    expect(finding.message).toContain('"widget/"');
    expect(said(finding)).toContain('most common upload mistake');
    expect(said(finding)).toContain('Zip the files inside "widget/"');
    expect(finding.actions).toEqual([{ kind: 'pack-zip' }]);
  });

  it('reports a folder holding only an inner folder and names the folder to pack', () => {
    const snapshot = snapshotFromFiles(validWidgetFiles(), { kind: 'folder', nestedRoot: 'my-widget' });
    const [finding] = findingsOf(nestedRootRule, snapshot);
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('"my-widget/"');
    expect(said(finding)).toContain('Check and pack the inner folder /test/widget/my-widget instead.');
  });
});
