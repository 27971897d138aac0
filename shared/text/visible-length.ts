import { decodeHTML } from 'entities';

/**
 * Store texts are shown as HTML (the description explicitly allows tags), so a person sees the
 * text without its tags, with entities decoded and runs of whitespace collapsed. The marketplace
 * limits (30 / 60 / 400) are about what a person sees, so that is what we count.
 */

// Elements whose content is never shown.
const HIDDEN_ELEMENTS = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
// Tags that break the line: they read as a space between words.
const BREAKING_TAGS = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|hr)\b[^>]*>/gi;
// A tag starts with `<` and a letter, `/` or `!`, so "a < b" and "<3" stay visible text.
const OTHER_TAGS = /<[A-Za-z/!][^<>]*>/g;
const WHITESPACE_RUN = /\s+/g;

/** The text a person sees: tags removed, entities decoded, whitespace collapsed and trimmed. */
export function visibleText(text: string): string {
  const withoutTags = text
    .replace(HIDDEN_ELEMENTS, ' ')
    .replace(COMMENTS, ' ')
    .replace(BREAKING_TAGS, ' ')
    .replace(OTHER_TAGS, '');
  return decodeHTML(withoutTags).replace(WHITESPACE_RUN, ' ').trim();
}

let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

// Text made only of these code points has one grapheme per UTF-16 unit: no combining marks,
// surrogate pairs (emoji), joiners or variation selectors. Counting it needs no segmenter.
// eslint-disable-next-line no-control-regex -- control characters are deliberately part of the simple set
const SIMPLE_TEXT = /^[\u0000-\u000c\u000e-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u205e]*$/;

/** Number of user-perceived characters (grapheme clusters): "é" written as e + accent is one, 👍🏽 is one. */
export function graphemeCount(text: string): number {
  if (SIMPLE_TEXT.test(text)) return text.length;
  const segments = graphemeSegmenter();
  if (!segments) return Array.from(text).length;
  let count = 0;
  for (const _segment of segments.segment(text)) count += 1;
  return count;
}

/** Length of a store text as a person sees it: grapheme clusters of the visible text. */
export function visibleLength(text: string): number {
  return graphemeCount(visibleText(text));
}
