import type { I18nFile, RuleContext } from '../../check/rule-context';
import type { JSONPath, JsonNode } from '../../json/json-document';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';
import { dotKey, i18nFilesInOrder } from './i18n-entries';

type Kind = 'object' | 'list' | 'text';

const KIND_WORDS: Record<Kind, string> = { object: 'an object of keys', list: 'a list', text: 'a text' };
/** Russian: as the subject ("это список") and after "сделайте ... " (instrumental: "списком"). */
const KIND_WORDS_RU: Record<Kind, { is: string; as: string }> = {
  object: { is: 'объект с ключами', as: 'объектом с ключами' },
  list: { is: 'список', as: 'списком' },
  text: { is: 'текст', as: 'текстом' },
};
/** When files disagree evenly, the richer shape is taken as intended: the other file lost its keys. */
const KIND_PRIORITY: Record<Kind, number> = { object: 3, list: 2, text: 1 };
const MAX_LISTED_KEYS = 15;

interface KeyInfo {
  path: JSONPath;
  kind: Kind;
  /** Keys with a text value somewhere below (for "object with N keys"). */
  leafCount: number;
}

function kindOf(node: JsonNode): Kind {
  if (node.type === 'object') return 'object';
  if (node.type === 'array') return 'list';
  return 'text';
}

/** Flattens an i18n file into dot keys. Lists are compared as one value: their length may differ by language. */
function keyShape(file: I18nFile): Map<string, KeyInfo> {
  const shape = new Map<string, KeyInfo>();
  const visit = (node: JsonNode, path: JSONPath): number => {
    const kind = kindOf(node);
    let leafCount = kind === 'object' ? 0 : 1;
    const info: KeyInfo = { path, kind, leafCount };
    if (path.length > 0) shape.set(dotKey(path), info);
    if (kind === 'object') {
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode?.type === 'string' && valueNode) leafCount += visit(valueNode, [...path, String(keyNode.value)]);
      }
      info.leafCount = leafCount;
    }
    return leafCount;
  };
  if (file.document.root) visit(file.document.root, []);
  return shape;
}

/** Files to compare: the declared locales' files (all files when none is declared) that parsed into an object. */
function comparableFiles(context: RuleContext): I18nFile[] {
  const declared = new Set(context.locales);
  return i18nFilesInOrder(context).filter(
    (file) =>
      (declared.size === 0 || declared.has(file.locale)) &&
      file.document.syntaxErrors.length === 0 &&
      file.document.root?.type === 'object',
  );
}

function parentKey(path: JSONPath): string | null {
  return path.length <= 1 ? null : dotKey(path.slice(0, -1));
}

export const i18nStructureMismatchRule = defineRule({
  id: 'i18n/structure-mismatch',
  defaultSeverity: 'error',
  summary: 'All locale files have the same keys in the same shape.',
  summaryRu: 'Все языковые файлы содержат одни и те же ключи с одинаковой структурой.',
  docs:
    'When a widget has several locales, every i18n/<locale>.json must have the same structure: the same keys, ' +
    'and a key that is an object of keys in one file is an object in all of them. A key missing in one locale ' +
    'shows users the raw key (or nothing) in that language. For each locale file the finding lists the keys it ' +
    'lacks compared with the other files (as dot paths such as `settings.api_key`), at the line of the nearest ' +
    'parent key, and each key whose shape differs is reported where it differs.',
  sources: [
    SOURCES.structure('i18n Файлы локализации: "ВАЖНО: Если используется несколько локализаций, то необходимо, чтобы файлы были одинаковыми по структуре"'),
    SOURCES.facts('Locales: Kommo "Both i18n files must have the same structure"', 'https://developers.kommo.com/docs/i18n'),
  ],
  check(context, report) {
    const files = comparableFiles(context);
    if (files.length < 2) return;
    const shapes = new Map(files.map((file) => [file, keyShape(file)]));

    // Union of keys in first-seen order, with the files holding each key.
    const union = new Map<string, { path: JSONPath; holders: I18nFile[] }>();
    for (const file of files) {
      for (const [key, info] of shapes.get(file) ?? []) {
        const entry = union.get(key) ?? { path: info.path, holders: [] };
        entry.holders.push(file);
        union.set(key, entry);
      }
    }

    const conflicting = new Set<string>();
    for (const [key, { path, holders }] of union) {
      const parent = parentKey(path);
      if (parent !== null && [...conflicting].some((bad) => key.startsWith(`${bad}.`) || key.startsWith(`${bad}[`))) continue;
      const kinds = holders.map((file) => shapes.get(file)?.get(key)?.kind ?? 'text');
      if (new Set(kinds).size < 2) continue;
      conflicting.add(key);
      const tally = new Map<Kind, number>();
      for (const kind of kinds) tally.set(kind, (tally.get(kind) ?? 0) + 1);
      const expected = [...tally.entries()].sort((a, b) => b[1] - a[1] || KIND_PRIORITY[b[0]] - KIND_PRIORITY[a[0]])[0][0];
      const expectedIn = holders.filter((_file, index) => kinds[index] === expected).map((file) => file.path);
      holders.forEach((file, index) => {
        const kind = kinds[index];
        if (kind === expected) return;
        report({
          file: file.path,
          ...file.document.keyPositionOf(path),
          locale: file.locale,
          message: {
            en: `"${key}" is ${KIND_WORDS[kind]} here but ${KIND_WORDS[expected]} in ${expectedIn.join(', ')}`,
            ru: `"${key}" здесь — ${KIND_WORDS_RU[kind].is}, а в ${expectedIn.join(', ')} — ${KIND_WORDS_RU[expected].is}`,
          },
          help: {
            en: `All locale files must have the same structure: make "${key}" ${KIND_WORDS[expected]} in ${file.path} too.`,
            ru: `Все языковые файлы должны иметь одинаковую структуру: сделайте "${key}" в ${file.path} тоже ${KIND_WORDS_RU[expected].as}.`,
          },
        });
      });
    }

    for (const file of files) {
      const shape = shapes.get(file) ?? new Map<string, KeyInfo>();
      const missing: { key: string; path: JSONPath; holders: I18nFile[] }[] = [];
      for (const [key, { path, holders }] of union) {
        if (shape.has(key)) continue;
        const parent = parentKey(path);
        // Report the topmost missing key only, and leave keys under a shape conflict to that finding.
        if (parent !== null && shape.get(parent)?.kind !== 'object') continue;
        missing.push({ key, path, holders });
      }
      if (missing.length === 0) continue;
      const others = files.length - 1;
      const listed = missing.slice(0, MAX_LISTED_KEYS).map(({ key, holders }) => {
        const info = shapes.get(holders[0])?.get(key);
        const isObject = info !== undefined && info.kind === 'object';
        const locales = holders.map((holder) => holder.locale).join(', ');
        const partly = holders.length < others;
        return {
          en: `${key}${isObject ? ` (an object with ${info.leafCount} ${info.leafCount === 1 ? 'text' : 'texts'})` : ''}${partly ? ` (in ${locales})` : ''}`,
          ru: `${key}${isObject ? ` (объект, ${countRu(info.leafCount, ['текст', 'текста', 'текстов'])})` : ''}${partly ? ` (в ${locales})` : ''}`,
        };
      });
      const extra = missing.length - MAX_LISTED_KEYS;
      const count = missing.length === 1 ? 'a key' : `${missing.length} keys`;
      const lacksRu =
        missing.length === 1
          ? 'нет ключа, который есть в других языковых файлах'
          : `нет ключей, которые есть в других языковых файлах (${countRu(missing.length, ['ключ', 'ключа', 'ключей'])})`;
      report({
        file: file.path,
        ...file.document.keyPositionOf(missing[0].path),
        locale: file.locale,
        message: {
          en: `${file.path} lacks ${count} that other locale files have: ${listed.map((item) => item.en).join(', ')}${extra > 0 ? ` and ${extra} more` : ''}`,
          ru: `В ${file.path} ${lacksRu}: ${listed.map((item) => item.ru).join(', ')}${extra > 0 ? ` и ещё ${extra}` : ''}`,
        },
        help: {
          en: `All locale files must have the same structure: add ${missing.length === 1 ? 'it' : 'them'} with ${file.locale} texts.`,
          ru: `Все языковые файлы должны иметь одинаковую структуру: добавьте ${missing.length === 1 ? 'его' : 'их'} с текстами локали ${file.locale}.`,
        },
      });
    }
  },
});
