import postcss, { CssSyntaxError, type Root } from 'postcss';
import type { RuleContext } from '../check/rule-context';
import { parseLimitProblem, parseLimitProblems, type ParseLimitProblem } from '../text/parse-limits';
import { ownStylesheetPaths } from './own-files';

export interface StylesheetSyntaxError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedStylesheet {
  path: string;
  text: string;
  /** The postcss tree with source positions; when the file has a syntax error, the tree read past it as a browser would (null if even that fails). */
  root: Root | null;
  error: StylesheetSyntaxError | null;
  /** The file passes a CSS parse limit and was not parsed (file/parse-limit reports it); `root` is null. */
  overLimit: ParseLimitProblem | null;
  /** 1-based line and column of a character offset in the file. */
  positionAt(offset: number): { line: number; column: number };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function parseStylesheetText(path: string, text: string): ParsedStylesheet {
  let starts: number[] | null = null;
  const positionAt = (offset: number): { line: number; column: number } => {
    starts ??= lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
  const overLimit = parseLimitProblem('css', text);
  if (overLimit) return { path, text, root: null, error: null, overLimit, positionAt };
  try {
    return { path, text, root: postcss.parse(text, { from: path }), error: null, overLimit, positionAt };
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    const first = { message: error.reason, line: error.line ?? 1, column: error.column ?? 1 };
    return { path, text, root: recoverRoot(path, text, error), error: first, overLimit, positionAt };
  }
}

/** How many broken spots one file may have before the checker gives up reading past them. */
const MAX_RECOVERIES = 50;
/**
 * Each repair parses the whole file again: a big stylesheet gets fewer tries, so a broken 2 MB framework
 * file costs a couple of parses, not fifty.
 */
const RECOVERY_BUDGET_CHARS = 4_000_000;

/**
 * Parse the file again past its syntax errors, roughly as a browser does: a broken declaration is
 * dropped up to the next `;` or `}`, a stray `}` is ignored, an unclosed block is closed at the end.
 * Broken text is replaced by spaces (line breaks kept) so every position still points into the real
 * file. Null when the file still does not parse after the repairs its size allows.
 */
function recoverRoot(path: string, original: string, firstError: CssSyntaxError): Root | null {
  let text = original;
  let error: CssSyntaxError = firstError;
  const attempts = Math.min(MAX_RECOVERIES, Math.floor(RECOVERY_BUDGET_CHARS / Math.max(1, original.length)));
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const repaired = repairAt(text, error);
    if (repaired === null) return null;
    text = repaired;
    try {
      return postcss.parse(text, { from: path });
    } catch (next) {
      if (!(next instanceof CssSyntaxError)) return null;
      error = next;
    }
  }
  return null;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return text.length;
    offset = end + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

function repairAt(text: string, error: CssSyntaxError): string | null {
  if (error.reason === 'Unclosed block') return `${text}}`;
  const start = offsetOf(text, error.line ?? 1, error.column ?? 1);
  if (start >= text.length) return null;
  if (error.reason.startsWith('Unclosed')) {
    // An unclosed string, bracket or comment: drop the rest of that line.
    const lineEnd = text.indexOf('\n', start);
    return blank(text, start, lineEnd === -1 ? text.length : lineEnd);
  }
  let end = start;
  while (end < text.length && text[end] !== ';' && text[end] !== '}') end += 1;
  if (end === start) end = start + 1;
  const repaired = blank(text, start, end);
  return repaired === text ? null : repaired;
}
/** The widget's own stylesheets past a CSS parse limit, alone or all together (in path order). */
export function stylesheetParseProblems(context: RuleContext): ReadonlyMap<string, ParseLimitProblem> {
  return context.cache('code:stylesheet-parse-problems', () =>
    parseLimitProblems(
      'css',
      ownStylesheetPaths(context).map((path) => ({ path, text: context.text(path) ?? '', bytes: context.file(path)?.size ?? 0 })),
    ),
  );
}

/** The parsed form of a widget stylesheet, computed once per check run. */
export function parseStylesheet(context: RuleContext, path: string): ParsedStylesheet {
  return context.cacheFor('code:parse-stylesheet', path, () => {
    const text = context.text(path) ?? '';
    const overLimit = stylesheetParseProblems(context).get(path) ?? null;
    if (overLimit) return { path, text, root: null, error: null, overLimit, positionAt: () => ({ line: 1, column: 1 }) };
    return parseStylesheetText(path, text);
  });
}
