import { describe, expect, it } from 'vitest';
import { imageFileSizeRule } from '../../../../shared/rules/image/file-size';
import { snapshotFromFiles, validImageInfo, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';
import { said } from '../../../helpers/finding-text';

describe('image/file-size', () => {
  it('passes images up to 300,000 bytes', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), 'img/bg.jpg': new Uint8Array(9) },
      { images: { ...validImageInfo(), 'img/bg.jpg': { format: 'jpeg', bytes: 300_000 } } },
    );
    expect(findingsOf(imageFileSizeRule, snapshot)).toEqual([]);
    expect(findingsOf(imageFileSizeRule, validSnapshot())).toEqual([]);
  });

  it('reports any image over the limit, with its size and a fix', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), 'img/bg.jpg': new Uint8Array(9) },
      {
        images: {
          ...validImageInfo(),
          'images/logo_main.png': { format: 'png', width: 400, height: 272, bytes: 412_345 },
          'img/bg.jpg': { format: 'jpeg', bytes: 300_001 },
        },
      },
    );
    const findings = findingsOf(imageFileSizeRule, snapshot);
    expect(findings.map((finding) => finding.file)).toEqual(['images/logo_main.png', 'img/bg.jpg']);
    expect(said(findings[0])).toMatch(/is 413 KB \(412,345 bytes\), over the 300 KB \(300,000 bytes\) limit/);
    expect(findings[0].actions).toEqual([{ kind: 'make-logos', file: 'logo_main.png' }]);
    expect(said(findings[1])).toMatch(/Compress it/);
  });
});
