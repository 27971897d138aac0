import type { PlatformId } from '../platform/profiles';

/** Ids of image sets are made by main only (`set-<time>-<random>`); the page can only hand them back. */
export const IMAGE_SET_ID_PATTERN = /^set-[0-9a-z]{6,12}-[0-9a-f]{12}$/;

export type ImageFit = 'contain' | 'cover';
export type ImagePosition = 'centre' | 'attention' | 'entropy';

export interface LogoSetRequest {
  /** The one logo every branding size is made from. */
  source: string;
  /** Optional sources that win over `source` for the wide sizes (400x272, 240x84) or the small squares. */
  wideSource?: string | null;
  smallSource?: string | null;
  platform: PlatformId;
  /** Declared location areas: logo_dp.png is made only with digital_pipeline. */
  areas: string[];
  fit?: ImageFit;
  position?: ImagePosition;
  /** Empty margin on every side, as a percentage (0-40) of the frame's shorter side. */
  padding?: number;
  /** '#RRGGBB' or 'transparent'. */
  background?: string;
  /** Make a uniform opaque background around the logo transparent. */
  clearBackground?: boolean;
}

export interface SlidesRequest {
  sources: string[];
  locale: string;
  platform: PlatformId;
  fit?: ImageFit;
  position?: ImagePosition;
  background?: string;
  format?: 'png' | 'jpeg';
  /** Number of the first slide (tour_<n>_<locale>); 1 by default. */
  firstNumber?: number;
}

/** One generated image, with its bytes for the preview (shown through a blob: URL). */
export interface GeneratedImageView {
  /** File name inside images/, e.g. `logo_main.png` or `tour_1_en.png`. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  encoding: string;
  mediaType: 'image/png' | 'image/jpeg';
  data: Uint8Array;
}

/**
 * What the user can do about an image studio warning, as data each surface words itself: the CLI names
 * its option, the app the row or choice that does it (a flag in the app's text would be a dead end).
 */
export const STUDIO_ADVICE = ['small-logo', 'jpeg-slides'] as const;
export type StudioAdvice = (typeof STUDIO_ADVICE)[number];

export interface ImageJobResult {
  /** Main keeps the set on disk under this id until it is saved, so it survives a restart. */
  setId: string;
  images: GeneratedImageView[];
  /** Outputs that were made but the user should know about (enlarged, fewer colours). */
  warnings: { file: string; message: string; advice?: StudioAdvice }[];
  /** Logo sets: '#rrggbb' of a uniform opaque background around the logo, else null (absent for slides). */
  uniformBackground?: string | null;
  /** Logo sets: that background was made transparent. */
  backgroundCleared?: boolean;
}
