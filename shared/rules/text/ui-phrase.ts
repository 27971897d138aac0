import { isFunctionWord, isUiWord, UI_WORD_LANGUAGES, type LanguageCode } from './language-detection';

/**
 * The language of a short interface text written in Latin letters ("Save settings", "Guardar cambios",
 * "Configurações salvas"), for texts found in code, where a sentence of function words is rare. Built to
 * be wrong rarely rather than to catch every label:
 * - a phrase, not a word: one word ("OK", "Guardar", "Email") is never enough, it may be a name;
 * - identifiers are not words: camelCase, snake_case, kebab-case, dotted names, acronyms (API, ID, CRM);
 * - at least two words, and two fifths of them, are function or interface words of the language, so brand
 *   and product names ("Lead Data Calculator", "Google Sheets") and code pass;
 * - the language with the most such words wins; a tie keeps every candidate ("Editar campo" is Spanish or
 *   Portuguese).
 */

const MIN_WORDS = 2;
const MIN_KNOWN_WORDS = 2;
const MIN_KNOWN_SHARE = 0.4;
/** Longer texts are judged by their start: enough to tell the language, linear in time. */
const MAX_PIECES = 200;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const PLAIN_WORD = /^\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*$/u;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
const LETTER = /\p{L}/u;
/** `color: red;`, `{ margin: 0 }`, `a => b`: style sheets and code, not text. */
const CODE_OR_STYLE = /[{};]|=>|[\w-]+\s*:\s*[\w#-]+\s*;/;

/** Words of the text, in lower case, or null when it reads as code, a list of names or style. */
function phraseWords(text: string): string[] | null {
  if (CYRILLIC.test(text) || CODE_OR_STYLE.test(text)) return null;
  const words: string[] = [];
  let names = 0;
  for (const raw of text.split(/\s+/, MAX_PIECES)) {
    const piece = raw.replace(EDGES, '');
    if (!LETTER.test(piece)) continue;
    const acronym = piece.length > 1 && piece === piece.toUpperCase();
    if (!PLAIN_WORD.test(piece) || CAMEL_CASE.test(piece) || acronym) names += 1;
    else words.push(piece.toLowerCase().replace(/’/g, "'"));
  }
  return words.length >= MIN_WORDS && names <= words.length ? words : null;
}

/** The languages a text is plainly an interface phrase of; empty when it is not one. */
export function phraseLanguages(text: string): LanguageCode[] {
  const words = phraseWords(text);
  if (!words) return [];
  let best = 0;
  const known = new Map<LanguageCode, number>();
  for (const language of UI_WORD_LANGUAGES) {
    const count = words.filter((word) => isUiWord(word, language) || isFunctionWord(word, language)).length;
    if (count < MIN_KNOWN_WORDS || count < MIN_KNOWN_SHARE * words.length) continue;
    known.set(language, count);
    best = Math.max(best, count);
  }
  return [...known].filter(([, count]) => count === best).map(([language]) => language);
}
