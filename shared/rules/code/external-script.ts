import { positionOf } from '../../code/ast-query';
import { loadedUrls } from '../../code/loaded-urls';
import { cdnHostEntry, cdnHostList, remoteUrl } from '../../code/remote-url';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

/** requirejs plugins whose resource is a stylesheet: css/external-stylesheet reports those. */
const STYLESHEET_PLUGINS = new Set(['css', 'less']);

export const externalScriptRule = defineRule({
  id: 'code/external-script',
  defaultSeverity: 'warning',
  summary: 'Scripts loaded at run time come from the CDNs the checklist lists.',
  summaryRu: 'Скрипты, загружаемые во время работы, берутся только с CDN из списка в чек-листе.',
  docs:
    'The checklist allows external libraries only from public CDNs: it advises jQuery CDN, Yandex (yastatic.net), ' +
    'Google Hosted Libraries and the Microsoft Ajax CDN, and accepts PageCDN, jsDelivr and cdnjs while checking each ' +
    'library loaded from them; your own code must ship inside widget.zip. The rule reads the addresses in define()/require() ' +
    'dependency arrays, requirejs `paths`, `$.getScript()`, `import()`, `<script src>` in HTML strings and `src` of ' +
    'created script elements. A host outside the list is a warning; a host the checklist checks library by library is ' +
    'an info reminder; an `http://` address is a warning everywhere (the CRM runs on https and the browser blocks it). ' +
    'Fix: ship the file in the widget or load a public library from a listed CDN.',
  sources: [
    SOURCES.amocrmChecklist('Development: "Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries"'),
    SOURCES.kommoChecklist('Development: "Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries"'),
  ],
  check(context, report) {
    const allowed = cdnHostList(context.profile);
    for (const index of ownScriptIndexes(context)) {
      for (const loaded of loadedUrls(index)) {
        if (loaded.plugin && STYLESHEET_PLUGINS.has(loaded.plugin)) continue;
        const remote = remoteUrl(loaded.url);
        if (!remote) continue;
        const { line, column } = positionOf(loaded.node);
        const where = `Loads ${remote.url} (${loaded.via})`;
        const whereRu = `Загружает ${remote.url} (${viaRu(loaded.via)})`;
        const entry = cdnHostEntry(context.profile, remote.host);
        if (!remote.secure) {
          report({
            file: index.path,
            line,
            column,
            message: { en: `${where} over http://`, ru: `${whereRu} по http://` },
            help: { en: 'The CRM runs on https, so the browser blocks it. Use an https:// address.', ru: 'CRM работает по https, поэтому браузер это заблокирует. Используйте адрес https://.' },
          });
        } else if (!entry) {
          report({
            file: index.path,
            line,
            column,
            message: { en: `${where} from ${remote.host}, not a CDN the checklist accepts`, ru: `${whereRu} с ${remote.host}, а это не CDN, разрешённый чек-листом` },
            help: {
              en: `Ship the file inside the widget, or load the public library from one of the accepted CDNs (${allowed}).`,
              ru: `Положите файл внутрь виджета или загружайте публичную библиотеку с одного из разрешённых CDN (${allowed}).`,
            },
          });
        } else if (entry.trust === 'reviewed') {
          report({
            file: index.path,
            line,
            column,
            severity: 'info',
            message: { en: `${where} from ${entry.name} (${remote.host})`, ru: `${whereRu} с ${entry.name} (${remote.host})` },
            help: {
              en: 'Allowed, but moderators check each library loaded from it. Load only public, unmodified libraries from there.',
              ru: 'Это разрешено, но модераторы проверяют каждую библиотеку, загруженную оттуда. Загружайте оттуда только публичные неизменённые библиотеки.',
            },
          });
        }
      }
    }
  },
});

/** How a URL is loaded (shared/code/loaded-urls.ts), in Russian; code such as `import()` stays as it is. */
function viaRu(via: string): string {
  if (via === 'requirejs paths') return 'paths в requirejs';
  const dependency = /^(.+) dependency$/.exec(via);
  if (dependency) return `зависимость ${dependency[1]}`;
  const sink = /^<script src> in (.+)$/.exec(via);
  if (sink) return `<script src> в ${sink[1]}`;
  return via;
}
