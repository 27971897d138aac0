import { PARSE_LIMITS, formatMegabytes } from '../platform/limits';
import type { LocalizedMessage } from '../model/finding';
import { scanCssStructure, scanJsonStructure } from './structure-scan';

export type ParsedKind = keyof typeof PARSE_LIMITS;

/** Why a file is not parsed: which limit of shared/platform/limits.ts it passes, and by how much. */
export interface ParseLimitProblem {
  kind: ParsedKind;
  /** `total`: this file would take its kind past the limit for all files of the kind together. */
  limit: 'bytes' | 'values' | 'depth' | 'total';
  actual: number;
  max: number;
}

/** What a file costs to parse, for the per-kind totals: values (JSON, CSS) or bytes (scripts). */
export function parseCost(kind: ParsedKind, text: string, bytes = text.length): number {
  if (kind === 'css') return scanCssStructure(text).values;
  if (kind === 'json') return scanJsonStructure(text).values;
  return bytes;
}

/** The total of `kind` all files may reach together, or null when the kind has none. */
export function totalParseLimit(kind: ParsedKind): number | null {
  const limits = PARSE_LIMITS[kind] as { maxTotalValues?: number; maxTotalBytes?: number };
  return limits.maxTotalValues ?? limits.maxTotalBytes ?? null;
}

/**
 * The problem of each file of one kind, in the order given: its own limits first, then the running total.
 * A file over a limit does not count towards the total (it is not parsed).
 */
export function parseLimitProblems(kind: ParsedKind, files: ReadonlyArray<{ path: string; text: string; bytes: number }>): Map<string, ParseLimitProblem> {
  const problems = new Map<string, ParseLimitProblem>();
  const max = totalParseLimit(kind);
  let total = 0;
  for (const file of files) {
    const own = parseLimitProblem(kind, file.text, file.bytes);
    if (own) {
      problems.set(file.path, own);
      continue;
    }
    if (max === null) continue;
    const cost = parseCost(kind, file.text, file.bytes);
    if (total + cost > max) problems.set(file.path, { kind, limit: 'total', actual: total + cost, max });
    else total += cost;
  }
  return problems;
}

/**
 * The limit `text` passes for its kind, or null when it may be parsed. Size first (free), then a linear
 * scan for values and nesting; the parsers never see a file that fails here.
 */
export function parseLimitProblem(kind: ParsedKind, text: string, bytes = text.length): ParseLimitProblem | null {
  const limits: { maxBytes: number; maxValues?: number; maxDepth?: number } = PARSE_LIMITS[kind];
  if (bytes > limits.maxBytes) return { kind, limit: 'bytes', actual: bytes, max: limits.maxBytes };
  if (limits.maxValues === undefined && limits.maxDepth === undefined) return null;
  const structure = kind === 'css' ? scanCssStructure(text) : scanJsonStructure(text);
  if (limits.maxDepth !== undefined && structure.depth > limits.maxDepth) return { kind, limit: 'depth', actual: structure.depth, max: limits.maxDepth };
  if (limits.maxValues !== undefined && structure.values > limits.maxValues) return { kind, limit: 'values', actual: structure.values, max: limits.maxValues };
  return null;
}

const KIND_NAMES: Record<ParsedKind, LocalizedMessage> = {
  json: { en: 'JSON files', ru: 'JSON-файлы' },
  css: { en: 'stylesheets', ru: 'стили' },
  script: { en: 'scripts', ru: 'скрипты' },
  template: { en: 'templates', ru: 'шаблоны' },
};

const VALUE_WORDS: Record<ParsedKind, LocalizedMessage> = {
  json: { en: 'values', ru: 'значений' },
  css: { en: 'rules, declarations and selectors', ru: 'правил, объявлений и селекторов' },
  script: { en: 'nodes', ru: 'узлов' },
  template: { en: 'nodes', ru: 'узлов' },
};

/** "nests 5000 levels deep, over the limit of 64": what a message says about the problem, after the file name. */
export function describeParseLimit(problem: ParseLimitProblem): LocalizedMessage {
  const { limit, actual, max, kind } = problem;
  if (limit === 'bytes') {
    return { en: `is ${formatMegabytes(actual)}, over the ${formatMegabytes(max)} limit`, ru: `занимает ${formatMegabytes(actual)} при пределе ${formatMegabytes(max)}` };
  }
  if (limit === 'depth') {
    return { en: `nests too deeply (${actual} levels, the limit is ${max})`, ru: `вложен слишком глубоко (${actual} уровней при пределе ${max})` };
  }
  if (limit === 'total') {
    // Scripts and templates are bounded by their size, JSON and CSS by a count of values.
    const unit = kind === 'script' || kind === 'template' ? { en: `bytes of ${kind}`, ru: kind === 'script' ? 'байт скриптов' : 'байт шаблонов' } : VALUE_WORDS[kind];
    return {
      en: `would bring the widget's ${KIND_NAMES[kind].en} to ${actual} ${unit.en} in all, over the ${max} the checker parses together`,
      ru: `довёл бы ${KIND_NAMES[kind].ru} виджета до ${actual} ${unit.ru} в сумме при пределе ${max} на все вместе`,
    };
  }
  const words = VALUE_WORDS[kind];
  return { en: `holds about ${actual} ${words.en}, over the limit of ${max}`, ru: `содержит около ${actual} ${words.ru} при пределе ${max}` };
}
