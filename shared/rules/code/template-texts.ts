/**
 * Russian words written into the widget's own templates (.twig, .html, .tpl): markup a user reads,
 * outside comments. A template made for Russian users only (`ru` in its path) or one that picks its
 * text by language itself (`{% if lang == 'ru' %}`) is left alone.
 */
import type { RuleContext } from '../../check/rule-context';
import { parseLimitProblem } from '../../text/parse-limits';
import { isJunkPath } from '../../widget/junk-files';

const TEMPLATE_FILE = /\.(twig|html?|tpl)$/i;
/** `templates/ru/card.twig`, `card_ru.twig`, `card.ru.html`, `ru.html`. */
const RUSSIAN_ONLY_PATH = /(^|[/._-])ru([/._-]|$)/i;
const CHOOSES_BY_LANGUAGE = /(==|!=|is\s+same\s+as\(|in\s*\[)\s*['"]ru(?:[-_][a-z]{2})?['"]/i;
const CYRILLIC_RUN = /\p{Script=Cyrillic}{2,}[\p{Script=Cyrillic}\s\d.,:;!?«»"'()-]*/gu;

export interface TemplateText {
  path: string;
  count: number;
  line: number;
  column: number;
  text: string;
}

/** Comments become spaces of the same length, so offsets (and so lines and columns) stay true. */
function blankComments(text: string): string {
  return text.replace(/\{#[\s\S]*?#\}|<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Templates the checker reads for texts: the widget's own, shipped, not left to one language by their path. */
export function isReadTemplate(context: RuleContext, path: string): boolean {
  return TEMPLATE_FILE.test(path) && !isJunkPath(path) && !context.isVendor(path) && !RUSSIAN_ONLY_PATH.test(path);
}

export function russianTemplateTexts(context: RuleContext): TemplateText[] {
  const found: TemplateText[] = [];
  for (const file of context.snapshot.files) {
    if (!isReadTemplate(context, file.path)) continue;
    const text = context.text(file.path);
    // A template past the parse limit is named by file/parse-limit instead.
    if (text === null || parseLimitProblem('template', text, file.size) || CHOOSES_BY_LANGUAGE.test(text)) continue;
    const matches = [...blankComments(text).matchAll(CYRILLIC_RUN)];
    if (matches.length === 0) continue;
    const first = matches[0];
    found.push({ path: file.path, count: matches.length, ...positionAt(text, first.index ?? 0), text: first[0].trim() });
  }
  return found;
}
