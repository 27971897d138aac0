import { describe, expect, it } from 'vitest';
import { imageFormatRule } from '../../../../shared/rules/image/format';
import { snapshotFromFiles, validImageInfo, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';

describe('image/format', () => {
  it('passes real PNG branding images and images whose content matches their name', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), 'img/photo.jpg': new Uint8Array(9), 'img/icon.svg': '<svg/>', 'img/anim.gif': new Uint8Array(9) },
      {
        images: {
          ...validImageInfo(),
          'img/photo.jpg': { format: 'jpeg' },
          'img/icon.svg': { format: 'svg' },
          'img/anim.gif': { format: 'gif' },
        },
      },
    );
    expect(findingsOf(imageFormatRule, snapshot)).toEqual([]);
    expect(findingsOf(imageFormatRule, validSnapshot())).toEqual([]);
  });

  it('reports a JPEG named logo.png as an error', () => {
    const snapshot = snapshotFromFiles(validWidgetFiles(), {
      images: { ...validImageInfo(), 'images/logo.png': { ...validImageInfo()['images/logo.png'], format: 'jpeg' } },
    });
    const findings = findingsOf(imageFormatRule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'images/logo.png', severity: 'error' });
    expect(findings[0].message).toMatch(/holds a JPEG image, not a PNG/);
  });

  it('reports a tour slide whose content does not match its name as an error, other images as a warning', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), 'img/bg.png': new Uint8Array(9) },
      {
        images: {
          ...validImageInfo(),
          'images/tour_1_en.png': { format: 'jpeg', width: 1188, height: 616 },
          'img/bg.png': { format: 'webp' },
        },
      },
    );
    const findings = findingsOf(imageFormatRule, snapshot);
    expect(findings.map((finding) => [finding.file, finding.severity])).toEqual([
      ['images/tour_1_en.png', 'error'],
      ['img/bg.png', 'warning'],
    ]);
    expect(findings[1].message).toMatch(/holds a WebP image although its name says PNG/);
  });

  it('ignores junk such as macOS ._ files', () => {
    const snapshot = snapshotFromFiles(
      { ...validWidgetFiles(), '__MACOSX/images/._logo.png': new Uint8Array(9) },
      { images: { ...validImageInfo(), '__MACOSX/images/._logo.png': { format: 'jpeg' } } },
    );
    expect(findingsOf(imageFormatRule, snapshot)).toEqual([]);
  });
});
