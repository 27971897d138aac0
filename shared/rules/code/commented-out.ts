import { looksLikeCommentedOutScript, looksLikeCommentedOutStyles, scriptCommentBlocks } from '../../code/commented-code';
import { ownScriptPaths, ownStylesheetPaths } from '../../code/own-files';
import { parseScript } from '../../code/parse-script';
import { parseStylesheet } from '../../code/parse-stylesheet';
import { defineRule, SOURCES, type Advice } from '../rule';
import { countRu } from '../../text/plural-ru';

const EXCERPT_CHARS = 60;

/** The first line that reads as code (a note such as "// works:" may come first). */
function excerpt(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const firstLine = lines.find((line) => /[;(={]/.test(line)) ?? lines[0] ?? '';
  return firstLine.length > EXCERPT_CHARS ? `${firstLine.slice(0, EXCERPT_CHARS - 1)}…` : firstLine;
}

function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function commentedOut(code: string, lineCount: number): Advice {
  const size = lineCount > 1 ? ` (${lineCount} lines)` : '';
  const sizeRu = lineCount > 1 ? ` (${countRu(lineCount, ['строка', 'строки', 'строк'])})` : '';
  return {
    message: {
      en: `Commented-out code, not an explanation${size}: "${excerpt(code)}"`,
      ru: `Закомментированный код, а не пояснение${sizeRu}: "${excerpt(code)}"`,
    },
    help: {
      en:
        'The checklist wants comments that are relevant and explanatory and names commented-out code among what is not allowed ' +
        '("// var a = AMOCRM.constant(\'account\').id"). Delete it (your version control keeps the old code), or turn it ' +
        'into a sentence that says why.',
      ru:
        'Чек-лист требует актуальных поясняющих комментариев и прямо запрещает закомментированный код ' +
        '("// var a = AMOCRM.constant(\'account\').id"). Удалите его (старый код сохранится в системе контроля версий) или ' +
        'замените предложением, которое объясняет, зачем это нужно.',
    },
  };
}

export const commentedOutRule = defineRule({
  id: 'code/commented-out',
  defaultSeverity: 'warning',
  summary: 'No commented-out code or styles are left in the widget\'s own .js and .css files.',
  summaryRu: 'В собственных .js- и .css-файлах виджета не осталось закомментированного кода и стилей.',
  docs:
    'The checklist asks that "All comments are relevant and explanatory" and gives commented-out code as what is not ' +
    'allowed: "// background: #fafafa;" and "// var a = AMOCRM.constant(\'account\').id", while "// our signature ' +
    'color" and "// get account id." are fine. The rule reads every comment of your own .js and .css files (not ' +
    '`vendor`); consecutive `//` lines count as one comment. A JavaScript comment is reported when its text parses ' +
    'as JavaScript and holds a call, assignment, declaration or statement that sentences never form (`$(\'.x\').hide();`, ' +
    'a commented-out function); a comment starting with a label (`Note: ...`, a link), JSDoc, license banners and tool ' +
    'directives (eslint, @ts-) are left alone. A CSS comment is reported when it holds declarations ending in `;` or ' +
    'whole rules (`background: #fafafa;`, `.x { color: red }`). It is a warning: some comments hold code on purpose, ' +
    'such as a usage example. Fix: delete the code, or write in words why it matters.',
  sources: [
    SOURCES.amocrmChecklist('Development, Styles: "All comments are relevant and explanatory"; Not allowed: "// background: #fafafa;", "// var a = AMOCRM.constant(\'account\').id"'),
    SOURCES.kommoChecklist('Development, Styles: "All comments are relevant and explanatory"; Not allowed: "// var a = APP.constant(\'account\').id"'),
    SOURCES.upload('"не должно быть дебагов, тестовых данных в коде"'),
  ],
  check(context, report) {
    for (const path of ownScriptPaths(context)) {
      const parsed = parseScript(context, path);
      for (const block of scriptCommentBlocks(parsed)) {
        if (!looksLikeCommentedOutScript(block.text)) continue;
        const { line, column } = lineOf(parsed.text, block.start);
        report({ file: path, line, column, ...commentedOut(block.text, block.lineCount) });
      }
    }
    for (const path of ownStylesheetPaths(context)) {
      const parsed = parseStylesheet(context, path);
      parsed.root?.walkComments((comment) => {
        if (!looksLikeCommentedOutStyles(comment.text)) return;
        const offset = comment.source?.start?.offset;
        const { line, column } = offset === undefined ? { line: comment.source?.start?.line ?? 1, column: comment.source?.start?.column ?? 1 } : parsed.positionAt(offset);
        report({ file: path, line, column, ...commentedOut(comment.text, comment.text.split('\n').length) });
      });
    }
  },
});
