import { Parser, type Comment, type Options, type Program } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { PARSE_LIMITS } from '../platform/limits';
import { parseLimitProblems, type ParseLimitProblem } from '../text/parse-limits';
import { ownScriptPaths } from './own-files';

/**
 * Own files larger than this are not parsed: a hand-written widget file is far smaller, and
 * parsing a multi-megabyte bundle on every check (and in the desktop app while typing) costs
 * seconds and memory for findings nobody can act on. code/js-syntax says the file was skipped.
 */
export const MAX_PARSED_SCRIPT_CHARS = PARSE_LIMITS.script.maxBytes;

export interface ScriptSyntaxError {
  /** Acorn's message without its trailing "(line:column)". */
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type ScriptSourceType = 'script' | 'module';

export interface ParsedScript {
  path: string;
  text: string;
  /** The syntax tree, or null when the file did not parse, was too large or is missing. */
  ast: Program | null;
  /** How the file parsed: as a classic script, or only as an ES module (import/export, top-level await). */
  sourceType: ScriptSourceType | null;
  comments: Comment[];
  error: ScriptSyntaxError | null;
  /** The file was over MAX_PARSED_SCRIPT_CHARS and was not parsed. */
  tooLarge: boolean;
  /** The code nests deeper than the parser's stack allows (generated code); not a syntax error. */
  tooDeep: boolean;
}

/** What acorn says when nesting exhausts the stack; the code may well be valid. */
const STACK_MESSAGE = 'Not enough stack space';

interface AcornError extends SyntaxError {
  loc?: { line: number; column: number };
  raisedAt?: number;
  pos?: number;
}

/**
 * acorn's parser with its options as an ordinary object. acorn builds the options key by key, which leaves
 * V8 holding them as a dictionary, and the parser reads them on every token: with a plain copy the same
 * trees come out about a fifth faster (10,000 small files: ~490 -> ~400 ms of CPU).
 */
class PlainOptionsParser extends Parser {
  constructor(options: Options, input: string, startPos?: number) {
    super(options, input, startPos);
    this.options = { ...this.options };
  }
}

/** acorn's `parse`, through the parser above: the same tree, comments and errors. */
export function parseProgram(text: string, options: Options): Program {
  return PlainOptionsParser.parse(text, options);
}

function attempt(text: string, sourceType: ScriptSourceType): { ast: Program; comments: Comment[] } | AcornError {
  const comments: Comment[] = [];
  const options: Options = {
    ecmaVersion: 'latest',
    sourceType,
    // Positions are computed from offsets when a finding needs one (node-positions.ts).
    locations: false,
    allowHashBang: true,
    // The platform loads widget files through requirejs as classic <script>s, where a top-level
    // `return` is a SyntaxError: keep acorn as strict as the browser.
    allowReturnOutsideFunction: false,
    onComment: comments,
  };
  try {
    return { ast: parseProgram(text, options), comments };
  } catch (error) {
    if (error instanceof SyntaxError) return error as AcornError;
    throw error;
  }
}

function toSyntaxError(error: AcornError): ScriptSyntaxError {
  const message = error.message.replace(/\s*\(\d+:\d+\)$/, '');
  return { message, line: error.loc?.line ?? 1, column: (error.loc?.column ?? 0) + 1 };
}

/**
 * A ParsedScript with its fields always in one order: one object shape for every file (the rules read these
 * 10,000 times over), built without object spreads (a spread of two objects a file showed in the profile).
 */
function parsedScript(path: string, text: string, fields: Partial<Omit<ParsedScript, 'path' | 'text'>>): ParsedScript {
  return {
    path,
    text,
    comments: fields.comments ?? [],
    tooLarge: fields.tooLarge ?? false,
    tooDeep: fields.tooDeep ?? false,
    ast: fields.ast ?? null,
    sourceType: fields.sourceType ?? null,
    error: fields.error ?? null,
  };
}

/** Parse `text` once: as a classic script first, then as an ES module. */
export function parseScriptText(path: string, text: string): ParsedScript {
  if (text.length > MAX_PARSED_SCRIPT_CHARS) return parsedScript(path, text, { tooLarge: true });
  const asScript = attempt(text, 'script');
  if (!(asScript instanceof Error)) return parsedScript(path, text, { ast: asScript.ast, comments: asScript.comments, sourceType: 'script' });
  const asModule = attempt(text, 'module');
  if (!(asModule instanceof Error)) return parsedScript(path, text, { ast: asModule.ast, comments: asModule.comments, sourceType: 'module' });
  // Both failed: the attempt that read further is the one that understood the file better.
  const reach = (error: AcornError): number => error.raisedAt ?? error.pos ?? 0;
  const error = reach(asModule) > reach(asScript) ? asModule : asScript;
  const tooDeep = asScript.message.startsWith(STACK_MESSAGE) || asModule.message.startsWith(STACK_MESSAGE);
  return parsedScript(path, text, { error: tooDeep ? null : toSyntaxError(error), tooDeep });
}

/** The widget's own scripts past the script limits, alone or all together (in path order). */
export function scriptParseProblems(context: RuleContext): ReadonlyMap<string, ParseLimitProblem> {
  return context.cache('code:script-parse-problems', () =>
    parseLimitProblems(
      'script',
      ownScriptPaths(context).map((path) => {
        const text = context.text(path) ?? '';
        return { path, text, bytes: text.length };
      }),
    ),
  );
}

/** The parsed form of a widget JS file, computed once per check run. */
export function parseScript(context: RuleContext, path: string): ParsedScript {
  return context.cacheFor('code:parse-script', path, () => {
    const text = context.text(path) ?? '';
    // A file over the total is not parsed; file/parse-limit names it (a file too large alone is code/js-syntax's).
    if (scriptParseProblems(context).get(path)?.limit === 'total') {
      return parsedScript(path, text, {});
    }
    return parseScriptText(path, text);
  });
}
