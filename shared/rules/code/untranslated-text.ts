import type { AnyNode } from 'acorn';
import { calledMethodName, positionOf } from '../../code/ast-query';
import { globalPath } from '../../code/scope';
import { ownScriptIndexes, type ScriptIndex } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';
import { russianTemplateTexts } from './template-texts';
import { usesCyrillic } from '../text/wrong-language';
import { countRu } from '../../text/plural-ru';

/** Two Cyrillic letters in a row: a Russian word, not a stray symbol. */
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/u;
const EXCERPT_CHARS = 40;
const RUSSIAN_TEXTS_RU = ['русский текст', 'русских текста', 'русских текстов'] as const;

/** Methods whose string arguments are matched against data, never shown: `name.indexOf('заказ')`. */
const MATCHING_METHODS = new Set(['indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'match', 'matchAll', 'search', 'replace', 'replaceAll', 'split', 'test']);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/**
 * Whether a string in the code is only compared with data (custom field names, API values) or
 * written to the console, where a user of another language never reads it.
 */
function isDataOrLog(index: ScriptIndex, node: AnyNode): boolean {
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

/** A Russian locale as code names it: 'ru', 'ru-RU', 'ru_RU', 'rus', 'russian'. */
const RUSSIAN_LOCALE = /^(ru([-_][a-z]{2})?|rus|russian)$/i;

function isRussianLocaleName(node: AnyNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string' && RUSSIAN_LOCALE.test(node.value);
  if (node.type === 'Identifier') return RUSSIAN_LOCALE.test(node.name);
  return false;
}

/** Whether an expression compares something with a Russian locale name: `lang === 'ru'`, `locale == "ru-RU"`. */
function testsRussianLocale(test: AnyNode): boolean {
  if (test.type === 'BinaryExpression' && COMPARISONS.has(test.operator)) {
    return (test.left.type === 'Literal' && isRussianLocaleName(test.left)) || (test.right.type === 'Literal' && isRussianLocaleName(test.right));
  }
  if (test.type === 'LogicalExpression') return testsRussianLocale(test.left) || testsRussianLocale(test.right);
  if (test.type === 'CallExpression') return test.arguments.some((argument) => argument.type === 'Literal' && isRussianLocaleName(argument));
  return false;
}

function hasLatinText(node: AnyNode): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string' && /[A-Za-z]{2,}/.test(node.value) && !CYRILLIC_WORD.test(node.value);
  if (node.type === 'TemplateLiteral') {
    const text = node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' ');
    return /[A-Za-z]{2,}/.test(text) && !CYRILLIC_WORD.test(text);
  }
  return false;
}

/**
 * Whether the code already picks this text for Russian users only, the way widgets translate without
 * i18n files: `{ ru: 'Сохранить', en: 'Save' }`, `lang === 'ru' ? 'Сохранить' : 'Save'`,
 * `if (lang === 'ru') { ... }`, `case 'ru':`.
 */
function isRussianOnlyBranch(index: ScriptIndex, node: AnyNode): boolean {
  let child: AnyNode = node;
  for (const parent of index.ancestorsOf(node)) {
    if (parent.type === 'Property' && parent.value === child && isRussianLocaleName(parent.key)) return true;
    if (parent.type === 'AssignmentExpression' && parent.right === child && parent.left.type === 'MemberExpression' && isRussianLocaleName(parent.left.property)) return true;
    if (parent.type === 'ConditionalExpression' && parent.test !== child) {
      const other = parent.consequent === child ? parent.alternate : parent.consequent;
      if (testsRussianLocale(parent.test) || hasLatinText(other)) return true;
    }
    if (parent.type === 'IfStatement' && parent.consequent === child && testsRussianLocale(parent.test)) return true;
    if (parent.type === 'SwitchCase' && parent.test !== child && parent.test && isRussianLocaleName(parent.test)) return true;
    child = parent;
  }
  return false;
}

interface ShownText {
  node: AnyNode;
  text: string;
}

/** Strings and template parts with Russian words that may reach the screen. */
function russianTexts(index: ScriptIndex): ShownText[] {
  const texts: ShownText[] = [];
  for (const literal of index.nodesOfType('Literal')) {
    if (typeof literal.value !== 'string' || !CYRILLIC_WORD.test(literal.value) || isDataOrLog(index, literal) || isRussianOnlyBranch(index, literal)) continue;
    texts.push({ node: literal, text: literal.value });
  }
  for (const element of index.nodesOfType('TemplateElement')) {
    const text = element.value.cooked ?? element.value.raw;
    const template = index.parentOf(element);
    if (!CYRILLIC_WORD.test(text) || (template && (isDataOrLog(index, template) || isRussianOnlyBranch(index, template)))) continue;
    texts.push({ node: element, text });
  }
  return texts.sort((a, b) => a.node.start - b.node.start);
}

function excerpt(text: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(plain);
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : plain;
}

export const untranslatedTextRule = defineRule({
  id: 'code/untranslated-text',
  defaultSeverity: 'warning',
  summary: 'A widget offered in languages other than Russian shows no Russian texts written into its code.',
  summaryRu: 'Виджет, доступный не только на русском языке, не показывает русских текстов, записанных прямо в его код.',
  docs:
    'The checklist asks that the widget meets every requirement "in every language you submit" and is "fully ' +
    'translated and contains no words in other languages". Texts written straight into script.js (button labels, ' +
    'headings, messages built as HTML) bypass the i18n files, so users of en, es or pt see them in Russian. When ' +
    'widget.locale has a locale not written in Cyrillic, the rule counts the strings and template texts of your own ' +
    '.js files and the words of your templates (.twig, .html, .tpl, comments aside) that hold Russian, and ' +
    'reports each file once, at the first one. Strings only compared with data ' +
    '(`name.indexOf(\'заказ\')`, `=== \'Сделка\'`, `case` labels, object keys) and console output are not counted: no ' +
    'user reads them. Nor are texts the code already shows to Russian users only (`{ ru: \'…\', en: \'…\' }`, ' +
    '`lang === \'ru\' ? \'…\' : \'…\'`, `if (lang === \'ru\')`, `case \'ru\':`). Fix: move the texts into ' +
    'i18n/<locale>.json for every locale and show them with self.i18n(\'group\').key. Russian comments are fine; a template for Russian users only (`ru` in its path, e.g. ' +
    'templates/ru/card.twig or card_ru.twig) or one that chooses its text with `{% if lang == \'ru\' %}` is not counted; a ' +
    'widget offered only in ru is not checked.',
  sources: [
    SOURCES.amocrmChecklist('Support & localization: "Make sure your widget meets the requirements of this checklist in every language you submit"; "Your widget is fully translated and contains no words in other languages"'),
    SOURCES.kommoChecklist('Support & localization: "Your widget is fully translated and contains no words in other languages"'),
    SOURCES.structure('i18n: "Для обращения к языковым сообщениям из JS кода виджета используйте метод self.i18n(\'obj_name\')"'),
  ],
  check(context, report) {
    const others = [...new Set(context.locales.filter((locale) => !usesCyrillic(locale)))];
    if (others.length === 0) return;
    for (const index of ownScriptIndexes(context)) {
      const texts = russianTexts(index);
      if (texts.length === 0) continue;
      const first = texts[0];
      const { line, column } = positionOf(first.node);
      const count = texts.length === 1 ? 'a Russian text' : `${texts.length} Russian texts`;
      const countRussian = countRu(texts.length, RUSSIAN_TEXTS_RU);
      report({
        file: index.path,
        line,
        column,
        message: {
          en: `${count} written into the code (first: "${excerpt(first.text)}"), but the widget is also offered in ${others.join(', ')}`,
          ru: `В коде ${countRussian} (первый: "${excerpt(first.text)}"), но виджет доступен и в локалях ${others.join(', ')}`,
        },
        help: {
          en:
            'Those users would see Russian. Move the texts into the i18n files and show them with self.i18n(...); ' +
            'strings you only compare with data are not counted.',
          ru:
            'Эти пользователи увидят русский текст. Перенесите тексты в языковые файлы и выводите их через self.i18n(...); ' +
            'строки, которые только сравниваются с данными, не учитываются.',
        },
      });
    }
    for (const template of russianTemplateTexts(context)) {
      const count = template.count === 1 ? 'a Russian text' : `${template.count} Russian texts`;
      const countRussian = countRu(template.count, RUSSIAN_TEXTS_RU);
      report({
        file: template.path,
        line: template.line,
        column: template.column,
        message: {
          en: `${count} in the markup (first: "${excerpt(template.text)}"), but the widget is also offered in ${others.join(', ')}`,
          ru: `В разметке ${countRussian} (первый: "${excerpt(template.text)}"), но виджет доступен и в локалях ${others.join(', ')}`,
        },
        help: {
          en:
            'Those users would see Russian. Put the texts into the i18n files and pass them to the template, ' +
            'or keep a separate template per language (with "ru" in its file name).',
          ru:
            'Эти пользователи увидят русский текст. Перенесите тексты в языковые файлы и передавайте их в шаблон ' +
            'или держите отдельный шаблон для каждого языка (с "ru" в имени файла).',
        },
      });
    }
  },
});
