import { visibleText } from '../../text/visible-length';

/**
 * Small, conservative language evidence for i18n texts: counts of function words ("the", "y", "não").
 * Two languages are compared by the words only one of them has, so shared words ("de" in Spanish and
 * Portuguese) never decide between them. Brand names, product terms and placeholders are never function
 * words, so a Spanish text full of English product names still reads as Spanish.
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

/** Russian language names: "переведите на английский", "на английском", "для английского языка". */
export const LANGUAGE_NAMES_RU: Readonly<Record<LanguageCode, { name: string; on: string; of: string }>> = {
  en: { name: 'английский', on: 'английском', of: 'английского' },
  es: { name: 'испанский', on: 'испанском', of: 'испанского' },
  pt: { name: 'португальский', on: 'португальском', of: 'португальского' },
  tr: { name: 'турецкий', on: 'турецком', of: 'турецкого' },
  id: { name: 'индонезийский', on: 'индонезийском', of: 'индонезийского' },
  ru: { name: 'русский', on: 'русском', of: 'русского' },
};

const FUNCTION_WORDS: Readonly<Record<LanguageCode, string>> = {
  en:
    'the and to of in for is are your you with this that on be it from by or an will can not all has have ' +
    'was were we our please into when which after before about if these those there their they would should ' +
    'been more each any only also than then its what how here does do her doesn\'t don\'t isn\'t can\'t it\'s you\'re',
  es:
    'el la los las y e o de del que en un una con por para es está su sus mi al lo se nos dos más pero este esta estos ' +
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

const WORD_LISTS: ReadonlyMap<LanguageCode, ReadonlySet<string>> = new Map(
  (Object.entries(FUNCTION_WORDS) as [LanguageCode, string][]).map(([language, words]) => [language, new Set(words.split(/\s+/))]),
);
const ALL_FUNCTION_WORDS: ReadonlySet<string> = new Set([...WORD_LISTS.values()].flatMap((words) => [...words]));

/** The language a locale code is written in, when we know its function words (`pt-BR` -> pt). */
export function languageOfLocale(locale: string): LanguageCode | null {
  const base = locale.split(/[-_]/)[0].toLowerCase();
  return base in FUNCTION_WORDS ? (base as LanguageCode) : null;
}

/**
 * Whitespace-separated pieces that are not words of any language: links, e-mails, domains and version
 * numbers ("site.com", "v1.2", "e.g."), placeholders (#SUBDOMAIN#) and template variables ({{name}}, %s).
 * Tested per piece, so a long value without spaces (base64, a minified snippet) costs linear time.
 */
function isNotWords(piece: string): boolean {
  return (
    /^(?:https?:\/\/|www\.)/i.test(piece) ||
    piece.includes('@') ||
    /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(piece) ||
    /#[A-Z_]+#/.test(piece) ||
    /[{}%<>]/.test(piece)
  );
}
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export interface LanguageEvidence {
  words: number;
  /** How often each function word (of any language) occurs. */
  functionWords: Map<string, number>;
}

export function languageEvidence(text: string): LanguageEvidence {
  const functionWords = new Map<string, number>();
  let words = 0;
  for (const piece of visibleText(text).split(' ')) {
    if (piece === '' || isNotWords(piece)) continue;
    for (const match of piece.matchAll(WORD)) {
      words += 1;
      const word = match[0].toLowerCase().replace(/’/g, "'");
      if (ALL_FUNCTION_WORDS.has(word)) functionWords.set(word, (functionWords.get(word) ?? 0) + 1);
    }
  }
  return { words, functionWords };
}

export function mergeEvidence(items: readonly LanguageEvidence[]): LanguageEvidence {
  const functionWords = new Map<string, number>();
  let words = 0;
  for (const item of items) {
    words += item.words;
    for (const [word, count] of item.functionWords) functionWords.set(word, (functionWords.get(word) ?? 0) + count);
  }
  return { words, functionWords };
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

export interface OtherLanguage {
  language: LanguageCode;
  /** Function words of that language the expected language does not have. */
  hits: number;
  /** Function words of the expected language that language does not have. */
  own: number;
}

/** True for a function word of `language` that `against` lacks ("the" for English against Spanish). */
export function isDistinctFunctionWord(word: string, language: LanguageCode, against: LanguageCode): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return (WORD_LISTS.get(language)?.has(lower) ?? false) && !(WORD_LISTS.get(against)?.has(lower) ?? false);
}

/** Counts words one list has and the other lacks: "de" tells Spanish from English, not from Portuguese. */
function distinctHits(evidence: LanguageEvidence, language: LanguageCode, against: LanguageCode): number {
  const mine = WORD_LISTS.get(language);
  const theirs = WORD_LISTS.get(against);
  let hits = 0;
  for (const [word, count] of evidence.functionWords) if (mine?.has(word) && !theirs?.has(word)) hits += count;
  return hits;
}

/**
 * The other language a text is plainly written in, or null. Conservative on purpose: the expected
 * language must be (nearly) absent and the other one frequent, so mixed texts and product names pass.
 */
export function plainlyOtherLanguage(
  evidence: LanguageEvidence,
  expected: LanguageCode,
  thresholds: Thresholds,
  candidates: readonly LanguageCode[] = [...WORD_LISTS.keys()],
): OtherLanguage | null {
  if (evidence.words < thresholds.minWords) return null;
  let best: OtherLanguage | null = null;
  for (const language of candidates) {
    if (language === expected) continue;
    const hits = distinctHits(evidence, language, expected);
    if (!best || hits > best.hits) best = { language, hits, own: distinctHits(evidence, expected, language) };
  }
  if (!best || best.hits < thresholds.minHits || best.hits / evidence.words < thresholds.minShare) return null;
  return best.hits >= 4 * best.own + 2 ? best : null;
}
