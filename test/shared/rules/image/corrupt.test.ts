import { describe, expect, it } from 'vitest';
import { imageCorruptRule } from '../../../../shared/rules/image/corrupt';
import { snapshotFromFiles, validImageInfo, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';

describe('image/corrupt', () => {
  it('passes images that decode', () => {
    expect(findingsOf(imageCorruptRule, validSnapshot())).toEqual([]);
  });

  it('reports an image that cannot be decoded, with the reason', () => {
    const snapshot = snapshotFromFiles(validWidgetFiles(), {
      images: { ...validImageInfo(), 'images/logo_small.png': { error: 'the file is cut short or damaged (vipspng: libpng read error)' } },
    });
    const findings = findingsOf(imageCorruptRule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'images/logo_small.png', severity: 'error' });
    expect(findings[0].message).toMatch(/cannot be read as an image: the file is cut short/);
  });
});
