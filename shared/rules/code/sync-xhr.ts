import type { AnyNode, CallExpression } from 'acorn';
import { argumentAt, calledMethodName, isFalseLiteral, positionOf, staticString, unwrapChain } from '../../code/ast-query';
import { propertyValue, resolvedObject, valuesOfVariable } from '../../code/resolve';
import type { ScriptIndex } from '../../code/script-index';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
/**
 * jQuery calls that take a settings object with `async`, and where it may sit: `$.ajax(settings)` or
 * `$.ajax(url, settings)`; `$.get(settings)` only (in `$.get(url, data)` the object is query data).
 */
const JQUERY_SETTINGS_ARGUMENTS: Readonly<Record<string, readonly number[]>> = { ajax: [0, 1], ajaxSetup: [0], get: [0], post: [0] };

function isNewXhr(node: AnyNode): boolean {
  if (node.type !== 'NewExpression') return false;
  const callee = unwrapChain(node.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : null;
  return name === 'XMLHttpRequest';
}

/** `xhr.open('GET', url, false)`: the request object is an XMLHttpRequest, or the method is an HTTP verb. */
function isSyncXhrOpen(index: ScriptIndex, call: CallExpression): boolean {
  if (calledMethodName(call) !== 'open' || !isFalseLiteral(argumentAt(call, 2))) return false;
  const method = staticString(argumentAt(call, 0));
  if (method !== null && HTTP_METHODS.has(method.trim().toUpperCase())) return true;
  const callee = unwrapChain(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = unwrapChain(callee.object);
  if (isNewXhr(object)) return true;
  return object.type === 'Identifier' && valuesOfVariable(index, object.name).some(isNewXhr);
}

/** `$.ajax({ async: false })`, `$.ajax(url, { async: false })`, `$.ajaxSetup({ async: false })`. */
function syncJqueryOption(index: ScriptIndex, call: CallExpression): AnyNode | null {
  const method = calledMethodName(call);
  if (method === null || !Object.hasOwn(JQUERY_SETTINGS_ARGUMENTS, method)) return null;
  for (const i of JQUERY_SETTINGS_ARGUMENTS[method]) {
    const settings = resolvedObject(index, argumentAt(call, i));
    const asyncValue = settings ? propertyValue(settings, 'async') : undefined;
    if (asyncValue && isFalseLiteral(asyncValue)) return asyncValue;
  }
  return null;
}

export const syncXhrRule = defineRule({
  id: 'code/sync-xhr',
  defaultSeverity: 'error',
  summary: 'No synchronous HTTP requests.',
  summaryRu: 'Нет синхронных HTTP-запросов.',
  docs:
    'A synchronous request freezes the whole CRM page until the server answers; the checklist says "The integration ' +
    'does not use synchronous requests". The rule finds `XMLHttpRequest.open(method, url, false)` and jQuery settings ' +
    'with `async: false` in `$.ajax`, `$.ajaxSetup`, `$.get` and `$.post` (also through a variable holding the settings ' +
    'object). Fix: drop `async: false` / pass `true` and continue in the callback or promise (`.then`, `.done`).',
  sources: [
    SOURCES.amocrmChecklist('Development: "The integration does not use synchronous requests"'),
    SOURCES.kommoChecklist('Development: "The integration does not use synchronous requests"'),
  ],
  check(context, report) {
    for (const index of ownScriptIndexes(context)) {
      for (const call of index.nodesOfType('CallExpression')) {
        if (isSyncXhrOpen(index, call)) {
          const { line, column } = positionOf(call);
          report({
            file: index.path,
            line,
            column,
            message: { en: 'Synchronous request: open(..., false) blocks the whole CRM page', ru: 'Синхронный запрос: open(..., false) блокирует всю страницу CRM' },
            help: {
              en: 'The checklist forbids synchronous requests. Pass true (or leave the third argument out) and handle the answer in onload.',
              ru: 'Чек-лист запрещает синхронные запросы. Передайте true (или не указывайте третий аргумент) и обрабатывайте ответ в onload.',
            },
          });
          continue;
        }
        const option = syncJqueryOption(index, call);
        if (option) {
          const { line, column } = positionOf(option);
          report({
            file: index.path,
            line,
            column,
            message: {
              en: `Synchronous request: async: false in ${calledMethodName(call)}() blocks the whole CRM page`,
              ru: `Синхронный запрос: async: false в ${calledMethodName(call)}() блокирует всю страницу CRM`,
            },
            help: {
              en: 'The checklist forbids synchronous requests. Remove async: false and continue in .done()/.then().',
              ru: 'Чек-лист запрещает синхронные запросы. Уберите async: false и продолжайте в .done()/.then().',
            },
          });
        }
      }
    }
  },
});
