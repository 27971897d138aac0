import type { ImageText, ImageWord } from '../../model/snapshot';
import { IMAGE_TEXT_LIMITS, PLATFORM_NAMES } from '../../platform/image-text-limits';
import {
  isFunctionWord,
  isUiWord,
  LANGUAGE_NAMES,
  languageEvidence,
  languageOfLocale,
  plainlyOtherLanguage,
  UI_WORD_LANGUAGES,
  type LanguageCode,
} from '../text/language-detection';
import { usesCyrillic } from '../text/wrong-language';

/** Words of an image that belong to another language than its locale's. */
export interface ForeignText {
  locale: string;
  /** The language the words are in; null for Latin-script words on a Russian image (brand names aside). */
  language: LanguageCode | null;
  words: ImageWord[];
}

type Script = 'cyrillic' | 'latin' | 'other';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LETTER = /\p{L}/gu;
const PLATFORM = new Set(PLATFORM_NAMES);

/** A recognised word without the quotes, colons and brackets around it. */
export function bareWord(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

function scriptOf(word: string): Script {
  const letters = word.match(LETTER) ?? [];
  if (letters.length === 0) return 'other';
  if (letters.every((letter) => /\p{Script=Cyrillic}/u.test(letter))) return 'cyrillic';
  if (letters.every((letter) => /\p{Script=Latin}/u.test(letter))) return 'latin';
  return 'other';
}

/** Words the recogniser is sure of, long enough not to be noise from icons and lines. */
function certainWords(text: ImageText, minLetters: number): Array<ImageWord & { bare: string; script: Script }> {
  return text.words.flatMap((word) => {
    const bare = bareWord(word.text);
    const letters = bare.match(LETTER)?.length ?? 0;
    // Digits or symbols inside a "word" ("рега!а{ап") mean the recogniser is guessing at a line it cannot read.
    if (word.confidence < IMAGE_TEXT_LIMITS.minConfidence || letters < minLetters || /[^\p{L}\p{M}'’-]/u.test(bare)) return [];
    return [{ ...word, text: bare, bare, script: scriptOf(bare) }];
  });
}

/**
 * Cyrillic letters drawn like Latin ones: a word of only these ("МАМЕ" for NAME, "СОК" for COK) is as
 * likely a misread Latin word as a Russian one, so it never proves Russian text on a Latin image.
 */
const LATIN_LOOKALIKES = /^[АВЕКМНОРСТХУаеорсхуі]+$/u;

/**
 * The Latin letter each Cyrillic one is read for in a misread Latin word: the look-alikes, and the
 * recogniser's usual confusions in bold and italic type (т for m, п for n, и for u).
 */
const MISREAD_AS_LATIN: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 'm', х: 'x', у: 'y', і: 'i', п: 'n', и: 'u', ь: 'b', г: 'r',
};

/** "Асте" read from a bold "Acme": a Cyrillic word whose Latin look-alike is the widget's own or a platform name. */
function isMisreadName(word: string, allowedNames: ReadonlySet<string>): boolean {
  let latin = '';
  for (const letter of word.toLowerCase()) {
    const read = MISREAD_AS_LATIN[letter];
    if (read === undefined) return false;
    latin += read;
  }
  return allowedNames.has(latin) || PLATFORM.has(latin);
}

/** Acronyms (CRM, PDF, URL) read the same in every language. */
function isAcronym(word: string): boolean {
  return word.length <= 5 && word === word.toUpperCase();
}

function distinctWords(words: readonly ImageWord[]): ImageWord[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words of `text` that do not belong to `locale`, or null when the image reads right.
 * Script first (Cyrillic words on a Latin-script image, Latin words that are not brand names on a Russian
 * one), then, for Latin-script locales, language by function words. Conservative on purpose: one misread
 * word never makes a finding. `allowedNames`: lower-case brand and product names the widget's own texts use.
 * `kind`: a logo shows the company's brand, so Latin words on a Russian logo must read as a language.
 */
export function foreignTextIn(text: ImageText, locale: string, allowedNames: ReadonlySet<string>, kind: 'slide' | 'logo' = 'slide'): ForeignText | null {
  const words = certainWords(text, IMAGE_TEXT_LIMITS.minLetters);
  if (usesCyrillic(locale)) {
    const latin = distinctWords(
      words.filter(
        (word) => word.script === 'latin' && !isAcronym(word.bare) && !allowedNames.has(word.bare.toLowerCase()) && !PLATFORM.has(word.bare.toLowerCase()),
      ),
    );
    const share = words.length === 0 ? 0 : words.filter((word) => latin.some((item) => item.text.toLowerCase() === word.bare.toLowerCase())).length / words.length;
    if (latin.length < IMAGE_TEXT_LIMITS.minLatinWords || share < IMAGE_TEXT_LIMITS.minLatinShare) return null;
    const evidence = languageEvidence(latin.map((word) => word.text).join(' '));
    const language = plainlyOtherLanguage(evidence, 'ru', { minWords: 1, minHits: 1, minShare: 0 }, ['en', 'es', 'pt', 'tr', 'id']);
    // A logo is where a company's Latin name and tagline belong ("Rubikon digital agency" on a Russian widget's
    // logo): there Latin words count only when they read as another language's text, not as a brand.
    if (kind === 'logo' && !language) return null;
    return { locale, language: language?.language ?? null, words: latin };
  }

  const cyrillic = distinctWords(
    words.filter((word) => word.script === 'cyrillic' && !LATIN_LOOKALIKES.test(word.bare) && !isMisreadName(word.bare, allowedNames)),
  );
  if (cyrillic.length >= IMAGE_TEXT_LIMITS.minCyrillicWords) return { locale, language: 'ru', words: cyrillic };

  const expected = languageOfLocale(locale);
  if (!expected) return null;
  const other = otherLatinLanguage(certainWords(text, IMAGE_TEXT_LIMITS.otherLanguage.minLetters).filter((word) => word.script === 'latin'), expected);
  return other ? { locale, language: other.language, words: distinctWords(other.words) } : null;
}

/**
 * A word of `language` that `against` does not use: one of its function words ("the") or, when both
 * languages have a list of interface words, one of those ("save"). Like is weighed with like: a language
 * without such a list (tr, id) would otherwise lose to the other's labels.
 */
function tellsApart(word: string, language: LanguageCode, against: LanguageCode): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const labels = UI_WORD_LANGUAGES.includes(language) && UI_WORD_LANGUAGES.includes(against);
  const known = (code: LanguageCode): boolean => isFunctionWord(lower, code) || (labels && isUiWord(lower, code));
  return known(language) && !known(against);
}

/**
 * The other Latin-script language a slide's words are plainly in. A screenshot has few sentences, so the
 * text rules' interface words ("Save", "Guardar") count as well as their function words; one-letter words
 * never count (an icon read as "e" or "o" would speak for Portuguese). Like the text rules, the other
 * language must clearly outweigh the locale's own.
 */
function otherLatinLanguage(words: ReadonlyArray<ImageWord>, expected: LanguageCode): { language: LanguageCode; words: ImageWord[] } | null {
  const { minWords, minHits, minShare, ownWeight } = IMAGE_TEXT_LIMITS.otherLanguage;
  if (words.length < minWords) return null;
  let best: { language: LanguageCode; words: ImageWord[]; own: number } | null = null;
  for (const language of Object.keys(LANGUAGE_NAMES) as LanguageCode[]) {
    if (language === 'ru' || language === expected) continue;
    const theirs = words.filter((word) => tellsApart(word.text, language, expected));
    if (!best || theirs.length > best.words.length) best = { language, words: theirs, own: words.filter((word) => tellsApart(word.text, expected, language)).length };
  }
  if (!best || best.words.length < minHits || best.words.length / words.length < minShare) return null;
  return best.words.length >= ownWeight * best.own + 2 ? best : null;
}
