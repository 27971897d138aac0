import { visibleText } from '../../text/visible-length';

/**
 * Small, conservative language evidence for i18n texts: counts of function words ("the", "y", "não")
 * that belong to exactly one of the languages below. Brand names, product terms and placeholders are
 * never function words, so a Spanish text full of English product names still reads as Spanish.
 */

export type LanguageCode = 'en' | 'es' | 'pt' | 'tr' | 'id' | 'ru';

export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  tr: 'Turkish',
  id: 'Indonesian',
  ru: 'Russian',
};

const FUNCTION_WORDS: Readonly<Record<LanguageCode, string>> = {
  en:
    'the and to of in for is are your you with this that on be it from by or an will can not all has have ' +
    'was were we our please into when which after before about if these those there their they would should ' +
    'been more each any only also than then its what how here does do her doesn\'t don\'t isn\'t can\'t it\'s you\'re',
  es:
    'el la los las y de del que en un una con por para es está su sus mi al lo se nos dos más pero este esta estos ' +
    'estas ese esa cuando donde usted ustedes tu tus nuestro ' +
    'nuestra también sin ya muy hay puede desde cada entre sobre todos todas',
  pt:
    'o os de do da dos das e em um uma com não na nos nas ao aos seu sua seus suas tu você vocês é mais também pelo ' +
    'pela pelos pelas isso este esta muito quando onde já foi são está por para que se cada entre sobre todos todas',
  tr:
    've bir bu için ile da de olarak gibi veya daha çok her sonra önce ama şu ne mi değil kadar sizin siz tüm ' +
    'olan bunu artık ancak',
  id:
    'dan yang di ke dari untuk dengan ini itu anda tidak akan pada dalam atau bisa ada juga oleh sudah lebih ' +
    'kami kita jika saat setelah harus dapat',
  ru:
    'и в не на что с по для это как вы ваш ваши вашего вашей от из к о при или если все так уже будет можно ' +
    'нужно чтобы после',
};

/** Words that tell one language apart: listed for exactly one language. */
const DISTINCTIVE: ReadonlyMap<string, LanguageCode> = (() => {
  const owners = new Map<string, LanguageCode[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS) as [LanguageCode, string][]) {
    for (const word of words.split(/\s+/)) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  const distinctive = new Map<string, LanguageCode>();
  for (const [word, languages] of owners) if (new Set(languages).size === 1) distinctive.set(word, languages[0]);
  return distinctive;
})();

/** The language a locale code is written in, when we know its function words (`pt-BR` -> pt). */
export function languageOfLocale(locale: string): LanguageCode | null {
  const base = locale.split(/[-_]/)[0].toLowerCase();
  return base in FUNCTION_WORDS ? (base as LanguageCode) : null;
}

// Things that are not words of any language: links, e-mails, placeholders, template variables, abbreviations.
const NOT_WORDS = [
  /\bhttps?:\/\/\S+/gi,
  /\bwww\.\S+/gi,
  /\S+@\S+\.\S+/g,
  /#[A-Z_]+#/g,
  /\{\{[^}]*\}\}|\{[^}]*\}|%[sd]|%\d\$[sd]/g,
  /\b(?:e\.g|i\.e|etc)\./gi,
  // Bare domains and version numbers: "site.com", "v1.2".
  /[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu,
];
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export interface LanguageEvidence {
  words: number;
  hits: Map<LanguageCode, number>;
}

export function languageEvidence(text: string): LanguageEvidence {
  let plain = visibleText(text);
  for (const pattern of NOT_WORDS) plain = plain.replace(pattern, ' ');
  const hits = new Map<LanguageCode, number>();
  let words = 0;
  for (const match of plain.matchAll(WORD)) {
    words += 1;
    const language = DISTINCTIVE.get(match[0].toLowerCase().replace(/’/g, "'"));
    if (language) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  return { words, hits };
}

export function mergeEvidence(items: readonly LanguageEvidence[]): LanguageEvidence {
  const hits = new Map<LanguageCode, number>();
  let words = 0;
  for (const item of items) {
    words += item.words;
    for (const [language, count] of item.hits) hits.set(language, (hits.get(language) ?? 0) + count);
  }
  return { words, hits };
}

export interface Thresholds {
  minWords: number;
  minHits: number;
  /** Share of all words that must be the other language's function words. */
  minShare: number;
}

/** Whole file: plenty of text, clearly dominated by another language. */
export const FILE_THRESHOLDS: Thresholds = { minWords: 15, minHits: 6, minShare: 0.1 };
/** One value: a sentence whose function words are all another language's. */
export const VALUE_THRESHOLDS: Thresholds = { minWords: 6, minHits: 3, minShare: 0.2 };

/**
 * The other language a text is plainly written in, or null. Conservative on purpose: the expected
 * language must be (nearly) absent and the other one frequent, so mixed texts and product names pass.
 */
export function plainlyOtherLanguage(evidence: LanguageEvidence, expected: LanguageCode, thresholds: Thresholds): LanguageCode | null {
  if (evidence.words < thresholds.minWords) return null;
  let best: LanguageCode | null = null;
  let bestHits = 0;
  for (const [language, count] of evidence.hits) {
    if (language !== expected && count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  if (!best || bestHits < thresholds.minHits || bestHits / evidence.words < thresholds.minShare) return null;
  const own = evidence.hits.get(expected) ?? 0;
  return bestHits >= 4 * own + 2 ? best : null;
}
