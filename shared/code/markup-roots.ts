import type { AnyNode } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { stringSkeleton } from './ast-query';
import { ownScriptIndexes, type ScriptIndex } from './script-index';
import { readTemplatePaths } from './templates';

const TAG = /<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const NAME_ATTRIBUTE = /\b(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Markup: the first character after any white space (what trimStart removes) opens a tag. */
const STARTS_WITH_TAG = /^\s*</;
/** Templates and strings longer than this are not read for root names (a bundle's whole page markup). */
const MAX_MARKUP_CHARS = 200_000;

export interface MarkupNames {
  /** Class and id names of the outermost element of a template or an HTML string: what the widget renders into. */
  outer: Set<string>;
  /** Class and id names of elements inside those. */
  inner: Set<string>;
}

function namesOf(attributes: string): string[] {
  const names: string[] = [];
  for (const match of attributes.matchAll(NAME_ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? '';
    // Template expressions (`{{ x }}`, `{% if %}`) are not names.
    for (const name of value.replace(/\{[{%#][\s\S]*?[}%#]\}/g, ' ').split(/\s+/)) if (/^[A-Za-z_][\w-]*$/.test(name)) names.push(name);
  }
  return names;
}

/**
 * `container`: the first element holds others. A template file always counts; an HTML string in a script
 * only when it builds a container (`'<span class="count">'` appended somewhere is a part, not a root).
 */
function collect(markup: string, names: MarkupNames, fromTemplateFile: boolean): void {
  if (markup.length > MAX_MARKUP_CHARS) return;
  const text = markup.replace(/\{#[\s\S]*?#\}|<!--[\s\S]*?-->/g, '');
  const tags = [...text.matchAll(TAG)];
  tags.forEach((match, position) => {
    const found = namesOf(match[2] ?? '');
    const target = position > 0 ? names.inner : fromTemplateFile || tags.length > 1 ? names.outer : null;
    if (target) for (const name of found) target.add(name);
  });
}

/**
 * Where the widget's markup puts each class and id: on the outermost element of a template file or
 * of an HTML string the scripts build (the element a widget renders into, a good root), or inside one
 * (`calendar` in `<div class="acme"><div class="calendar">`: an inner part, never a root).
 */
export function markupNames(context: RuleContext): MarkupNames {
  return context.cache('code:markup-names', () => {
    const names: MarkupNames = { outer: new Set(), inner: new Set() };
    for (const path of readTemplatePaths(context)) {
      const text = context.text(path);
      if (text) collect(text, names, true);
    }
    const partOfConcatenation = (index: ScriptIndex, node: AnyNode): boolean => {
      const parent = index.parentOf(node);
      return parent?.type === 'BinaryExpression' && parent.operator === '+';
    };
    for (const index of ownScriptIndexes(context)) {
      // A string literal is tested for markup before its parent is looked up: nearly none is markup.
      for (const literal of index.nodesOfType('Literal')) {
        if (typeof literal.value === 'string' && STARTS_WITH_TAG.test(literal.value) && !partOfConcatenation(index, literal)) collect(literal.value, names, false);
      }
      for (const template of index.nodesOfType('TemplateLiteral')) {
        const skeleton = stringSkeleton(template);
        if (skeleton && STARTS_WITH_TAG.test(skeleton)) collect(skeleton, names, false);
      }
      for (const binary of index.nodesOfType('BinaryExpression')) {
        if (partOfConcatenation(index, binary)) continue;
        const skeleton = stringSkeleton(binary);
        if (skeleton && STARTS_WITH_TAG.test(skeleton)) collect(skeleton, names, false);
      }
    }
    return names;
  });
}
