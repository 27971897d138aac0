/**
 * Tour slides are named by their place in the tour (`tour_1_en.png`, `tour_2_en.png`, as in the
 * manifest example of amocrm-widget-structure.ru.md). After the user reorders or removes slides,
 * Save renames the files so the names follow the new order again, and the manifest lists them so.
 */
import { platformProfile } from '../platform/profiles';
import type { WidgetDraft } from './widget-draft';

export interface TourRename {
  /** POSIX paths relative to the widget root (`images/tour_2_en.png`). */
  from: string;
  to: string;
}

export interface TourNumbering {
  /** The draft with each renamed slide under its new path. */
  draft: WidgetDraft;
  renames: TourRename[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The renames that put each locale's slides back in tour_<n>_<locale> order. A locale is left as it
 * is unless every one of its slides follows that naming in the images folder (custom names are the
 * developer's choice) and no slide is listed twice.
 */
export function tourNumbering(draft: WidgetDraft): TourNumbering {
  const folder = platformProfile(draft.platform).images.folder;
  const renames: TourRename[] = [];
  const images: Record<string, string[]> = {};
  for (const [locale, paths] of Object.entries(draft.tour.images)) {
    images[locale] = paths;
    const pattern = new RegExp(`^(/?)${escapeRegExp(folder)}/tour_(\\d+)_${escapeRegExp(locale)}\\.(png|jpe?g)$`, 'i');
    const matches = paths.map((path) => pattern.exec(path));
    if (matches.some((match) => match === null) || new Set(paths.map((path) => path.replace(/^\//, ''))).size !== paths.length) continue;
    const renamed = matches.map((match, index) => {
      const [, slash, , extension] = match as RegExpExecArray;
      return `${slash}${folder}/tour_${index + 1}_${locale}.${extension}`;
    });
    paths.forEach((path, index) => {
      if (path !== renamed[index]) renames.push({ from: path.replace(/^\//, ''), to: renamed[index].replace(/^\//, '') });
    });
    images[locale] = renamed;
  }
  if (renames.length === 0) return { draft, renames };
  return { draft: { ...draft, tour: { ...draft.tour, images } }, renames };
}
