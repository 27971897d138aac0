import type { RuleContext } from '../check/rule-context';
import { lineStartsOf } from '../json/json-document';

/** What made a file read as a bundle, for messages. */
export interface Bundle {
  /** `webpack`, `vite/rollup`, `esbuild`, `parcel`, `browserify`. */
  tool: string;
  /** `app.js.map` when a source map beside the bundle names its sources. */
  sourceMap: string | null;
}

/** Runtime code each bundler writes into every bundle: the file is a build output, not hand-written. */
const BUNDLER_SIGNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/__webpack_require__|webpackChunk|__webpack_modules__|\/\*! For license information please see /, 'webpack'],
  [/__vite__|\/\*\s*vite-plugin|import\.meta\.glob|__vitePreload/, 'vite/rollup'],
  [/\b__commonJS\(|\b__toESM\(|\b__export\(\w+, \{/, 'esbuild'],
  [/\bparcelRequire\b|\$parcel\$/, 'parcel'],
  [/require=function \w\(\w,\w,\w\)\{function \w\(\w,\w\)\{if\(!\w\[\w\]\)/, 'browserify'],
];

/**
 * Code libraries and bundler runtimes write, recognisable without a source map. Each was reported as the
 * developer's own before: the `debug` library picking `console.debug || console.log`, the webpack runtime's
 * global lookup `new Function("return this")`, regenerator-runtime's global fallback, Vue and Pinia devtools.
 */
const LIBRARY_PATTERNS: readonly RegExp[] = [
  /console\.debug\s*\|\|\s*console\.log/,
  /(?:new )?Function\(\s*["']return this["']\s*\)/,
  /Function\(\s*["']r["']\s*,\s*["']regeneratorRuntime\s*=\s*r["']\s*\)|regeneratorRuntime\s*=\s*\w+/,
  /__VUE_DEVTOOLS_|__VUE_PROD_DEVTOOLS__|__VUE_HMR_RUNTIME__|devtoolsRawSetupState|__PINIA_DEVTOOLS|pinia:devtools/,
  /__REACT_DEVTOOLS_GLOBAL_HOOK__/,
];

/** How far around a finding the library patterns are looked for, in characters. */
const PATTERN_WINDOW = 200;

/** A source map larger than this is not decoded (the bundle itself is capped by the script parser). */
const MAX_SOURCE_MAP_CHARS = 20_000_000;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Which bundler wrote this file, or null for a hand-written script. */
export function bundleOf(context: RuleContext, path: string): Bundle | null {
  return context.cacheFor('code:bundle', path, () => {
    const text = context.text(path);
    if (!text) return null;
    const head = text.length > 400_000 ? text.slice(0, 200_000) + text.slice(-200_000) : text;
    const sign = BUNDLER_SIGNS.find(([pattern]) => pattern.test(head));
    if (!sign) return null;
    const map = sourceMapPath(context, path, text);
    return { tool: sign[1], sourceMap: map };
  });
}

function sourceMapPath(context: RuleContext, path: string, text: string): string | null {
  const comment = /\/\/# sourceMappingURL=([^\s'"]+)\s*$/.exec(text.slice(-500));
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const named = comment && !comment[1].startsWith('data:') ? `${folder}${comment[1]}` : null;
  for (const candidate of [named, `${path}.map`]) if (candidate && context.file(candidate)) return candidate;
  return null;
}

interface DecodedMap {
  sources: string[];
  /** Per generated line: [generated column, source index] pairs in column order. */
  lines: Array<Array<[number, number]>>;
}

function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let segments: Array<[number, number]> = [];
  let column = 0;
  let source = 0;
  let field = 0;
  let value = 0;
  let shift = 0;
  let segment: number[] = [];
  const endSegment = (): void => {
    if (segment.length > 0) {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      if (segment.length > 1) segments.push([column, source]);
    }
    segment = [];
    field = 0;
  };
  for (const character of mappings) {
    if (character === ',' || character === ';') {
      endSegment();
      if (character === ';') {
        lines.push(segments);
        segments = [];
        column = 0;
      }
      continue;
    }
    const digit = BASE64.indexOf(character);
    if (digit < 0) continue;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    const negative = value & 1;
    segment[field] = negative ? -(value >>> 1) : value >>> 1;
    field += 1;
    value = 0;
    shift = 0;
  }
  endSegment();
  lines.push(segments);
  return lines;
}

function decodedMap(context: RuleContext, mapPath: string): DecodedMap | null {
  return context.cache(`code:source-map:${mapPath}`, () => {
    const text = context.text(mapPath);
    if (!text || text.length > MAX_SOURCE_MAP_CHARS) return null;
    try {
      const value = JSON.parse(text) as { sources?: unknown; mappings?: unknown };
      if (!Array.isArray(value.sources) || typeof value.mappings !== 'string') return null;
      return { sources: value.sources.map(String), lines: decodeMappings(value.mappings) };
    } catch {
      return null;
    }
  });
}

/** The original source a bundle position comes from, by its source map (1-based line and column). */
function mappedSource(map: DecodedMap, line: number, column: number): string | null {
  const segments = map.lines[line - 1];
  if (!segments || segments.length === 0) return null;
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle][0] <= column - 1) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found < 0 ? null : (map.sources[segments[found][1]] ?? null);
}

/** A file's text and where its lines start, worked out once per file: a file may carry 200,000 findings. */
interface LineTable {
  text: string;
  starts: number[];
}

function lineTableOf(context: RuleContext, path: string): LineTable | null {
  return context.cacheFor('code:line-starts', path, () => {
    const text = context.text(path);
    return text === null ? null : { text, starts: lineStartsOf(text) };
  });
}

/** Offsets of the start and end (the line break, or the end of the text) of a 1-based line. */
function lineSpan(table: LineTable, line: number): { start: number; end: number } {
  if (line > table.starts.length) return { start: table.text.length, end: table.text.length };
  const start = table.starts[Math.max(0, line - 1)];
  const end = line < table.starts.length ? table.starts[line] - 1 : table.text.length;
  return { start, end };
}

function offsetOf(table: LineTable, line: number, column: number): number {
  return line > table.starts.length ? table.text.length : lineSpan(table, line).start + column - 1;
}

/** The package a library source path belongs to: `webpack://x/./node_modules/debug/src/browser.js` gives `debug`. */
function packageOf(source: string): string | null {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source) ?? /^webpack\/(runtime|bootstrap)/.exec(source.replace(/^webpack:\/\/[^/]*\//, ''));
  return match ? match[1] : null;
}

/**
 * The library a position inside a bundle belongs to (the package name, or `bundler runtime`), or null when it
 * is the developer's code or the file is not a bundle. With a source map, its `sources` decide; without one,
 * the code around the position is compared with code libraries are known to write.
 */
export function libraryAt(context: RuleContext, path: string, line: number, column: number): string | null {
  const bundle = bundleOf(context, path);
  if (!bundle) return null;
  const map = bundle.sourceMap ? decodedMap(context, bundle.sourceMap) : null;
  if (map) {
    const source = mappedSource(map, line, column);
    if (source) return packageOf(source);
  }
  const table = lineTableOf(context, path);
  if (!table) return null;
  const offset = offsetOf(table, line, column);
  const window = table.text.slice(Math.max(0, offset - PATTERN_WINDOW), offset + PATTERN_WINDOW);
  return LIBRARY_PATTERNS.some((pattern) => pattern.test(window)) ? 'library code' : null;
}

/** A short piece of a long line around a position, for findings in one-line bundles (`app.js:2:612011` alone says nothing). */
export function excerptAt(context: RuleContext, path: string, line: number, column: number, width = 60): string | null {
  const table = lineTableOf(context, path);
  if (!table) return null;
  const { start: lineStart, end: lineEnd } = lineSpan(table, line);
  if (lineEnd - lineStart <= 200) return null;
  const offset = offsetOf(table, line, column);
  const start = Math.max(lineStart, offset - width / 3);
  const end = Math.min(lineEnd, start + width);
  // Control characters of hostile input never reach a terminal: each becomes a space.
  const piece = Array.from(table.text.slice(start, end), (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? ' ' : character;
  }).join('');
  return `${start > lineStart ? '…' : ''}${piece}${end < lineEnd ? '…' : ''}`;
}
