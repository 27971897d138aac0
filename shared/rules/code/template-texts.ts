/**
 * Texts written into the widget's own templates (.twig, .html, .tpl): markup a user reads, outside
 * comments and template expressions. Russian words count wherever they stand; English, Spanish and
 * Portuguese count as phrases of a text node or a shown attribute (title, placeholder, alt). A template made
 * for the users of one language (`templates/ru/card.twig`, `card_en.twig`) keeps that language, and one that
 * picks its text by language itself (`{% if lang == 'ru' %}`) is left alone.
 */
import type { RuleContext } from '../../check/rule-context';
import { readTemplatePaths } from '../../code/templates';
import { lineStartsOf, positionAt } from '../../json/json-document';
import { markupSegments } from '../../text/markup-segments';
import type { LanguageCode } from '../text/language-detection';
import { phraseLanguages } from '../text/ui-phrase';

/** `templates/ru/card.twig`, `card_en.twig`, `card.es.html`, `pt.html`. */
const LANGUAGE_PATH = /(?:^|[/._-])(ru|en|es|pt)(?:[/._-]|$)/i;
const CHOOSES_BY_LANGUAGE = /(==|!=|is\s+same\s+as\(|in\s*\[)\s*['"](?:ru|en|es|pt)(?:[-_][a-z]{2})?['"]/i;
const CYRILLIC_RUN = /\p{Script=Cyrillic}{2,}[\p{Script=Cyrillic}\s\d.,:;!?«»"'()-]*/gu;

/** One text of a template and the languages it reads as (one, or a tie such as Spanish or Portuguese). */
export interface TemplateText {
  languages: LanguageCode[];
  line: number;
  column: number;
  text: string;
}

export interface TemplateTexts {
  path: string;
  texts: TemplateText[];
}

/** Comments become spaces of the same length, so offsets (and so lines and columns) stay true. */
function blankComments(text: string): string {
  return text.replace(/\{#[\s\S]*?#\}|<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function textsOf(text: string): Array<{ languages: LanguageCode[]; offset: number; text: string }> {
  const russian = [...blankComments(text).matchAll(CYRILLIC_RUN)].map((match) => ({
    languages: ['ru'] as LanguageCode[],
    offset: match.index ?? 0,
    text: match[0].trim(),
  }));
  const latin = markupSegments(text).flatMap((segment) => {
    const languages = phraseLanguages(segment.text);
    return languages.length > 0 ? [{ languages, offset: segment.offset, text: segment.text }] : [];
  });
  return [...russian, ...latin].sort((a, b) => a.offset - b.offset);
}

export function templateTexts(context: RuleContext): TemplateTexts[] {
  const found: TemplateTexts[] = [];
  // A template past the parse limits is named by file/parse-limit instead.
  for (const path of readTemplatePaths(context)) {
    const text = context.text(path);
    if (text === null || CHOOSES_BY_LANGUAGE.test(text)) continue;
    const pathLanguage = LANGUAGE_PATH.exec(path)?.[1].toLowerCase() as LanguageCode | undefined;
    // One line table a file: a 2 MB template can hold 100,000 texts, and counting lines for each took minutes.
    const lineStarts = lineStartsOf(text);
    const texts = textsOf(text)
      .filter((item) => !pathLanguage || !item.languages.includes(pathLanguage))
      .map((item) => ({ languages: item.languages, ...positionAt(lineStarts, item.offset), text: item.text }));
    if (texts.length > 0) found.push({ path, texts });
  }
  return found;
}
