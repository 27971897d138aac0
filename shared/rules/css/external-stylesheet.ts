import { capitalize } from '../../text/capitalize';
import type { AnyNode } from 'acorn';
import type { RuleContext } from '../../check/rule-context';
import { argumentAt, positionOf, staticString, unwrapChain } from '../../code/ast-query';
import { createdElementAttributes } from '../../code/created-elements';
import { htmlSinks, tagAttributes } from '../../code/html-sinks';
import { loadedUrls } from '../../code/loaded-urls';
import { ownStylesheetPaths } from '../../code/own-files';
import { parseStylesheet } from '../../code/parse-stylesheet';
import { remoteUrl } from '../../code/remote-url';
import { propertyValue } from '../../code/resolve';
import { ownScriptIndexes, type ScriptIndex } from '../../code/script-index';
import { defineRule, SOURCES, type Advice, type Report } from '../rule';
import type { LocalizedMessage } from '../../model/finding';

const STYLESHEET_PLUGINS = new Set(['css', 'less']);
const JQUERY_NAMES = new Set(['$', 'jQuery']);

/** The address in `@import url("x")`, `@import url(x)` or `@import "x" screen`. */
function importAddress(params: string): string | null {
  const text = params.trim();
  if (text.toLowerCase().startsWith('url(')) {
    const close = text.indexOf(')');
    if (close === -1) return null;
    return unquote(text.slice(4, close).trim());
  }
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return null;
  const end = text.indexOf(quote, 1);
  return end === -1 ? null : text.slice(1, end);
}

function unquote(text: string): string {
  const quote = text[0];
  return (quote === '"' || quote === "'") && text.endsWith(quote) && text.length >= 2 ? text.slice(1, -1) : text;
}

function isStylesheetLink(attributes: Record<string, string>): boolean {
  return (attributes.rel ?? '').toLowerCase().split(' ').some((token) => token.trim() === 'stylesheet');
}

/** Remote stylesheet addresses a script loads: requirejs `css!` deps, `<link rel=stylesheet>` HTML, created link elements. */
function scriptStylesheets(index: ScriptIndex): Array<{ node: AnyNode; url: string; via: string }> {
  const found: Array<{ node: AnyNode; url: string; via: string }> = [];
  for (const loaded of loadedUrls(index)) {
    if (loaded.plugin && STYLESHEET_PLUGINS.has(loaded.plugin)) found.push({ node: loaded.node, url: loaded.url, via: `${loaded.plugin}! ${loaded.via}` });
  }
  for (const sink of htmlSinks(index)) {
    for (const attributes of tagAttributes(sink.html, 'link')) {
      if (isStylesheetLink(attributes) && attributes.href) found.push({ node: sink.node, url: attributes.href, via: `<link> in ${sink.via}` });
    }
  }
  for (const write of createdElementAttributes(index, 'link', 'href')) {
    const url = staticString(write.value);
    if (url !== null) found.push({ node: write.node, url, via: 'a created <link> element' });
  }
  for (const call of index.nodesOfType('CallExpression')) {
    const callee = unwrapChain(call.callee);
    if (callee.type !== 'Identifier' || !JQUERY_NAMES.has(callee.name)) continue;
    const tag = staticString(argumentAt(call, 0));
    const attributes = argumentAt(call, 1);
    if (tag === null || tagAttributes(tag, 'link').length === 0 || !attributes) continue;
    const url = staticString(propertyValue(attributes, 'href'));
    if (url !== null) found.push({ node: call, url, via: `${callee.name}('<link>', { href })` });
  }
  return found;
}

function remoteStylesheet(where: LocalizedMessage, url: string): Advice {
  return {
    message: { en: `${where.en} loads the stylesheet ${url} from another server`, ru: `${where.ru} загружает таблицу стилей ${url} с другого сервера` },
    help: {
      en:
        'The checklist rejects external styles that contain even one global selector, and the checker cannot see inside it. ' +
        'Ship the file inside the widget with every selector scoped to your root (fonts: only @font-face rules), or drop it.',
      ru:
        'Чек-лист отклоняет внешние стили, в которых есть хотя бы один глобальный селектор, а проверка не может заглянуть внутрь. ' +
        'Положите файл внутрь виджета, ограничив каждый селектор корнем виджета (для шрифтов — только правила @font-face), или откажитесь от него.',
    },
  };
}


/** How a stylesheet is loaded, in Russian; code such as `css!` or `$('<link>', { href })` stays as it is. */
function viaRu(via: string): string {
  if (via === 'a created <link> element') return 'созданный элемент <link>';
  return via.replace(/^<link> in /, '<link> в ').replace(/ dependency$/, ' (зависимость)');
}

function checkStylesheets(context: RuleContext, report: Report): void {
  for (const path of ownStylesheetPaths(context)) {
    const root = parseStylesheet(context, path).root;
    root?.walkAtRules((atRule) => {
      if (atRule.name.toLowerCase() !== 'import') return;
      const address = importAddress(atRule.params);
      if (address === null || !remoteUrl(address)) return;
      const line = atRule.source?.start?.line ?? null;
      report({
        file: path,
        line,
        column: atRule.source?.start?.column ?? null,
        ...remoteStylesheet({ en: '@import', ru: '@import' }, address),
      });
    });
  }
}

export const externalStylesheetRule = defineRule({
  id: 'css/external-stylesheet',
  defaultSeverity: 'warning',
  summary: 'Stylesheets are shipped inside the widget, not loaded from other servers.',
  summaryRu: 'Стили поставляются внутри виджета, а не загружаются с других серверов.',
  docs:
    'The checklist says "The integration does not connect styles from an external CDN if the requested file contains at ' +
    'least one global selector". The checker cannot read a remote file, so every stylesheet loaded from another server ' +
    'is a warning for you to confirm: `@import` of an http(s) or `//` address in your CSS, requirejs `css!https://...` ' +
    'dependencies, `<link rel="stylesheet" href="https://...">` HTML inserted by scripts, `$(\'<link>\', { href })`, ' +
    'and `href` of link elements made with createElement(\'link\'). Fix: ship the stylesheet in the widget with its ' +
    'selectors scoped to your root, so css/global-selector checks it.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The integration does not connect styles from an external CDN if the requested file contains at least one global selector"'),
    SOURCES.kommoChecklist('Development: "The integration does not connect styles from an external CDN if the requested file contains at least one global selector"'),
  ],
  check(context, report) {
    checkStylesheets(context, report);
    for (const index of ownScriptIndexes(context)) {
      for (const { node, url, via } of scriptStylesheets(index)) {
        if (!remoteUrl(url)) continue;
        const { line, column } = positionOf(node);
        report({
          file: index.path,
          line,
          column,
          ...remoteStylesheet({ en: capitalize(via), ru: capitalize(viaRu(via)) }, url.trim()),
        });
      }
    }
  },
});
