/**
 * Where a string in the code reaches the screen. Russian is recognised by its letters alone, so any
 * Russian string counts unless it is only compared with data or logged. English, Spanish and Portuguese
 * look like code itself ('use strict', 'click', 'Content-Type'), so a Latin string counts only when it
 * plainly goes to the user: markup, `.text()`/`.html()`/`.append()`, `innerHTML`/`textContent`/`title`,
 * `alert`/`confirm`, `showError(...)`, toasts, `{ text: ..., title: ... }` handed to a control or a modal,
 * and the children of `createElement`/`h()`.
 */
import type { AnyNode, CallExpression, NewExpression } from 'acorn';
import { calledMethodName, keyName, memberChain, memberPropertyName, staticString, stringSkeleton } from '../../code/ast-query';
import { globalPath } from '../../code/scope';
import type { ScriptIndex } from '../../code/script-index';
import { hasMarkup } from '../../text/markup-segments';

/** Methods whose string arguments are matched against data, never shown: `name.indexOf('заказ')`. */
const MATCHING_METHODS = new Set(['indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'match', 'matchAll', 'search', 'replace', 'replaceAll', 'split', 'test']);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/**
 * Whether a string in the code is only compared with data (custom field names, API values) or
 * written to the console, where a user of another language never reads it.
 */
export function isDataOrLog(index: ScriptIndex, node: AnyNode): boolean {
  let child: AnyNode = node;
  for (const parent of index.ancestorsOf(node)) {
    if (parent.type === 'BinaryExpression' && COMPARISONS.has(parent.operator)) return true;
    if (parent.type === 'SwitchCase' && parent.test === child) return true;
    if (parent.type === 'Property' && parent.key === child) return true;
    if (parent.type === 'CallExpression' && parent.callee !== child) {
      const method = calledMethodName(parent);
      if (method !== null && MATCHING_METHODS.has(method)) return true;
      const path = globalPath(index, parent.callee);
      if (path?.[0] === 'console') return true;
      return false;
    }
    if (parent.type === 'BinaryExpression' || parent.type === 'TemplateLiteral' || parent.type === 'ConditionalExpression' || parent.type === 'LogicalExpression') {
      child = parent;
      continue;
    }
    return false;
  }
  return false;
}

/** jQuery and DOM calls that put their argument on the page. */
const SHOWING_METHODS = new Set([
  'text', 'html', 'append', 'prepend', 'after', 'before', 'replaceWith', 'insertAdjacentHTML', 'insertAdjacentText',
  'write', 'writeln', 'createTextNode', 'alert', 'confirm', 'prompt',
]);
/** Calls that set an attribute the user reads: `.attr('title', ...)`, `setAttribute('placeholder', ...)`. */
const ATTRIBUTE_SETTERS = new Set(['attr', 'prop', 'setAttribute']);
const SHOWN_ATTRIBUTES = new Set(['title', 'placeholder', 'alt', 'aria-label', 'data-title', 'data-tooltip', 'label']);
/** Element factories of React, Preact and Vue: arguments from the third on are the element's children. */
const ELEMENT_FACTORIES = new Set([
  'createElement', 'h', 'jsx', 'jsxs', 'jsxDEV', '_jsx', '_jsxs', 'createVNode', '_createVNode', 'createElementVNode',
  '_createElementVNode', 'createBlock', '_createBlock', 'createElementBlock', '_createElementBlock',
]);
const TEXT_FACTORIES = new Set(['createTextVNode', '_createTextVNode']);
/** Notification and dialog libraries widgets load: whatever they are given is shown. */
const DIALOG_LIBRARIES = new Set(['toastr', 'swal', 'Swal', 'alertify', 'iziToast', 'Noty', 'noty', 'notie']);
/** DOM properties whose value is shown. */
const SHOWN_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'innerText', 'textContent', 'title', 'placeholder', 'alt', 'label', 'nodeValue', 'ariaLabel']);

/** Verbs and nouns of functions that show their argument: `showError`, `self.notify`, `show_message`, `getModal`. */
const SHOWING_VERBS = new Set(['show', 'display', 'notify', 'toast', 'alert', 'confirm', 'prompt', 'popup', 'snackbar', 'flash']);
const SHOWING_NOUNS = new Set(['notification', 'notice', 'message', 'toast', 'snackbar', 'alert', 'modal', 'popup', 'dialog', 'hint', 'tooltip']);
/**
 * ... unless the function logs, sends, throws, looks a text up or takes it away: `logMessage`, `sendMessage`,
 * `postMessage`, `getMessage('save_button')`, `hideModal('.acme')`.
 */
const NOT_SHOWING_VERBS = new Set([
  'log', 'debug', 'trace', 'console', 'send', 'post', 'report', 'track', 'throw', 'emit', 'dispatch', 'get', 'fetch', 'load',
  'find', 'has', 'is', 'translate', 'i18n', 'format', 'parse', 'hide', 'close', 'remove', 'destroy', 'clear',
]);
/** Names that look a text up in the i18n files: a string next to them is a key or a fallback, not the text shown. */
const TRANSLATION_NAMES = new Set(['i18n', 'langs', 'lang', 'translate', 't', '$t', '_t', '__', 'gettext']);
/** Names of values that hold a text to show: `text`, `title`, `errorMessage`, `btn_label`. */
const TEXT_NAMES = new Set(['text', 'html', 'title', 'caption', 'header', 'heading', 'subtitle', 'label', 'placeholder', 'message', 'msg', 'hint', 'tooltip', 'description', 'alt', 'children']);

function nameParts(name: string): string[] {
  return name.split(/[_$-]+|(?<=[\p{Ll}\d])(?=\p{Lu})/u).filter(Boolean).map((part) => part.toLowerCase());
}

function isTextName(name: string | null): boolean {
  const parts = name === null ? [] : nameParts(name);
  return parts.length > 0 && TEXT_NAMES.has(parts[parts.length - 1]);
}

function isShowingFunctionName(name: string): boolean {
  const parts = nameParts(name);
  if (parts.length === 0 || NOT_SHOWING_VERBS.has(parts[0])) return false;
  return SHOWING_VERBS.has(parts[0]) || SHOWING_NOUNS.has(parts[parts.length - 1]);
}

function calleeName(call: CallExpression | NewExpression): string | null {
  if (call.callee.type === 'Identifier') return call.callee.name;
  return call.type === 'CallExpression' ? calledMethodName(call) : call.callee.type === 'MemberExpression' ? memberPropertyName(call.callee) : null;
}

function showsArgument(call: CallExpression | NewExpression, argument: AnyNode): boolean {
  const name = calleeName(call);
  const position = call.arguments.indexOf(argument as (typeof call.arguments)[number]);
  if (name === null || position < 0) return false;
  if (SHOWING_METHODS.has(name) || isShowingFunctionName(name)) return true;
  if (ATTRIBUTE_SETTERS.has(name)) return position === 1 && SHOWN_ATTRIBUTES.has((staticString(call.arguments[0]) ?? '').toLowerCase());
  if (ELEMENT_FACTORIES.has(name)) return position >= 2;
  if (TEXT_FACTORIES.has(name)) return position === 0;
  const root = memberChain(call.callee)?.root;
  return root?.type === 'Identifier' && DIALOG_LIBRARIES.has(root.name);
}

/** Whether an expression reads the i18n files: `self.i18n('settings').save`, `self.langs.save`, `t('save')`. */
function looksUpTranslation(node: AnyNode): boolean {
  let current: AnyNode = node;
  for (let depth = 0; depth < 10; depth += 1) {
    if (current.type === 'CallExpression') current = current.callee;
    else if (current.type === 'MemberExpression') {
      if (TRANSLATION_NAMES.has(memberPropertyName(current) ?? '')) return true;
      current = current.object;
    } else return current.type === 'Identifier' && TRANSLATION_NAMES.has(current.name);
  }
  return false;
}

/** Whether `parent` joins `node` into a longer string: `node + '…'`, `` `…${node}…` ``. */
export function joinsString(parent: AnyNode | null, node: AnyNode): boolean {
  if (parent?.type === 'BinaryExpression') return parent.operator === '+';
  return parent?.type === 'TemplateLiteral' && parent.expressions.includes(node as never);
}

/** The outermost string expression a string belongs to: the whole `'<b>' + name + '</b>'`, the whole template. */
export function stringRoot(index: ScriptIndex, node: AnyNode): AnyNode {
  let root = node;
  for (let parent = index.parentOf(root); parent && joinsString(parent, root); parent = index.parentOf(root)) root = parent;
  return root;
}

function isShownMember(name: string | null): boolean {
  return name !== null && (SHOWN_PROPERTIES.has(name) || isTextName(name));
}

/**
 * Whether a string expression (a literal, a template, a `+` of them) ends up on the screen. A text picked
 * by a condition inside markup (`'<p>' + (ok ? 'Saved' : 'Not saved') + '</p>'`) is shown with the markup.
 */
export function reachesScreen(index: ScriptIndex, node: AnyNode): boolean {
  let child: AnyNode = node;
  for (let parent = index.parentOf(child); parent; parent = index.parentOf(child)) {
    switch (parent.type) {
      case 'BinaryExpression':
      case 'TemplateLiteral': {
        if (parent.type === 'BinaryExpression' && parent.operator !== '+') return false;
        const root = stringRoot(index, parent);
        if (hasMarkup(stringSkeleton(root) ?? '')) return true;
        child = root;
        continue;
      }
      case 'ConditionalExpression':
        if (parent.test === child) return false;
        break;
      case 'LogicalExpression':
        // `self.i18n('settings').save || 'Save'`: the fallback for a missing key, the i18n file holds the text.
        if (parent.right === child && looksUpTranslation(parent.left)) return false;
        break;
      case 'SequenceExpression':
        break;
      case 'CallExpression':
      case 'NewExpression':
        return parent.callee !== child && showsArgument(parent, child);
      case 'AssignmentExpression':
        if (parent.right !== child) return false;
        if (parent.left.type === 'Identifier') return isTextName(parent.left.name);
        return parent.left.type === 'MemberExpression' && isShownMember(memberPropertyName(parent.left));
      case 'Property':
        return parent.value === child && isTextName(keyName(parent));
      case 'VariableDeclarator':
        return parent.init === child && parent.id.type === 'Identifier' && isTextName(parent.id.name);
      default:
        return false;
    }
    child = parent;
  }
  return false;
}
