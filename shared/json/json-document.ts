import { getNodeValue, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { describeParseLimit, parseLimitProblem } from '../text/parse-limits';
import { stripBom } from '../text/text-decoding';

export type { JSONPath, Node as JsonNode };

export interface TextPosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface JsonSyntaxError extends TextPosition {
  message: string;
  /** The same in Russian, for the checker's Russian findings. */
  messageRu: string;
  offset: number;
}

/** A key written twice in one object: JSON parsers keep only the last value, silently. */
export interface JsonDuplicateKey extends TextPosition {
  /** Path of the repeated key, e.g. ['widget', 'name']. */
  path: string[];
  /** Where the key was first written. */
  first: TextPosition;
}

/**
 * A JSON file parsed with positions, so a finding about any value can name its line and column.
 * Strict JSON as the platform reads it: comments and trailing commas are syntax errors.
 */
export interface JsonDocument {
  text: string;
  /** The parsed value; undefined when the text has a syntax error. */
  value: unknown;
  syntaxErrors: JsonSyntaxError[];
  /** Keys repeated inside one object (valid JSON, but only the last value counts), in file order. */
  duplicateKeys: JsonDuplicateKey[];
  root: Node | undefined;
  /** Position of the value at `path`; falls back to the nearest existing ancestor, then to 1:1. */
  positionOf(path: JSONPath): TextPosition;
  /** Position of the property name at `path` (the key itself), or of the value when it has no key. */
  keyPositionOf(path: JSONPath): TextPosition;
  /** The node at `path`, or undefined. */
  nodeAt(path: JSONPath): Node | undefined;
  has(path: JSONPath): boolean;
  positionAtOffset(offset: number): TextPosition;
}

const READABLE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing brace } was expected',
  CloseBracketExpected: 'a closing bracket ] was expected',
  EndOfFileExpected: 'the end of the file was expected (text after the JSON value)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

const READABLE_ERRORS_RU: Record<string, string> = {
  InvalidSymbol: 'неожиданный символ',
  InvalidNumberFormat: 'некорректное число',
  PropertyNameExpected: 'ожидалось имя свойства в двойных кавычках',
  ValueExpected: 'ожидалось значение',
  ColonExpected: 'ожидалось двоеточие',
  CommaExpected: 'ожидалась запятая',
  CloseBraceExpected: 'ожидалась закрывающая фигурная скобка }',
  CloseBracketExpected: 'ожидалась закрывающая квадратная скобка ]',
  EndOfFileExpected: 'ожидался конец файла (после значения JSON есть текст)',
  InvalidCommentToken: 'комментарии в JSON не допускаются',
  UnexpectedEndOfComment: 'комментарий не закрыт',
  UnexpectedEndOfString: 'строка не закрыта',
  UnexpectedEndOfNumber: 'число оборвано',
  InvalidUnicode: 'некорректная последовательность \\u',
  InvalidEscapeCharacter: 'некорректный экранированный символ',
  InvalidCharacter: 'недопустимый символ в строке (управляющие символы нужно экранировать)',
};

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) starts.push(index + 1);
  }
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

/**
 * A document that was not parsed (too large or deep for the parse limits, or not UTF-8 text): no value,
 * no tree, and the given errors. Positions all fall back to 1:1.
 */
export function unparsedJsonDocument(text: string, syntaxErrors: JsonSyntaxError[] = []): JsonDocument {
  const origin: TextPosition = { line: 1, column: 1 };
  return {
    text,
    value: undefined,
    syntaxErrors,
    duplicateKeys: [],
    root: undefined,
    positionOf: () => origin,
    keyPositionOf: () => origin,
    nodeAt: () => undefined,
    has: () => false,
    positionAtOffset: () => origin,
  };
}

/**
 * Parse JSON with positions. Text past the JSON parse limits (shared/platform/limits.ts) is not parsed:
 * it comes back as one error at 1:1 saying which limit, so no caller builds a tree of millions of nodes
 * or recurses thousands of levels deep.
 */
export function parseJsonDocument(rawText: string): JsonDocument {
  const text = stripBom(rawText);
  const problem = parseLimitProblem('json', text);
  if (problem) {
    const why = describeParseLimit(problem);
    return unparsedJsonDocument(text, [
      { message: `the file ${why.en}; it was not read`, messageRu: `файл ${why.ru}; он не прочитан`, offset: 0, line: 1, column: 1 },
    ]);
  }
  const lineStarts = lineStartsOf(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const toPosition = (offset: number) => positionAt(lineStarts, offset);
  const reported: JsonSyntaxError[] = errors.map((error) => {
    const code = printParseErrorCode(error.error);
    const comma = trailingCommaBefore(text, error.offset);
    if (comma !== null && (code === 'ValueExpected' || code === 'PropertyNameExpected')) {
      return {
        message: 'trailing comma before a closing bracket; remove it',
        messageRu: 'лишняя запятая перед закрывающей скобкой; удалите её',
        offset: comma,
        ...toPosition(comma),
      };
    }
    return { message: READABLE_ERRORS[code] ?? code, messageRu: READABLE_ERRORS_RU[code] ?? code, offset: error.offset, ...toPosition(error.offset) };
  });
  // jsonc-parser can report one mistake twice at the same place (a trailing comma, for one).
  const syntaxErrors = reported.filter(
    (error, index) => reported.findIndex((other) => other.offset === error.offset && other.message === error.message) === index,
  );
  if (!root && syntaxErrors.length === 0) {
    syntaxErrors.push({ message: 'the file is empty; a JSON object was expected', messageRu: 'файл пустой; ожидался JSON-объект', offset: 0, line: 1, column: 1 });
  }
  syntaxErrors.sort((a, b) => a.offset - b.offset);
  const value = syntaxErrors.length === 0 && root ? getNodeValue(root) : undefined;

  const nearestNode = (path: JSONPath): Node | undefined => {
    if (!root) return undefined;
    for (let length = path.length; length >= 0; length -= 1) {
      const node = findNodeAtLocation(root, path.slice(0, length));
      if (node) return node;
    }
    return root;
  };

  return {
    text,
    value,
    syntaxErrors,
    duplicateKeys: root ? duplicateKeysOf(root, toPosition) : [],
    root,
    positionOf(path) {
      const node = nearestNode(path);
      return node ? toPosition(node.offset) : { line: 1, column: 1 };
    },
    keyPositionOf(path) {
      const node = nearestNode(path);
      if (!node) return { line: 1, column: 1 };
      const property = node.parent?.type === 'property' ? node.parent : undefined;
      return toPosition(property ? property.offset : node.offset);
    },
    nodeAt(path) {
      return root ? findNodeAtLocation(root, path) : undefined;
    },
    has(path) {
      return root !== undefined && findNodeAtLocation(root, path) !== undefined;
    },
    positionAtOffset: toPosition,
  };
}

/**
 * The node at `path`, like jsonc-parser's findNodeAtLocation, except that a key written twice resolves to
 * its last occurrence: that is the value JSON readers (and the platform) keep, so positions match values.
 */
function findNodeAtLocation(root: Node, path: JSONPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'string') {
      if (node.type !== 'object' || !node.children) return undefined;
      let found: Node | undefined;
      for (const property of node.children) {
        const [key, value] = property.children ?? [];
        if (key && key.value === segment && value) found = value;
      }
      node = found;
    } else {
      if (node.type !== 'array' || !node.children || segment < 0 || segment >= node.children.length) return undefined;
      node = node.children[segment];
    }
  }
  return node;
}

/** Offset of a comma that directly precedes a closing bracket at `offset` (whitespace between), else null. */
function trailingCommaBefore(text: string, offset: number): number | null {
  const closing = text[offset];
  if (closing !== ']' && closing !== '}') return null;
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index])) index -= 1;
  return text[index] === ',' ? index : null;
}

/** Every key written twice in one object, anywhere in the tree (an explicit stack: deep files do not overflow). */
function duplicateKeysOf(root: Node, toPosition: (offset: number) => TextPosition): JsonDuplicateKey[] {
  const found: JsonDuplicateKey[] = [];
  const stack: Array<{ node: Node; path: string[] }> = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Node; path: string[] };
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        const first = seen.get(key.value);
        if (first === undefined) seen.set(key.value, key.offset);
        else found.push({ path: [...path, key.value], ...toPosition(key.offset), first: toPosition(first) });
        if (value) stack.push({ node: value, path: [...path, key.value] });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, path: [...path, String(index)] }));
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
