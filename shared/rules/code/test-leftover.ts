import type { Node } from 'acorn';
import type { RuleContext } from '../../check/rule-context';
import { positionOf } from '../../code/ast-query';
import { offsetPosition } from '../../code/node-positions';
import { ownScriptIndexes } from '../../code/script-index';
import { readTemplatePaths } from '../../code/templates';
import type { LocalizedMessage, Severity } from '../../model/finding';
import { developmentAddressIn } from '../../text/dev-hosts';
import { FILLER_TEXT } from '../../text/filler-text';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES, type Report } from '../rule';

interface LeftoverKind {
  /** The first match in a text and where it starts. */
  find: (text: string) => { found: string; at: number } | null;
  severity: Severity;
  what: (found: string) => LocalizedMessage;
  help: LocalizedMessage;
}

/**
 * `pattern`'s first match. `mayMatch`, when given, is a cheaper test every match passes (a word it cannot
 * match without): most strings of code fail it, and the pattern is not run on them.
 */
function byPattern(pattern: RegExp, mayMatch?: (text: string) => boolean): LeftoverKind['find'] {
  return (text) => {
    if (mayMatch && !mayMatch(text)) return null;
    const match = pattern.exec(text);
    return match ? { found: match[0], at: match.index } : null;
  };
}

const DEV_HOST: LeftoverKind = {
  find: developmentAddressIn,
  severity: 'error',
  what: (found) => ({ en: `a development address "${found}"`, ru: `адрес разработки "${found}"` }),
  help: {
    en:
      'An address on localhost, a private network or a tunnel (ngrok) exists only while the developer\'s computer is on: for ' +
      'every user the request fails, and a widget that loads its code from there does not start. Remove the development ' +
      'switch and load the files shipped in the widget.',
    ru:
      'Адрес localhost, локальной сети или туннеля (ngrok) работает, только пока включён компьютер разработчика: у всех ' +
      'пользователей запрос не пройдёт, а виджет, который загружает оттуда свой код, не запустится. Уберите переключатель ' +
      'режима разработки и загружайте файлы из самого виджета.',
  },
};

/** The part of every placeholder host that no match can do without. */
const PLACEHOLDER_HOST_WORD = /your|example\.|domain\.|site\./i;

const PLACEHOLDER_HOST: LeftoverKind = {
  find: byPattern(
    /(?:https?:\/\/)?(?:[\w-]+\.)*(?:your[-_]?(?:url|domain|site|server|host|api|company)(?:\.[a-z]{2,6})?|example\.(?:com|org|net)|domain\.(?:com|ru)|site\.(?:com|ru))(?![\w-])(?:\/[^\s'"`]*)?/i,
    (text) => PLACEHOLDER_HOST_WORD.test(text),
  ),
  severity: 'error',
  what: (found) => ({ en: `a placeholder address "${found}"`, ru: `адрес-заглушка "${found}"` }),
  help: {
    en: 'The address was never filled in: requests to it fail for every user. Put in the real address of your server.',
    ru: 'Адрес так и не заполнен: запросы к нему у всех пользователей завершатся ошибкой. Укажите настоящий адрес вашего сервера.',
  },
};

const URL_SECRET: LeftoverKind = {
  find: byPattern(/[?&](?:secret|client_secret|token|access_token|api_?key|apikey|password|passwd)=[^&#\s'"`]{6,}/i, (text) => text.includes('=')),
  severity: 'error',
  what: (found) => ({ en: `a secret in an address "${found.slice(0, 24)}…"`, ru: `секрет в адресе "${found.slice(0, 24)}…"` }),
  help: {
    en:
      'Every account that installs the widget can read its code, and this key with it. Keep secrets on your server, or ' +
      'take them from the widget\'s settings the user fills in.',
    ru:
      'Код виджета может прочитать любой аккаунт, который его установил, а вместе с кодом и этот ключ. Храните секреты на ' +
      'своём сервере или берите их из настроек виджета, которые заполняет пользователь.',
  },
};

const PLACEHOLDER_TEXT: LeftoverKind = {
  find: byPattern(FILLER_TEXT),
  severity: 'warning',
  what: (found) => ({ en: `placeholder text "${found}"`, ru: `текст-заглушка "${found}"` }),
  help: {
    en: 'Users would see this filler. Write the real text, in the i18n files when the widget is offered in several languages.',
    ru: 'Пользователи увидят эту заглушку. Напишите настоящий текст (в i18n-файлах, если виджет предлагается на нескольких языках).',
  },
};

const STRING_KINDS = [DEV_HOST, PLACEHOLDER_HOST, URL_SECRET, PLACEHOLDER_TEXT];
/** Upper case only: Spanish and Portuguese "todo" means "all". */
const TODO_COMMENT = /(?<![\p{L}\p{N}_])(TODO|FIXME|XXX|HACK)(?![\p{L}\p{N}_])/u;

function reportLeftover(report: Report, file: string, line: number, column: number, kind: LeftoverKind, found: string): void {
  const what = kind.what(found);
  report({
    file,
    line,
    column,
    severity: kind.severity,
    message: { en: `${file}:${line} holds ${what.en}.`, ru: `В ${file}:${line} осталось: ${what.ru}.` },
    help: kind.help,
  });
}

/** Matches in one text: the first of each kind, so a line repeating an address is one finding. */
function firstMatches(text: string): Array<{ kind: LeftoverKind; found: string; at: number }> {
  const matches: Array<{ kind: LeftoverKind; found: string; at: number }> = [];
  for (const kind of STRING_KINDS) {
    const match = kind.find(text);
    if (match) matches.push({ kind, ...match });
  }
  // A secret inside a development URL is one leftover, not two.
  return matches.filter((match) => !(match.kind === URL_SECRET && matches.some((other) => other.kind === DEV_HOST)));
}

function checkScripts(context: RuleContext, report: Report): void {
  for (const index of ownScriptIndexes(context)) {
    // The position is looked up only for a string that holds a leftover: most hold none.
    const checkString = (node: Node, text: string | null): void => {
      if (!text) return;
      const matches = firstMatches(text);
      if (matches.length === 0) return;
      const { line, column } = positionOf(node);
      for (const match of matches) reportLeftover(report, index.path, line, column, match.kind, match.found);
    };
    for (const literal of index.nodesOfType('Literal')) checkString(literal, typeof literal.value === 'string' ? literal.value : null);
    for (const element of index.nodesOfType('TemplateElement')) checkString(element, element.value.cooked ?? element.value.raw);
    const todos = index.parsed.comments.filter((comment) => TODO_COMMENT.test(comment.value));
    if (todos.length === 0) continue;
    const first = todos[0];
    const marker = TODO_COMMENT.exec(first.value)?.[1] ?? 'TODO';
    const at = offsetPosition(index.ast, first.start);
    const line = at?.line ?? 1;
    const more = todos.length > 1 ? { en: ` (${todos.length} such comments in this file)`, ru: ` (всего ${countRu(todos.length, COMMENTS_RU)} в этом файле)` } : { en: '', ru: '' };
    report({
      file: index.path,
      line,
      column: (at?.column ?? 0) + 1,
      message: { en: `${marker} comment at ${index.path}:${line}${more.en}.`, ru: `Комментарий ${marker} в ${index.path}:${line}${more.ru}.` },
      help: {
        en: 'The checklist asks to remove development traces: finish the work the comment names, or delete the comment.',
        ru: 'Чек-лист требует удалить следы разработки: доделайте то, о чём говорит комментарий, или удалите его.',
      },
    });
  }
}

const COMMENTS_RU = ['такой комментарий', 'таких комментария', 'таких комментариев'] as const;

function checkTemplates(context: RuleContext, report: Report): void {
  for (const path of readTemplatePaths(context)) {
    const lines = (context.text(path) ?? '').split('\n');
    lines.forEach((text, lineIndex) => {
      for (const match of firstMatches(text)) reportLeftover(report, path, lineIndex + 1, match.at + 1, match.kind, match.found);
    });
  }
}

export const testLeftoverRule = defineRule({
  id: 'code/test-leftover',
  defaultSeverity: 'warning',
  summary: 'No development addresses, placeholder hosts, secrets in URLs, filler texts or TODO comments in the code.',
  summaryRu: 'В коде нет адресов разработки, адресов-заглушек, секретов в URL, текстов-заглушек и комментариев TODO.',
  docs:
    'The checklist asks to delete "all test data, debug ... or other development traces". In the widget\'s own scripts ' +
    '(string literals and comments) and templates the rule finds: development switches that load code or data from ' +
    'localhost, 127.0.0.1, a private network address or a tunnel such as ngrok (error: it works only on the ' +
    'developer\'s computer; text/placeholder reports the same hosts in the manifest\'s addresses); placeholder hosts ' +
    'never filled in (yourUrl.ru, your-domain, example.com; error); secrets written into addresses (`?token=...`, `secret=`, `api_key=`; ' +
    'error: every account that installs the widget can read them); filler UI texts ("Lorem ipsum", "This is the ' +
    'caption", "name here"; warning); and TODO/FIXME/XXX/HACK comments (one warning a file, with the count). Filler ' +
    'store texts in the i18n files are text/placeholder\'s.',
  sources: [
    SOURCES.amocrmChecklist('Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
    SOURCES.kommoChecklist('Clean files: development traces'),
  ],
  check(context, report) {
    checkScripts(context, report);
    checkTemplates(context, report);
  },
});
