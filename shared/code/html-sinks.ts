import type { AnyNode } from 'acorn';
import { argumentAt, calledMethodName, DYNAMIC_PART, memberPropertyName, stringSkeleton, unwrapChain } from './ast-query';
import type { ScriptIndex } from './script-index';

/** jQuery methods that parse an HTML string and insert it (running any <script> in it). */
const JQUERY_INSERTERS = new Set(['append', 'prepend', 'after', 'before', 'html', 'replaceWith', 'wrap', 'wrapAll', 'wrapInner']);
const JQUERY_NAMES = new Set(['$', 'jQuery']);

export interface HtmlSink {
  /** The node to report at. */
  node: AnyNode;
  /** What inserts the HTML, for messages: `innerHTML`, `insertAdjacentHTML`, `$()`, `.append()`. */
  via: string;
  /** The HTML text with run-time values as DYNAMIC_PART. */
  html: string;
}

function sink(node: AnyNode, via: string, value: AnyNode | null | undefined): HtmlSink[] {
  const html = stringSkeleton(value);
  return html === null ? [] : [{ node, via, html }];
}

/**
 * Places where the code hands an HTML string to the page: `el.innerHTML = '...'`,
 * `insertAdjacentHTML(pos, '...')`, `document.write('...')`, `$('<div>...')`, `$(x).append('...')`.
 * Only strings the code spells out (fully or partly) are returned.
 */
export function htmlSinks(index: ScriptIndex): HtmlSink[] {
  return index.memo('html-sinks', () => {
    const sinks: HtmlSink[] = [];
    for (const assignment of index.nodesOfType('AssignmentExpression')) {
      const target = unwrapChain(assignment.left);
      if (target.type !== 'MemberExpression' || (assignment.operator !== '=' && assignment.operator !== '+=')) continue;
      const name = memberPropertyName(target);
      if (name === 'innerHTML' || name === 'outerHTML') sinks.push(...sink(assignment, name, assignment.right));
    }
    for (const call of index.nodesOfType('CallExpression')) {
      const callee = unwrapChain(call.callee);
      if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name)) {
        sinks.push(...sink(call, `${callee.name}()`, argumentAt(call, 0)));
        continue;
      }
      const method = calledMethodName(call);
      if (method === 'insertAdjacentHTML') sinks.push(...sink(call, method, argumentAt(call, 1)));
      else if (method === 'createContextualFragment') sinks.push(...sink(call, method, argumentAt(call, 0)));
      else if (method === 'write' || method === 'writeln') {
        const object = callee.type === 'MemberExpression' ? unwrapChain(callee.object) : null;
        if (object?.type === 'Identifier' && object.name === 'document') sinks.push(...sink(call, `document.${method}`, argumentAt(call, 0)));
      } else if (method !== null && JQUERY_INSERTERS.has(method)) {
        for (let i = 0; i < call.arguments.length; i += 1) sinks.push(...sink(call, `.${method}()`, argumentAt(call, i)));
      }
    }
    return sinks;
  });
}

function isNameCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.toLowerCase().charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || character === '-' || character === '_';
}

/** Attributes of each `<tag ...>` in the HTML (names lower-cased; quoted or bare values); `<scripts>` is not `<script>`. */
export function tagAttributes(html: string, tag: string): Array<Record<string, string>> {
  const tags: Array<Record<string, string>> = [];
  const lower = html.toLowerCase();
  const opening = `<${tag}`;
  for (let at = lower.indexOf(opening); at !== -1; at = lower.indexOf(opening, at + 1)) {
    if (isNameCharacter(lower[at + opening.length])) continue;
    const attributes: Record<string, string> = {};
    let i = at + opening.length;
    const skipSpaces = (): void => {
      while (i < html.length && ' \t\n\r\f/'.includes(html[i])) i += 1;
    };
    for (;;) {
      skipSpaces();
      if (i >= html.length || html[i] === '>') break;
      let name = '';
      while (i < html.length && !' \t\n\r\f/=>'.includes(html[i])) name += html[i++];
      skipSpaces();
      let value = '';
      if (html[i] === '=') {
        i += 1;
        skipSpaces();
        const quote = html[i] === '"' || html[i] === "'" ? html[i] : null;
        if (quote) i += 1;
        while (i < html.length && (quote ? html[i] !== quote : !' \t\n\r\f>'.includes(html[i]))) value += html[i++];
        if (quote) i += 1;
      }
      if (name) attributes[name.toLowerCase()] = value;
      else i += 1;
    }
    tags.push(attributes);
  }
  return tags;
}

/** `type` values under which a <script> runs; others (`text/template`, `text/x-handlebars`) only hold text. */
const RUNNABLE_SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript']);

/** True when the HTML holds a <script> tag the browser would run (a template `type` does not count). */
export function containsScriptTag(html: string): boolean {
  return tagAttributes(html, 'script').some((attributes) => {
    const type = attributes.type;
    return type === undefined || hasDynamicPart(type) || RUNNABLE_SCRIPT_TYPES.has(type.trim().toLowerCase());
  });
}

/** Sinks that parse HTML without running the scripts in it (the HTML standard: such scripts never execute). */
const NON_EXECUTING_SINKS = new Set(['innerHTML', 'outerHTML']);

/**
 * True when every <script> in the HTML is an empty `<script></script>` without attributes handed to
 * innerHTML/outerHTML: it loads and runs nothing. React DOM makes script elements this way
 * (`div.innerHTML = '<script><\/script>'`) whenever a bundle includes it.
 */
export function onlyInertScripts(sink: HtmlSink): boolean {
  if (!NON_EXECUTING_SINKS.has(sink.via)) return false;
  const lower = sink.html.toLowerCase();
  const tags = tagAttributes(sink.html, 'script');
  if (tags.length === 0 || tags.some((attributes) => Object.keys(attributes).length > 0)) return false;
  for (let at = lower.indexOf('<script'); at !== -1; at = lower.indexOf('<script', at + 1)) {
    if (isNameCharacter(lower[at + '<script'.length])) continue;
    const open = lower.indexOf('>', at);
    if (open === -1 || !lower.startsWith('</script', open + 1)) return false;
  }
  return true;
}

/** True when a value of the HTML was computed at run time at that spot. */
function hasDynamicPart(text: string): boolean {
  return text.includes(DYNAMIC_PART);
}
