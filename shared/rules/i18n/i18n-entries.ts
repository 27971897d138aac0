import type { I18nFile, RuleContext } from '../../check/rule-context';
import type { JSONPath, JsonNode } from '../../json/json-document';

/** One value of an i18n file with its place: key path and position. */
export interface I18nEntry {
  path: JSONPath;
  /** Dot path as developers write it in manifest.json and `self.i18n()`: `widget.name`, `list[0]`. */
  key: string;
  node: JsonNode;
  line: number;
  column: number;
}

export interface I18nString extends I18nEntry {
  value: string;
}

export function dotKey(path: JSONPath): string {
  let key = '';
  for (const part of path) {
    if (typeof part === 'number') key += `[${part}]`;
    else key += key === '' ? part : `.${part}`;
  }
  return key;
}

/** i18n files in a stable order: declared locales first (manifest order), then the rest by name. */
export function i18nFilesInOrder(context: RuleContext): I18nFile[] {
  const declared = context.locales.filter((locale, index) => context.locales.indexOf(locale) === index);
  const files = declared.flatMap((locale) => {
    const file = context.i18n.get(locale);
    return file ? [file] : [];
  });
  const rest = [...context.i18n.values()].filter((file) => !declared.includes(file.locale)).sort((a, b) => (a.path < b.path ? -1 : 1));
  return [...files, ...rest];
}

function visitStrings(node: JsonNode | undefined, path: JSONPath, file: I18nFile, out: I18nString[]): void {
  if (!node) return;
  if (node.type === 'string') {
    const position = file.document.positionAtOffset(node.offset);
    out.push({ path, key: dotKey(path), node, value: String(node.value), ...position });
  } else if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode?.type === 'string') visitStrings(valueNode, [...path, String(keyNode.value)], file, out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => visitStrings(child, [...path, index], file, out));
  }
}

/**
 * Every string value of an i18n file, in file order. Built from the error-tolerant parse tree,
 * so a file with a syntax error (reported by i18n/json-syntax) is still checked for its texts.
 */
export function i18nStrings(context: RuleContext, file: I18nFile): I18nString[] {
  return context.cache(`i18n-strings:${file.path}`, () => {
    const out: I18nString[] = [];
    visitStrings(file.document.root, [], file, out);
    return out;
  });
}

/** Where a JSON string node's raw source (between its quotes) starts; for positions inside a value. */
export function positionInString(file: I18nFile, entry: I18nEntry, needle: string): { line: number; column: number } {
  const raw = file.document.text.slice(entry.node.offset, entry.node.offset + entry.node.length);
  const index = raw.indexOf(needle);
  return index < 0 ? { line: entry.line, column: entry.column } : file.document.positionAtOffset(entry.node.offset + index);
}
