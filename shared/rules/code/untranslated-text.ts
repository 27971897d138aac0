import type { RuleContext } from '../../check/rule-context';
import { ownScriptIndexes } from '../../code/script-index';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES, type Report } from '../rule';
import { LANGUAGE_NAMES, LANGUAGE_NAMES_RU, languageOfLocale, type LanguageCode } from '../text/language-detection';
import { usesCyrillic } from '../text/wrong-language';
import { scriptTexts } from './script-texts';
import { templateTexts } from './template-texts';

const EXCERPT_CHARS = 40;
/** What to do about texts in scripts and in templates. */
const FIX = {
  code: {
    en:
      "Move the texts into i18n/<locale>.json for every locale and show them with self.i18n('group').key; strings only " +
      'compared with data or logged are not counted.',
    ru:
      "Перенесите тексты в i18n/<локаль>.json для каждой локали и выводите их через self.i18n('group').key; строки, которые " +
      'только сравниваются с данными или пишутся в консоль, не учитываются.',
  },
  markup: {
    en:
      'Put the texts into i18n/<locale>.json for every locale and pass them to the template, or keep a separate template ' +
      'per language (with the locale in its file name, e.g. card_en.twig).',
    ru:
      'Перенесите тексты в i18n/<локаль>.json для каждой локали и передавайте их в шаблон или держите отдельный шаблон для ' +
      'каждого языка (с локалью в имени файла, например card_en.twig).',
  },
} as const;
const EXCERPTS = 2;

interface FoundText {
  languages: LanguageCode[];
  line: number;
  column: number;
  text: string;
}

/** The locales the widget is offered in: widget.locale, or its i18n files when the manifest names none. */
function offeredLocales(context: RuleContext): string[] {
  return [...new Set(context.locales.length > 0 ? context.locales : context.i18n.keys())];
}

/** Whether users of `locale` read a text in one of `languages` as their own. */
function readsAs(locale: string, languages: readonly LanguageCode[]): boolean {
  if (languages.includes('ru') && usesCyrillic(locale)) return true;
  const language = languageOfLocale(locale);
  return language !== null && languages.includes(language);
}

function excerpt(text: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(plain);
  return `"${chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : plain}"`;
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? 'an' : 'a';
}

function countsEn(counts: Map<LanguageCode, number>): string {
  return [...counts]
    .map(([language, count]) => (count === 1 ? `${article(LANGUAGE_NAMES[language])} ${LANGUAGE_NAMES[language]} text` : `${count} ${LANGUAGE_NAMES[language]} texts`))
    .join(' and ');
}

function countsRu(counts: Map<LanguageCode, number>): string {
  return [...counts]
    .map(([language, count]) => {
      const names = LANGUAGE_NAMES_RU[language];
      const plural = names.of.replace(/ого$/, 'их');
      return countRu(count, [`${names.name} текст`, `${plural} текста`, `${plural} текстов`]);
    })
    .join(' и ');
}

/**
 * One finding for the texts of one file: how many in which language, the first two, and the locales whose
 * users read them in a language not theirs.
 */
function reportFile(report: Report, file: string, texts: readonly FoundText[], offered: readonly string[], markup: boolean): void {
  const wrongFor = offered.filter((locale) => texts.some((text) => !readsAs(locale, text.languages)));
  const counts = new Map<LanguageCode, number>();
  for (const text of texts) {
    // A tie (Spanish or Portuguese) is named after the language the widget offers, as its author wrote it.
    const language = text.languages.find((candidate) => offered.some((locale) => readsAs(locale, [candidate]))) ?? text.languages[0];
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const also = texts.some((text) => offered.some((locale) => readsAs(locale, text.languages)));
  const distinct = [...new Set(texts.map((text) => excerpt(text.text)))];
  const excerpts = distinct.slice(0, EXCERPTS).join(', ') + (distinct.length > EXCERPTS ? ', …' : '');
  const locales = wrongFor.join(', ');
  // "в локали ru" / "в локалях en, es"; "пользователи локали ru" / "пользователи локалей en, es".
  const inLocalesRu = `${wrongFor.length === 1 ? 'локали' : 'локалях'} ${locales}`;
  const ofLocalesRu = `${wrongFor.length === 1 ? 'локали' : 'локалей'} ${locales}`;
  const languages = [...counts.keys()];
  const languagesEn = languages.map((language) => LANGUAGE_NAMES[language]).join(' and ');
  const languagesRu = languages.map((language) => LANGUAGE_NAMES_RU[language].on).join(' и ');
  report({
    file,
    line: texts[0].line,
    column: texts[0].column,
    message: {
      en: `${countsEn(counts)} ${markup ? 'in the markup' : 'written into the code'} (${excerpts}), but the widget is ${also ? 'also ' : ''}offered in ${locales}`,
      ru: `${markup ? 'В разметке' : 'В коде'} ${countsRu(counts)} (${excerpts}), но виджет доступен ${also ? 'и ' : ''}в ${inLocalesRu}`,
    },
    help: {
      en: `Users of ${locales} would read ${languagesEn} here. ${FIX[markup ? 'markup' : 'code'].en}`,
      ru: `Пользователи ${ofLocalesRu} увидят здесь текст на ${languagesRu}. ${FIX[markup ? 'markup' : 'code'].ru}`,
    },
  });
}

export const untranslatedTextRule = defineRule({
  id: 'code/untranslated-text',
  defaultSeverity: 'warning',
  summary: 'The code and templates show no texts written in one language when the widget is offered in another.',
  summaryRu: 'Код и шаблоны не показывают текстов, написанных на одном языке, если виджет предлагается и на другом.',
  docs:
    'The checklist asks that the widget meets every requirement "in every language you submit" and is "fully ' +
    'translated and contains no words in other languages". Texts written straight into the scripts (button labels, ' +
    'headings, messages built as HTML) or templates bypass the i18n files, so users of every other locale read them ' +
    'untranslated. The rule finds Russian, English, Spanish and Portuguese texts in your own .js files and templates ' +
    '(.twig, .html, .tpl) and reports each file once, at the first text, with the count and the first texts, when ' +
    'widget.locale or the i18n files offer a locale of another language: Russian in a widget also offered in en, ' +
    'English in a ru or es widget, Spanish in an en/es/pt widget. A widget offered only in the language of its texts ' +
    'is fine. Russian counts in any string; an English, Spanish or Portuguese text counts only as a phrase (two words ' +
    'or more, mostly common interface or function words: "Save settings", "Guardar cambios", "Configurações salvas") ' +
    'that goes to the screen: markup, `.text()`, `.html()`, `.append()`, `innerHTML`, `textContent`, `title`, ' +
    '`placeholder`, `alert`, `confirm`, `showError(...)`, a `text`/`title`/`message` handed to a control, modal or ' +
    'notification, a child of `createElement`, a text node or a title/placeholder/alt of a template. Single words ' +
    '("OK", "Email"), names of brands and products, identifiers, selectors, URLs, CSS, keys passed to self.i18n and ' +
    'fallbacks after it (`self.i18n(\'settings\').save || \'Save\'`) do not count. Nor do strings only compared with data (`name.indexOf(\'заказ\')`, `=== \'Сделка\'`, `case` labels, ' +
    'object keys), console output, texts the code already shows to the users of their language only ' +
    '(`{ ru: \'…\', en: \'…\' }`, `lang === \'ru\' ? \'…\' : \'…\'`, `if (lang === \'en\')`, `case \'es\':`), a template for one ' +
    'language (its locale in the path, e.g. templates/ru/card.twig or card_en.twig) or one that chooses by language ' +
    '(`{% if lang == \'ru\' %}`), filler texts (code/test-leftover names them), library code inside a bundle, and ' +
    'minified files that are not bundles. Fix: move the texts into i18n/<locale>.json for every locale and show ' +
    'them with self.i18n(\'group\').key.',
  sources: [
    SOURCES.amocrmChecklist('Support & localization: "Make sure your widget meets the requirements of this checklist in every language you submit"; "Your widget is fully translated and contains no words in other languages"'),
    SOURCES.kommoChecklist('Support & localization: "Your widget is fully translated and contains no words in other languages"'),
    SOURCES.structure('i18n: "Для обращения к языковым сообщениям из JS кода виджета используйте метод self.i18n(\'obj_name\')"'),
  ],
  check(context, report) {
    const offered = offeredLocales(context);
    if (offered.length === 0) return;
    const misread = (text: FoundText): boolean => offered.some((locale) => !readsAs(locale, text.languages));
    for (const index of ownScriptIndexes(context)) {
      const texts = scriptTexts(context, index).filter(misread);
      if (texts.length > 0) reportFile(report, index.path, texts, offered, false);
    }
    for (const template of templateTexts(context)) {
      const texts = template.texts.filter(misread);
      if (texts.length > 0) reportFile(report, template.path, texts, offered, true);
    }
  },
});
