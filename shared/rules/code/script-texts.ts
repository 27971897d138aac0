/**
 * Texts in the widget's own scripts that users read, each with the languages it is written in: Russian
 * strings (any string with Russian words, unless compared with data or logged) and English, Spanish or
 * Portuguese phrases that plainly go to the screen (see shown-texts.ts). Texts the code already shows to the
 * users of their language only (locale-keyed objects, `lang === 'ru' ? ... : ...`) are left out.
 */
import type { AnyNode } from 'acorn';
import type { RuleContext } from '../../check/rule-context';
import { DYNAMIC_PART, positionOf, stringSkeleton } from '../../code/ast-query';
import { bundleOf, libraryAt } from '../../code/bundle-modules';
import { minificationEvidence } from '../../code/minification';
import type { ScriptIndex } from '../../code/script-index';
import { hasMarkup, markupSegments } from '../../text/markup-segments';
import { isFillerText } from '../../text/filler-text';
import type { LanguageCode } from '../text/language-detection';
import { phraseLanguages } from '../text/ui-phrase';
import { languageBranch } from './locale-branches';
import { isDataOrLog, joinsString, reachesScreen } from './shown-texts';

/** Two Cyrillic letters in a row: a Russian word, not a stray symbol. */
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/u;

export interface ScriptText {
  languages: LanguageCode[];
  line: number;
  column: number;
  /** What the user reads: the text, or its first phrase when it is markup. */
  text: string;
}

function latinText(node: AnyNode): boolean {
  const text = stringSkeleton(node);
  return text !== null && /[A-Za-z]{2,}/.test(text) && !CYRILLIC_WORD.test(text);
}

/**
 * What a string needs to hold a phrase of two words: a space between them, or what markupSegments turns into one
 * (an entity such as `&nbsp;`, a tag, a comment or a template expression it blanks). Most strings in code (names,
 * paths, keys) have none of these and skip the markup pass.
 */
const MAY_HOLD_PHRASE = /[\s&<{]/;

/** The first phrase of a string (or of the markup it holds) and its languages. */
function firstPhrase(text: string): { languages: LanguageCode[]; text: string } | null {
  if (!MAY_HOLD_PHRASE.test(text)) return null;
  for (const segment of markupSegments(text)) {
    const languages = phraseLanguages(segment.text);
    if (languages.length > 0) return { languages, text: segment.text };
  }
  return null;
}

/** A sibling branch written in another language than `languages`: the pair is a translation. */
function otherLanguage(languages: readonly LanguageCode[]): (other: AnyNode) => boolean {
  return (other) => {
    const text = stringSkeleton(other);
    if (text === null) return false;
    if (CYRILLIC_WORD.test(text)) return !languages.includes('ru');
    const phrase = firstPhrase(text);
    return phrase !== null && !phrase.languages.some((language) => languages.includes(language));
  };
}

function russianTexts(index: ScriptIndex): ScriptText[] {
  const texts: ScriptText[] = [];
  const add = (node: AnyNode, text: string, owner: AnyNode): void => {
    if (!CYRILLIC_WORD.test(text) || isDataOrLog(index, owner) || languageBranch(index, owner, ['ru'], latinText) === 'own') return;
    texts.push({ languages: ['ru'], ...positionOf(node), text });
  };
  for (const literal of index.nodesOfType('Literal')) if (typeof literal.value === 'string') add(literal, literal.value, literal);
  for (const element of index.nodesOfType('TemplateElement')) {
    add(element, element.value.cooked ?? element.value.raw, index.parentOf(element) ?? element);
  }
  return texts;
}

/**
 * Strings, templates and `+` chains of them, each once, at the outermost string expression (one pass, no climbing).
 * A string literal that cannot hold a phrase is left out whether it is a root or a part: alone it has no phrase,
 * and as a part it is read through the chain's root.
 */
function stringRoots(index: ScriptIndex): AnyNode[] {
  const candidates: AnyNode[] = [
    ...index.nodesOfType('Literal').filter((literal) => typeof literal.value === 'string' && MAY_HOLD_PHRASE.test(literal.value)),
    ...index.nodesOfType('TemplateLiteral'),
    ...index.nodesOfType('BinaryExpression').filter((binary) => binary.operator === '+'),
  ];
  return candidates.filter((node) => !joinsString(index.parentOf(node), node)).sort((a, b) => a.start - b.start);
}

function latinTexts(context: RuleContext, index: ScriptIndex): ScriptText[] {
  // In a minified file that is not a recognisable bundle, own code and bundled libraries cannot be told apart.
  const bundle = bundleOf(context, index.path);
  if (!bundle && minificationEvidence(context, index.path)) return [];
  const texts: ScriptText[] = [];
  for (const root of stringRoots(index)) {
    const skeleton = stringSkeleton(root);
    const phrase = skeleton === null ? null : firstPhrase(skeleton);
    if (skeleton === null || phrase === null || isFillerText(skeleton)) continue;
    if (isDataOrLog(index, root)) continue;
    const branch = languageBranch(index, root, phrase.languages, otherLanguage(phrase.languages));
    if (branch === 'own' || (branch === null && !hasMarkup(skeleton) && !reachesScreen(index, root))) continue;
    const position = positionOf(root);
    if (bundle && libraryAt(context, index.path, position.line, position.column)) continue;
    texts.push({ languages: phrase.languages, ...position, text: phrase.text.split(DYNAMIC_PART).join('…') });
  }
  return texts;
}

/** The texts users read in one own script, in the order they are written. */
export function scriptTexts(context: RuleContext, index: ScriptIndex): ScriptText[] {
  return [...russianTexts(index), ...latinTexts(context, index)].sort((a, b) => a.line - b.line || a.column - b.column);
}
