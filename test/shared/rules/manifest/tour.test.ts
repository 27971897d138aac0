import { describe, expect, it } from 'vitest';
import { tourRule } from '../../../../shared/rules/manifest/tour';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withManifest } from './manifest-fixture';
import { said } from '../../../helpers/finding-text';

describe('manifest/tour', () => {
  it('passes a complete tour on both platforms', () => {
    expect(findingsOf(tourRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(tourRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });

  it('passes extra locales in tour_images (the structure page example lists es for a ru/en widget)', () => {
    const snapshot = withManifest((manifest) => {
      manifest.tour.tour_images.es = ['/images/tour_1_es.png'];
    });
    expect(findingsOf(tourRule, snapshot)).toEqual([]);
  });

  it('reports a missing tour with an example for the declared locales', () => {
    const findings = findingsOf(tourRule, withManifest((manifest) => delete manifest.tour));
    expect(findings).toHaveLength(1);
    expect(said(findings[0])).toContain('"ru": ["/images/tour_1_ru.png"], "en": ["/images/tour_1_en.png"]');
  });

  it('reports is_tour false and missing parts', () => {
    const snapshot = withManifest((manifest) => {
      manifest.tour = { is_tour: false };
    });
    const messages = findingsOf(tourRule, snapshot).map((finding) => finding.message);
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('tour.is_tour is false'),
        expect.stringContaining('tour.tour_images is missing'),
        expect.stringContaining('tour.tour_description is missing'),
      ]),
    );
  });

  it('names each declared locale without slides', () => {
    const snapshot = withManifest((manifest) => {
      manifest.tour.tour_images = { ru: ['/images/tour_1_ru.png'], en: [] };
      manifest.widget.locale = ['ru', 'en', 'es'];
    });
    const findings = findingsOf(tourRule, snapshot);
    expect(findings.map((finding) => finding.locale).sort()).toEqual(['en', 'es']);
    expect(findings.find((finding) => finding.locale === 'en')?.message).toContain('tour.tour_images.en is empty');
    expect(findings.find((finding) => finding.locale === 'es')?.message).toContain('no slides for "es"');
  });

  it('reports an empty tour_description and leaves wrong types to manifest/schema', () => {
    expect(findingsOf(tourRule, withManifest((manifest) => (manifest.tour.tour_description = '')))[0].message).toContain('is empty');
    const wrongTypes = withManifest((manifest) => {
      manifest.tour.is_tour = 'true';
      manifest.tour.tour_images.en = '/images/tour_1_en.png';
    });
    expect(findingsOf(tourRule, wrongTypes)).toEqual([]);
  });
});
