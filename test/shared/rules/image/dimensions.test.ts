import { describe, expect, it } from 'vitest';
import { imageDimensionsRule } from '../../../../shared/rules/image/dimensions';
import { snapshotFromFiles, validImageInfo, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';
import { said } from '../../../helpers/finding-text';

function withImage(path: string, info: Record<string, unknown>) {
  return snapshotFromFiles(validWidgetFiles(), { images: { ...validImageInfo(), [path]: { ...validImageInfo()[path], ...info } } });
}

describe('image/dimensions', () => {
  it('passes branding images of the exact sizes', () => {
    expect(findingsOf(imageDimensionsRule, validSnapshot())).toEqual([]);
  });

  it('says the actual and the expected size and suggests the image command', () => {
    const findings = findingsOf(imageDimensionsRule, withImage('images/logo_main.png', { width: 500, height: 300 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'images/logo_main.png', severity: 'error' });
    expect(said(findings[0])).toMatch(/is 500x300 px, not 400x272 px\nhelp: The marketplace needs exactly 400x272 px/);
    expect(findings[0].actions).toEqual([{ kind: 'make-logos', file: 'logo_main.png' }]);
    expect(said(findings[0])).toMatch(/proportions differ/);
  });

  it('says when scaling is enough', () => {
    const findings = findingsOf(imageDimensionsRule, withImage('images/logo_small.png', { width: 216, height: 216 }));
    expect(said(findings[0])).toMatch(/right proportions/);
  });

  it('leaves unreadable images to image/corrupt', () => {
    expect(findingsOf(imageDimensionsRule, withImage('images/logo.png', { width: null, height: null, format: null, error: 'broken' }))).toEqual([]);
  });

  it('checks logo_dp.png when it is shipped', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), 'images/logo_dp.png': new Uint8Array(10) },
      { images: { ...validImageInfo(), 'images/logo_dp.png': { width: 170, height: 109 } } },
    );
    expect(findingsOf(imageDimensionsRule, snapshot).map((finding) => finding.file)).toEqual(['images/logo_dp.png']);
  });
});
