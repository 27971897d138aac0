/**
 * Facts and limits for reading the words in images (rule image/foreign-text): which recognition data
 * each locale needs, which images are read, and how sure a recognised word must be to count.
 * Data only: the service reads images with these, the rule decides with the same numbers.
 */

/** Tesseract language data per locale language, for every locale amoCRM and Kommo offer (ru, en, es, pt, tr, id). */
export const OCR_LANGUAGE_DATA: Readonly<Record<string, string>> = {
  ru: 'rus',
  en: 'eng',
  es: 'spa',
  pt: 'por',
  tr: 'tur',
  id: 'ind',
};

/** Recognition data for Cyrillic words, loaded for every Latin-script image (and for Russian ones first). */
export const CYRILLIC_DATA = 'rus';
/** Recognition data for Latin words on a Russian image. */
export const LATIN_DATA = 'eng';

export const IMAGE_TEXT_LIMITS = {
  /** Images larger than this (pixels) are not read: a slide is 1188x616; anything far larger is not a marketplace image. */
  maxPixels: 4096 * 4096,
  /** At most this many images are read per check (5 slides for each of 6 locales and the two large logos). */
  maxImages: 40,
  /**
   * Text under ~20 px tall is read much better enlarged: slides carry 11-16 px interface text. Images whose
   * shorter side is below `below` pixels are enlarged by `factor` before recognition (a 1188x616 slide is).
   * 1.5x reads 12 px labels nearly as well as 2x at about half the pixels.
   */
  upscale: { below: 1400, factor: 1.5 },
  /** Logos narrower than this carry no readable words (logo_small, logo_min): they are not read. */
  minLogoWidth: 200,
  /** A word counts only when the recogniser is at least this sure of it (0..100). */
  minConfidence: 70,
  /** Shorter words (1-2 letters) are too often noise from icons and lines. */
  minLetters: 3,
  /** A Latin image is flagged for Cyrillic only with at least this many Cyrillic words: one alone is most often a misread Latin one. */
  minCyrillicWords: 2,
  /** A Russian image is flagged for Latin words (not brand names) only with at least this many of them... */
  minLatinWords: 3,
  /** ...making up at least this share of the image's words (a few product names on a Russian screen pass). */
  minLatinShare: 0.3,
  /**
   * Another Latin language is told by its function and interface words ("the", "save", "não") of at least
   * `minLetters` letters: labels dilute the share, so it is low; its words must number at least
   * `ownWeight` times the locale's own plus two.
   */
  otherLanguage: { minWords: 6, minHits: 3, minShare: 0.05, minLetters: 2, ownWeight: 4 },
  /** Words a finding lists before "and N more". */
  wordsShown: 8,
} as const;

/**
 * Names of the platforms and of services their screens show in Latin letters on a Russian screen.
 * Lower case; compared with the recognised word in lower case.
 */
export const PLATFORM_NAMES: readonly string[] = [
  'amocrm',
  'amo',
  'kommo',
  'crm',
  'salesbot',
  'whatsapp',
  'telegram',
  'instagram',
  'facebook',
  'viber',
  'google',
  'gmail',
  'email',
  'e-mail',
  'api',
  'id',
];
