import type { RuleContext } from '../../check/rule-context';
import { isRecord } from '../../widget/manifest-model';

/** One entry of tour.tour_images.<locale> in manifest.json. */
export interface TourImageRef {
  locale: string;
  index: number;
  /** The value as written, e.g. `/images/tour_1_ru.png`. */
  written: string;
  /** The widget file it names (`images/tour_1_ru.png`), or null when it cannot name one (a URL, `..`). */
  path: string | null;
}

export interface TourImageList {
  locale: string;
  refs: TourImageRef[];
}

/**
 * tour.tour_images as lists of slide references. Shapes the manifest rules already report (no
 * manifest, syntax errors, a list that is not an array, an entry that is not a string) give nothing.
 */
export function tourImageLists(context: RuleContext): TourImageList[] {
  return context.cache('image:tour-lists', () => {
    const document = context.manifest;
    if (!document || document.syntaxErrors.length > 0 || !isRecord(document.value)) return [];
    const tour = document.value.tour;
    if (!isRecord(tour) || !isRecord(tour.tour_images)) return [];
    return Object.entries(tour.tour_images).flatMap(([locale, list]) => {
      if (!Array.isArray(list)) return [];
      const refs = list.flatMap((entry, index) =>
        typeof entry === 'string' && entry.trim() !== '' ? [{ locale, index, written: entry, path: widgetPathOf(entry) }] : [],
      );
      return [{ locale, refs }];
    });
  });
}

/** Widget paths of every tour slide the manifest names. */
export function tourImagePaths(context: RuleContext): Set<string> {
  return new Set(
    tourImageLists(context)
      .flatMap((list) => list.refs)
      .flatMap((ref) => (ref.path === null ? [] : [ref.path])),
  );
}

/**
 * The manifest writes slides from the widget root, with or without a leading slash
 * (`/images/tour_1_ru.png` on the structure page). Addresses and paths leaving the widget name no file.
 */
export function widgetPathOf(written: string): string | null {
  const value = written.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.includes('\\')) return null;
  const segments = value.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || segments.includes('..')) return null;
  return segments.join('/');
}
