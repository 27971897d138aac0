import type { AnyNode } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { argumentAt, calledMethodName, DYNAMIC_PART, positionOf, stringSkeleton, unwrapChain } from './ast-query';
import { bundleOf } from './bundle-modules';
import { createdElementAttributes, elementCreations } from './created-elements';
import { htmlSinks } from './html-sinks';
import { parseStylesheetText, type ParsedStylesheet } from './parse-stylesheet';
import { ownScriptIndexes, type ScriptIndex } from './script-index';

/** CSS a script puts into the page at run time, and where in the script it is written. */
export interface EmbeddedCss {
  path: string;
  css: string;
  /** 1-based position in the script of the CSS text's first character. */
  line: number;
  column: number;
  /** How it is injected, for messages: `<style> in .append()`, `style element text`, `insertRule()`, `bundled CSS`. */
  via: string;
  /**
   * The string sits on one line of the script (a quoted literal): its line breaks are `\n` escapes, so every
   * CSS position maps to that script line.
   */
  singleLine: boolean;
}

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)(?:<\/style>|$)/gi;
/** What every STYLE_ELEMENT match starts with: HTML without it is not searched (matchAll copies the pattern each time). */
const STYLE_TAG = /<style\b/i;
const STYLE_TEXT_PROPERTIES = ['textContent', 'innerHTML', 'innerText'];
/** A string of a bundle that reads as a stylesheet: a selector, a `{`, a declaration, a `}`. */
const LOOKS_LIKE_CSS = /^\s*(?:@[\w-]+[^{;]*\{\s*)?[^{};<>]*[^\s{};<>][^{};<>]*\{[^{}]*[\w-]+\s*:[^{}]*\}/;
const MIN_BUNDLED_CSS_CHARS = 20;

/** A run-time value inside CSS becomes a neutral word so the rest still parses (`color: ${c}` -> `color: x`). */
function neutral(css: string): string {
  return css.split(DYNAMIC_PART).join('x');
}

/** The script position of character `offset` of a string literal's value (escapes aside), and whether it is one line. */
function positionIn(index: ScriptIndex, literal: AnyNode, offset: number): { line: number; column: number; singleLine: boolean } {
  const singleLine = !index.text.slice(literal.start, literal.end).includes('\n');
  if (singleLine) {
    const start = positionOf(literal);
    return { line: start.line, column: start.column + 1 + offset, singleLine };
  }
  return { ...multiLinePosition(index, literal, offset), singleLine };
}

function multiLinePosition(index: ScriptIndex, literal: AnyNode, offset: number): { line: number; column: number } {
  const start = positionOf(literal);
  const before = index.text.slice(literal.start + 1, literal.start + 1 + offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + 1 + offset };
  return { line: start.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}

/** The first string literal inside `node` whose text holds `needle`, to place a finding on. */
function literalHolding(index: ScriptIndex, node: AnyNode, needle: string): AnyNode | null {
  for (const type of ['Literal', 'TemplateLiteral'] as const) {
    for (const literal of index.nodesOfType(type)) {
      if (literal.start < node.start || literal.end > node.end) continue;
      if (index.text.slice(literal.start, literal.end).includes(needle)) return literal;
    }
  }
  return null;
}

function fromStyleTags(index: ScriptIndex): EmbeddedCss[] {
  const found: EmbeddedCss[] = [];
  for (const sink of htmlSinks(index)) {
    if (!STYLE_TAG.test(sink.html)) continue;
    for (const match of sink.html.matchAll(STYLE_ELEMENT)) {
      const css = (match[1] ?? '').trimStart();
      if (css.trim() === '') continue;
      // The first line as the source spells it: line breaks are `\n` escapes there, not characters.
      const head = (css.split(DYNAMIC_PART)[0].split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 20);
      const literal = head ? literalHolding(index, sink.node, head) : null;
      const start = literal
        ? positionIn(index, literal, Math.max(0, index.text.slice(literal.start, literal.end).indexOf(head) - 1))
        : { ...positionOf(sink.node), singleLine: true };
      // CSS built from several strings, one a line (`'<style>' + '.a{}\n' + '.b{}\n'`): its lines follow the script's.
      const whole = literal !== null && literal.end - literal.start >= css.length;
      const position = { ...start, singleLine: start.singleLine && whole };
      found.push({ path: index.path, css: neutral(css), ...position, via: `<style> in ${sink.via}` });
    }
  }
  return found;
}

function fromStyleElements(index: ScriptIndex): EmbeddedCss[] {
  const found: EmbeddedCss[] = [];
  // Most files create no <style> element: then none of its properties is looked for.
  const properties = elementCreations(index, 'style').length > 0 ? STYLE_TEXT_PROPERTIES : [];
  for (const property of properties) {
    for (const write of createdElementAttributes(index, 'style', property)) {
      const css = stringSkeleton(write.value);
      if (css) found.push({ path: index.path, css: neutral(css), ...positionIn(index, write.value, 0), via: `text of a <style> element` });
    }
  }
  for (const call of index.nodesOfType('CallExpression')) {
    if (calledMethodName(call) !== 'insertRule') continue;
    const rule = argumentAt(call, 0);
    const css = stringSkeleton(rule);
    if (css && rule) found.push({ path: index.path, css: neutral(css), ...positionIn(index, rule, 0), via: 'insertRule()' });
  }
  return found;
}

/** style-loader / css-loader (`push([id, "css", ""])`) and other stylesheet strings a bundler inlined. */
function fromBundle(index: ScriptIndex): EmbeddedCss[] {
  const found: EmbeddedCss[] = [];
  for (const literal of index.nodesOfType('Literal')) {
    if (typeof literal.value !== 'string' || literal.value.length < MIN_BUNDLED_CSS_CHARS || !LOOKS_LIKE_CSS.test(literal.value)) continue;
    const parent = index.parentOf(literal);
    // css-loader's source map repeats every stylesheet in `sourcesContent`: the CSS itself is checked once.
    const holder = parent?.type === 'ArrayExpression' ? index.parentOf(parent) : null;
    if (holder?.type === 'Property' && holder.key.type === 'Identifier' && holder.key.name === 'sourcesContent') continue;
    if (holder?.type === 'Property' && holder.key.type === 'Literal' && holder.key.value === 'sourcesContent') continue;
    const inPush = parent?.type === 'ArrayExpression' && index.parentOf(parent)?.type === 'CallExpression';
    const call = inPush ? (index.parentOf(parent) as AnyNode) : null;
    const loader = call?.type === 'CallExpression' && calledMethodName(call) === 'push' && unwrapChain(call.callee).type === 'MemberExpression';
    found.push({ path: index.path, css: literal.value, ...positionIn(index, literal, 0), via: loader ? 'CSS bundled by css-loader' : 'CSS bundled into the script' });
  }
  return found;
}

/**
 * CSS the widget's scripts inject at run time: `<style>` in HTML they insert, the text of a created
 * `<style>` element, insertRule(), and stylesheets a bundler inlined (css-loader, vite). A bundle that
 * resets `*{margin:0}` restyles the CRM as surely as style.css would.
 */
export function embeddedCss(context: RuleContext): EmbeddedCss[] {
  return context.cache('code:embedded-css', () =>
    ownScriptIndexes(context).flatMap((index) => {
      const all = [...fromStyleTags(index), ...fromStyleElements(index), ...(bundleOf(context, index.path) ? fromBundle(index) : [])];
      if (all.length < 2) return all;
      // The same CSS reached two ways (a literal that is also a <style> element's text) is checked once.
      const seen = new Set<string>();
      return all.filter((found) => {
        const key = found.css;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }),
  );
}

/** Embedded CSS parsed as a stylesheet whose positions point into the script. */
export function parseEmbeddedCss(embedded: EmbeddedCss): ParsedStylesheet {
  const sheet = parseStylesheetText(embedded.path, embedded.css);
  return {
    ...sheet,
    positionAt: (offset) => {
      if (embedded.singleLine) return { line: embedded.line, column: embedded.column + offset };
      const inner = sheet.positionAt(offset);
      return inner.line === 1
        ? { line: embedded.line, column: embedded.column + inner.column - 1 }
        : { line: embedded.line + inner.line - 1, column: inner.column };
    },
  };
}
