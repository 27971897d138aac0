import type { RuleContext } from '../../check/rule-context';
import { CYRILLIC_DATA, IMAGE_TEXT_LIMITS, LATIN_DATA, OCR_LANGUAGE_DATA } from '../../platform/image-text-limits';
import { usesCyrillic } from '../text/wrong-language';
import { brandingImages, shippedImages } from './image-facts';
import { tourImageLists } from './tour-images';

/** An image whose words are read, and the locales its words must belong to. */
export interface TextImage {
  path: string;
  kind: 'slide' | 'logo';
  /** A slide's locale (from tour.tour_images); every declared locale for a logo, which all locales share. */
  locales: string[];
  /** Tesseract data to read it with, in order of preference (`eng+rus`). */
  languages: string;
}

/** Recognition data for a set of locales: their own languages first, then the other script's. */
export function recognitionLanguages(locales: readonly string[]): string {
  const codes = new Set<string>();
  for (const locale of locales) {
    const base = locale.split(/[-_]/)[0].toLowerCase();
    codes.add(OCR_LANGUAGE_DATA[base] ?? (usesCyrillic(locale) ? CYRILLIC_DATA : LATIN_DATA));
  }
  if (codes.size === 0) codes.add(LATIN_DATA);
  codes.add(CYRILLIC_DATA);
  codes.add(LATIN_DATA);
  return [...codes].join('+');
}

/**
 * The tour slides and large logos to read (the reader reads at most IMAGE_TEXT_LIMITS.maxImages). Only images
 * that ship, decoded, and of a sane size: a missing or broken image is another rule's finding.
 */
export function textImages(context: RuleContext): TextImage[] {
  return context.cache('image:text-images', () => {
    const readable = new Map(
      shippedImages(context)
        .filter((info) => info.error === null && info.width !== null && info.height !== null && info.format !== 'svg')
        .filter((info) => (info.width ?? 0) * (info.height ?? 0) <= IMAGE_TEXT_LIMITS.maxPixels)
        .map((info) => [info.path, info]),
    );
    const out: TextImage[] = [];
    const seen = new Set<string>();
    for (const list of tourImageLists(context)) {
      for (const ref of list.refs) {
        if (ref.path === null || !readable.has(ref.path) || seen.has(`${ref.path}\n${list.locale}`)) continue;
        seen.add(`${ref.path}\n${list.locale}`);
        const same = out.find((image) => image.path === ref.path);
        // One file listed under two locales must read right in both.
        if (same) same.locales.push(list.locale);
        else out.push({ path: ref.path, kind: 'slide', locales: [list.locale], languages: '' });
      }
    }
    if (context.locales.length > 0) {
      for (const image of brandingImages(context)) {
        const info = readable.get(image.path);
        if (!info || (info.width ?? 0) < IMAGE_TEXT_LIMITS.minLogoWidth || out.some((item) => item.path === image.path)) continue;
        out.push({ path: image.path, kind: 'logo', locales: [...context.locales], languages: '' });
      }
    }
    return out.map((image) => ({ ...image, languages: recognitionLanguages(image.locales) }));
  });
}
