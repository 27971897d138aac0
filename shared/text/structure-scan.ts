/**
 * A linear pre-scan of JSON or CSS text that counts values and nesting without building a tree, so a
 * hostile file (millions of tiny values, thousands of nested brackets) is refused before a parser
 * spends gigabytes or the call stack on it. Counts are upper bounds, close enough to compare with limits.
 */
export interface TextStructure {
  /** Values (JSON) or rules, declarations and selectors in a list (CSS). */
  values: number;
  /** Deepest bracket nesting. */
  depth: number;
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

export function scanJsonStructure(text: string): TextStructure {
  let values = 1;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      values += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    } else if (code === COMMA) {
      values += 1;
    }
  }
  return { values, depth: deepest };
}

export function scanCssStructure(text: string): TextStructure {
  let values = 0;
  let depth = 0;
  let deepest = 0;
  let quote = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === BACKSLASH) index += 1;
      else if (code === quote) quote = 0;
    } else if (code === SLASH && text.charCodeAt(index + 1) === STAR) {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (code === QUOTE || code === APOSTROPHE) {
      quote = code;
    } else if (code === OPEN_BRACE) {
      depth += 1;
      values += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === CLOSE_BRACE) {
      depth = Math.max(0, depth - 1);
    } else if (code === SEMICOLON || code === COMMA) {
      values += 1;
    }
  }
  return { values, depth: deepest };
}
