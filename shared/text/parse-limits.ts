import { PARSE_LIMITS, formatMegabytes } from '../platform/limits';
import type { LocalizedMessage } from '../model/finding';
import { scanCssStructure, scanJsonStructure } from './structure-scan';

export type ParsedKind = keyof typeof PARSE_LIMITS;

/** Why a file is not parsed: which limit of shared/platform/limits.ts it passes, and by how much. */
export interface ParseLimitProblem {
  kind: ParsedKind;
  limit: 'bytes' | 'values' | 'depth';
  actual: number;
  max: number;
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
  const words = VALUE_WORDS[kind];
  return { en: `holds about ${actual} ${words.en}, over the limit of ${max}`, ru: `содержит около ${actual} ${words.ru} при пределе ${max}` };
}
