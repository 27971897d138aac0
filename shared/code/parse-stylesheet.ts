import postcss, { CssSyntaxError, type Root } from 'postcss';
import type { RuleContext } from '../check/rule-context';

export interface StylesheetSyntaxError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedStylesheet {
  path: string;
  text: string;
  /** The postcss tree with source positions, or null when the file does not parse. */
  root: Root | null;
  error: StylesheetSyntaxError | null;
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
  try {
    return { path, text, root: postcss.parse(text, { from: path }), error: null, positionAt };
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    return {
      path,
      text,
      root: null,
      error: { message: error.reason, line: error.line ?? 1, column: error.column ?? 1 },
      positionAt,
    };
  }
}

/** The parsed form of a widget stylesheet, computed once per check run. */
export function parseStylesheet(context: RuleContext, path: string): ParsedStylesheet {
  return context.cache(`code:parse-stylesheet:${path}`, () => parseStylesheetText(path, context.text(path) ?? ''));
}
