import { decodeHTML } from 'entities';

/**
 * The pieces of markup a person reads as separate texts: the text between tags and the values of
 * attributes shown on screen (title, placeholder, alt, aria-label), each with its offset in the input.
 * Comments, <script> and <style> contents and template expressions (`{{ x }}`, `{% if %}`) are not text.
 * A string without tags is one piece. Used for templates and for HTML built in code alike.
 */
export interface TextSegment {
  text: string;
  /** Offset of the piece in the input, for line and column. */
  offset: number;
}

const HIDDEN = /<!--[\s\S]*?-->|\{#[\s\S]*?#\}|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/gi;
const TAG = /<[A-Za-z/!][^<>]*>/g;
const SHOWN_ATTRIBUTE = /\s(?:title|placeholder|alt|aria-label|data-title|data-tooltip)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** `{% include 'button.twig' with { text: 'Save' } %}`: a text a template hands to a control. */
const TEMPLATE_TEXT_ARGUMENT = /\b(?:text|title|label|caption|placeholder|html|message|hint|tooltip)\s*:\s*(?:"([^"{}]{1,200})"|'([^'{}]{1,200})')/gi;

/** Same length, same line breaks: offsets found in the blanked text stay true for the input. */
function blank(piece: string): string {
  return piece.replace(/[^\n]/g, ' ');
}

function segment(text: string, offset: number): TextSegment | null {
  const decoded = decodeHTML(text).replace(/\s+/g, ' ').trim();
  if (decoded === '') return null;
  const lead = text.length - text.trimStart().length;
  return { text: decoded, offset: offset + lead };
}

export function markupSegments(input: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const block of input.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)) {
    for (const argument of block[0].matchAll(TEMPLATE_TEXT_ARGUMENT)) {
      const value = argument[1] ?? argument[2];
      const found = segment(value, (block.index ?? 0) + (argument.index ?? 0) + argument[0].indexOf(value));
      if (found) segments.push(found);
    }
  }
  const text = input.replace(HIDDEN, blank);
  let last = 0;
  const between = (end: number): void => {
    const found = segment(text.slice(last, end), last);
    if (found) segments.push(found);
  };
  for (const tag of text.matchAll(TAG)) {
    const start = tag.index ?? 0;
    between(start);
    for (const attribute of tag[0].matchAll(SHOWN_ATTRIBUTE)) {
      const value = attribute[1] ?? attribute[2];
      const found = segment(value, start + (attribute.index ?? 0) + attribute[0].lastIndexOf(value));
      if (found) segments.push(found);
    }
    last = start + tag[0].length;
  }
  between(text.length);
  return segments.sort((a, b) => a.offset - b.offset);
}

/** Whether a string holds an HTML tag: a string of markup is built to be shown. */
export function hasMarkup(text: string): boolean {
  return /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/.test(text);
}
