import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '../../../../shared/model/snapshot';
import { imageSlideRule } from '../../../../shared/rules/image/slide';
import { snapshotFromFiles, validImageInfo, validManifest, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';
import { said } from '../../../helpers/finding-text';

type Images = Record<string, Partial<ImageInfo>>;

function withTour(tourImages: Record<string, unknown>, extraFiles: Record<string, Uint8Array> = {}, extraImages: Images = {}) {
  const manifest = validManifest();
  (manifest.tour as Record<string, unknown>).tour_images = tourImages;
  return snapshotFromFiles(
    { ...validWidgetFiles(), 'manifest.json': manifest, ...extraFiles },
    { images: { ...validImageInfo(), ...extraImages } },
  );
}

const slide = { format: 'png', width: 1188, height: 616, bytes: 2000 };

describe('image/slide', () => {
  it('passes 1188x616 PNG and JPEG slides, written with or without a leading slash', () => {
    expect(findingsOf(imageSlideRule, validSnapshot())).toEqual([]);
    expect(findingsOf(imageSlideRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
    const snapshot = withTour(
      { ru: ['images/tour_1_ru.png', '/images/tour_2_ru.jpg'], en: ['/images/tour_1_en.png'] },
      { 'images/tour_2_ru.jpg': new Uint8Array(5) },
      { 'images/tour_2_ru.jpg': { ...slide, format: 'jpeg' } },
    );
    expect(findingsOf(imageSlideRule, snapshot)).toEqual([]);
  });

  it('reports a slide file that is not in the widget, on its manifest line', () => {
    const findings = findingsOf(imageSlideRule, withTour({ ru: ['/images/tour_1_ru.png'], en: ['/images/tour_9_en.png'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'manifest.json', locale: 'en', severity: 'error' });
    expect(findings[0].line).toBeGreaterThan(1);
    expect(findings[0].message).toMatch(/tour\.tour_images\.en\[0\]: "\/images\/tour_9_en\.png" points to images\/tour_9_en\.png, which is not in the widget/);
  });

  it('hints at the images/ folder when a slide is written without it', () => {
    const findings = findingsOf(imageSlideRule, withTour({ ru: ['/images/tour_1_ru.png'], en: ['tour_1_en.png'] }));
    expect(said(findings[0])).toMatch(/There is images\/tour_1_en\.png: write "\/images\/tour_1_en\.png"/);
  });

  it('reports a slide of the wrong size or format', () => {
    const findings = findingsOf(
      imageSlideRule,
      withTour(
        { ru: ['/images/tour_1_ru.png', '/images/big.png'], en: ['/images/tour_1_en.gif'] },
        { 'images/big.png': new Uint8Array(5), 'images/tour_1_en.gif': new Uint8Array(5) },
        { 'images/big.png': { ...slide, width: 1920, height: 1080 }, 'images/tour_1_en.gif': { ...slide, format: 'gif' } },
      ),
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/images\/big\.png is 1920x1080 px; slides must be exactly 1188x616 px/),
      expect.stringMatching(/images\/tour_1_en\.gif is a GIF image; slides must be PNG or JPEG/),
    ]);
  });

  it('reports more than 5 slides for a locale', () => {
    const six = Array.from({ length: 6 }, () => '/images/tour_1_ru.png');
    const findings = findingsOf(imageSlideRule, withTour({ ru: six, en: ['/images/tour_1_en.png'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ locale: 'ru' });
    expect(findings[0].message).toMatch(/lists 6 slides; the marketplace takes 1 to 5/);
  });

  it('reports a web address or a path leaving the widget', () => {
    const findings = findingsOf(imageSlideRule, withTour({ ru: ['https://cdn.example.com/a.png'], en: ['../shots/a.png'] }));
    expect(findings.map((finding) => finding.locale)).toEqual(['ru', 'en']);
    for (const finding of findings) expect(finding.message).toMatch(/does not name a file inside the widget/);
  });

  it('leaves missing lists and unreadable manifests to other rules', () => {
    expect(findingsOf(imageSlideRule, withTour({ ru: [] }))).toEqual([]);
    const broken = snapshotFromFiles({ ...validWidgetFiles(), 'manifest.json': '{"tour": ' }, { images: validImageInfo() });
    expect(findingsOf(imageSlideRule, broken)).toEqual([]);
  });
});
