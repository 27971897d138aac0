import type { Node } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { patternNames, positionOf } from './ast-query';
import { parseScript, type ParsedScript } from './parse-script';
import { scriptIndex, type ScriptIndex } from './script-index';
import { countRu } from '../text/plural-ru';

/** Below this much code a file is too small to judge: a short one-liner is not "minified". */
const MIN_CODE_CHARS = 2000;
/** Hand-written code averages well under 80 characters a line; minifiers write thousands. */
const MAX_AVERAGE_LINE = 200;
const MAX_CODE_LINE = 2000;
/** Mangled names: with at least this many bindings, this share of one- or two-letter names. */
const MIN_BINDINGS = 50;
const MAX_SHORT_NAME_SHARE = 0.75;
const MIN_HEX_NAMES = 5;
const CHARACTERS_RU = ['символ', 'символа', 'символов'] as const;
const LINES_RU = ['строке', 'строках', 'строках'] as const;

/** Why a file reads as minified, and where it shows. */
export interface MinificationEvidence {
  reason: string;
  /** The same in Russian, for the finding's Russian message. */
  reasonRu: string;
  line?: number;
  column?: number;
}

/** Ranges of string/regex/template text and comments: long data strings are not minified code. */
function literalRanges(index: ScriptIndex): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const literal of index.nodesOfType('Literal')) {
    if (typeof literal.value === 'string' || literal.regex) ranges.push([literal.start, literal.end]);
  }
  for (const element of index.nodesOfType('TemplateElement')) ranges.push([element.start, element.end]);
  for (const comment of index.parsed.comments) ranges.push([comment.start, comment.end]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Characters of code (not literal text) on each line. */
function codeCharsPerLine(text: string, ranges: Array<[number, number]>): number[] {
  const perLine: number[] = [];
  let lineStart = 0;
  let rangeIndex = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    let literal = 0;
    while (rangeIndex < ranges.length && ranges[rangeIndex][1] <= lineStart) rangeIndex += 1;
    for (let r = rangeIndex; r < ranges.length && ranges[r][0] < i; r += 1) {
      literal += Math.max(0, Math.min(ranges[r][1], i) - Math.max(ranges[r][0], lineStart));
    }
    perLine.push(i - lineStart - literal);
    lineStart = i + 1;
  }
  return perLine;
}

function lineShape(parsed: ParsedScript, index: ScriptIndex | null): MinificationEvidence | null {
  // Code characters are a part of the text: a shorter text cannot reach the minimum, so skip counting them.
  if (parsed.text.length < MIN_CODE_CHARS) return null;
  const perLine = codeCharsPerLine(parsed.text, index ? literalRanges(index) : []);
  const total = perLine.reduce((sum, count) => sum + count, 0);
  if (total < MIN_CODE_CHARS) return null;
  let longest = 0;
  for (let i = 1; i < perLine.length; i += 1) if (perLine[i] > perLine[longest]) longest = i;
  if (perLine[longest] >= MAX_CODE_LINE) {
    return {
      reason: `line ${longest + 1} holds ${perLine[longest]} characters of code`,
      reasonRu: `в строке ${longest + 1} ${countRu(perLine[longest], CHARACTERS_RU)} кода`,
      line: longest + 1,
      column: 1,
    };
  }
  const average = total / perLine.length;
  if (average >= MAX_AVERAGE_LINE) {
    return {
      reason: `${total} characters of code on ${perLine.length} lines, ${Math.round(average)} per line`,
      reasonRu: `${countRu(total, CHARACTERS_RU)} кода на ${countRu(perLine.length, LINES_RU)}, по ${Math.round(average)} на строку`,
    };
  }
  return null;
}

/** Dean Edwards' packer: eval(function (p, a, c, k, e, d) {...}(...)). */
function packed(index: ScriptIndex): MinificationEvidence | null {
  for (const call of index.nodesOfType('CallExpression')) {
    if (call.callee.type !== 'Identifier' || call.callee.name !== 'eval') continue;
    const argument = call.arguments[0];
    const fn = argument?.type === 'CallExpression' ? argument.callee : argument;
    if (fn?.type !== 'FunctionExpression') continue;
    const names = fn.params.map((param) => (param.type === 'Identifier' ? param.name : '')).join(',');
    if (names.startsWith('p,a,c,k')) {
      return { reason: 'it is packed with eval(function(p,a,c,k,e,d)...)', reasonRu: 'он упакован через eval(function(p,a,c,k,e,d)...)', ...positionOf(call) };
    }
  }
  return null;
}

function isHexName(name: string): boolean {
  if (!name.startsWith('_0x') || name.length < 6) return false;
  for (const character of name.slice(3).toLowerCase()) {
    if (!'0123456789abcdef'.includes(character)) return false;
  }
  return true;
}

/** javascript-obfuscator and similar rename everything to _0x1a2b3c. */
function hexNames(index: ScriptIndex): MinificationEvidence | null {
  const identifiers = index.nodesOfType('Identifier');
  // Fewer identifiers than the minimum cannot hold that many names (most hand-written files of a large widget).
  if (identifiers.length < MIN_HEX_NAMES) return null;
  const names = new Map<string, Node>();
  for (const identifier of identifiers) {
    if (isHexName(identifier.name) && !names.has(identifier.name)) names.set(identifier.name, identifier);
  }
  if (names.size < MIN_HEX_NAMES) return null;
  const first = [...names.values()][0];
  const example = [...names.keys()][0];
  return {
    reason: `it uses ${names.size} obfuscated names like ${example}`,
    reasonRu: `в нём ${countRu(names.size, ['обфусцированное имя', 'обфусцированных имени', 'обфусцированных имён'])} вроде ${example}`,
    ...positionOf(first),
  };
}

/** Minifiers rename variables and parameters to one or two letters, even when the code is re-indented. */
function mangledNames(index: ScriptIndex): MinificationEvidence | null {
  // Every bound name is an identifier of the file: with fewer identifiers there are fewer bindings than the minimum.
  if (index.nodesOfType('Identifier').length < MIN_BINDINGS) return null;
  const names: string[] = [];
  for (const declarator of index.nodesOfType('VariableDeclarator')) for (const name of patternNames(declarator.id)) names.push(name);
  for (const type of ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'] as const) {
    for (const fn of index.nodesOfType(type)) {
      for (const param of fn.params) for (const name of patternNames(param)) names.push(name);
      if (fn.type !== 'ArrowFunctionExpression' && fn.id) names.push(fn.id.name);
    }
  }
  if (names.length < MIN_BINDINGS) return null;
  const short = names.filter((name) => name.length <= 2).length;
  if (short / names.length < MAX_SHORT_NAME_SHARE) return null;
  return {
    reason: `${short} of its ${names.length} variable and parameter names are one or two characters long`,
    reasonRu: `${short} из ${names.length} имён переменных и параметров состоят из одного-двух символов`,
  };
}

/**
 * Why an own script looks minified, packed or obfuscated (null when it reads as hand-written).
 * Other code rules use it too: in a minified file own code and bundled libraries cannot be told apart.
 */
export function minificationEvidence(context: RuleContext, path: string): MinificationEvidence | null {
  return context.cacheFor('code:minification', path, () => {
    const index = scriptIndex(context, path);
    const parsed = index ? index.parsed : parseScript(context, path);
    return (index && (packed(index) ?? hexNames(index))) ?? lineShape(parsed, index) ?? (index && mangledNames(index)) ?? null;
  });
}
