import type { Node } from 'acorn';
import { patternNames, positionOf } from '../../code/ast-query';
import { ownScriptPaths } from '../../code/own-files';
import { parseScript, type ParsedScript } from '../../code/parse-script';
import { scriptIndex, type ScriptIndex } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

/** Below this much code a file is too small to judge: a short one-liner is not "minified". */
const MIN_CODE_CHARS = 2000;
/** Hand-written code averages well under 80 characters a line; minifiers write thousands. */
const MAX_AVERAGE_LINE = 200;
const MAX_CODE_LINE = 2000;
/** Mangled names: with at least this many bindings, this share of one- or two-letter names. */
const MIN_BINDINGS = 50;
const MAX_SHORT_NAME_SHARE = 0.75;
const MIN_HEX_NAMES = 5;

interface Evidence {
  reason: string;
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

function lineShape(parsed: ParsedScript, index: ScriptIndex | null): Evidence | null {
  const perLine = codeCharsPerLine(parsed.text, index ? literalRanges(index) : []);
  const total = perLine.reduce((sum, count) => sum + count, 0);
  if (total < MIN_CODE_CHARS) return null;
  let longest = 0;
  for (let i = 1; i < perLine.length; i += 1) if (perLine[i] > perLine[longest]) longest = i;
  if (perLine[longest] >= MAX_CODE_LINE) {
    return { reason: `line ${longest + 1} holds ${perLine[longest]} characters of code`, line: longest + 1, column: 1 };
  }
  const average = total / perLine.length;
  if (average >= MAX_AVERAGE_LINE) {
    return { reason: `${total} characters of code on ${perLine.length} lines, ${Math.round(average)} per line` };
  }
  return null;
}

/** Dean Edwards' packer: eval(function (p, a, c, k, e, d) {...}(...)). */
function packed(index: ScriptIndex): Evidence | null {
  for (const call of index.nodesOfType('CallExpression')) {
    if (call.callee.type !== 'Identifier' || call.callee.name !== 'eval') continue;
    const argument = call.arguments[0];
    const fn = argument?.type === 'CallExpression' ? argument.callee : argument;
    if (fn?.type !== 'FunctionExpression') continue;
    const names = fn.params.map((param) => (param.type === 'Identifier' ? param.name : '')).join(',');
    if (names.startsWith('p,a,c,k')) return { reason: 'it is packed with eval(function(p,a,c,k,e,d)...)', ...positionOf(call) };
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
function hexNames(index: ScriptIndex): Evidence | null {
  const names = new Map<string, Node>();
  for (const identifier of index.nodesOfType('Identifier')) {
    if (isHexName(identifier.name) && !names.has(identifier.name)) names.set(identifier.name, identifier);
  }
  if (names.size < MIN_HEX_NAMES) return null;
  const first = [...names.values()][0];
  return { reason: `it uses ${names.size} obfuscated names like ${[...names.keys()][0]}`, ...positionOf(first) };
}

/** Minifiers rename variables and parameters to one or two letters, even when the code is re-indented. */
function mangledNames(index: ScriptIndex): Evidence | null {
  const names: string[] = [];
  for (const declarator of index.nodesOfType('VariableDeclarator')) names.push(...patternNames(declarator.id));
  for (const type of ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'] as const) {
    for (const fn of index.nodesOfType(type)) {
      names.push(...fn.params.flatMap((param) => patternNames(param)));
      if (fn.type !== 'ArrowFunctionExpression' && fn.id) names.push(fn.id.name);
    }
  }
  if (names.length < MIN_BINDINGS) return null;
  const short = names.filter((name) => name.length <= 2).length;
  if (short / names.length < MAX_SHORT_NAME_SHARE) return null;
  return { reason: `${short} of its ${names.length} variable and parameter names are one or two characters long` };
}

export const minifiedRule = defineRule({
  id: 'code/minified',
  defaultSeverity: 'warning',
  summary: 'The widget\'s own code is readable: not minified, packed or obfuscated.',
  docs:
    'Moderators read your code; amoCRM rejects minified or obfuscated own code, and the checklist says the more ' +
    'readable the code, the faster the review. For each own .js file (not matched by `vendor`, default `**/*.min.js` ' +
    'and `vendor/**`) the rule looks for: Dean Edwards\' packer (`eval(function(p,a,c,k,e,d)`), obfuscator names ' +
    '(`_0x1a2b`), lines holding 2000+ characters of code, an average over 200 characters of code per line (string ' +
    'literals and comments are not counted, so long data strings do not trigger it), and names mangled to one or two ' +
    'letters (75% of 50+ names). Fix: upload the readable source; if the file is a third-party library, name it ' +
    '*.min.js, put it under vendor/, or add its path to "vendor" in widget-publisher.json.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The more readable and understandable your code is, the faster we will be able to check it"'),
    SOURCES.facts('Moderation: "amoCRM.ru rejects minified or obfuscated own code"', 'https://www.amocrm.ru/developers/content/integrations/requirements'),
  ],
  check(context, report) {
    for (const path of ownScriptPaths(context)) {
      const parsed = parseScript(context, path);
      const index = scriptIndex(context, path);
      const evidence =
        (index && (packed(index) ?? hexNames(index))) ?? lineShape(parsed, index) ?? (index && mangledNames(index)) ?? null;
      if (!evidence) continue;
      report({
        file: path,
        line: evidence.line ?? null,
        column: evidence.column ?? null,
        message:
          `${path} looks minified or obfuscated: ${evidence.reason}. Moderators reject unreadable own code. ` +
          'Upload the readable source; if this is a third-party library, name it *.min.js, put it under vendor/, ' +
          'or add its path to "vendor" in widget-publisher.json.',
      });
    }
  },
});
