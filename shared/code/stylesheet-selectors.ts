import type { AtRule, Container, Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import type { RuleContext } from '../check/rule-context';
import { embeddedCss, parseEmbeddedCss } from './embedded-css';
import type { LocalizedMessage } from '../model/finding';
import { ownStylesheetPaths } from './own-files';
import { parseStylesheet, type ParsedStylesheet } from './parse-stylesheet';

/**
 * At-rules whose blocks hold no selectors: keyframe steps (`from`, `50%`), font descriptors,
 * page margins. Everything else (@media, @supports, @layer, @container, @document) is walked into.
 */
const NON_SELECTOR_AT_RULES = new Set([
  'keyframes',
  'font-face',
  'font-feature-values',
  'font-palette-values',
  'counter-style',
  'page',
  'property',
  'position-try',
  'view-transition',
  'viewport',
]);

const VENDOR_PREFIXES = ['-webkit-', '-moz-', '-o-', '-ms-'];

function atRuleName(atRule: AtRule): string {
  const name = atRule.name.toLowerCase();
  const prefix = VENDOR_PREFIXES.find((candidate) => name.startsWith(candidate));
  return prefix ? name.slice(prefix.length) : name;
}

/** One selector of a comma list, where it sits, and the selectors of the rule it is nested in. */
export interface SelectorEntry {
  path: string;
  /** The selector as written, trimmed. */
  text: string;
  selector: selectorParser.Selector;
  line: number;
  column: number;
  /** Selectors of the enclosing rule (CSS nesting) or @scope prelude; null at the top level. */
  parent: SelectorEntry[] | null;
  /** The rule only declares custom properties (`--name: value`), which style nothing by themselves. */
  customPropertiesOnly: boolean;
}

export interface SelectorProblem {
  path: string;
  line: number;
  column: number;
  /** What could not be parsed and where, in both languages. */
  message: LocalizedMessage;
  /** What to do about it. */
  help: LocalizedMessage;
}

export interface StylesheetSelectors {
  entries: SelectorEntry[];
  /** Stylesheets that did not parse, and selectors that did not. */
  problems: SelectorProblem[];
}

function parseSelectorList(
  sheet: ParsedStylesheet,
  text: string,
  offset: number,
  parent: SelectorEntry[] | null,
  problems: SelectorProblem[],
  customPropertiesOnly = false,
): SelectorEntry[] {
  let ast: selectorParser.Root;
  try {
    ast = selectorParser().astSync(text, { lossless: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const slashes = text.includes('//');
    const hint = slashes ? ' CSS has no // comments: the browser drops this whole rule; write /* ... */ instead.' : '';
    const hintRu = slashes ? ' В CSS нет комментариев //: браузер отбросит всё это правило; пишите /* ... */.' : '';
    problems.push({
      path: sheet.path,
      ...sheet.positionAt(offset),
      message: { en: `Could not parse the selector "${text.trim()}": ${reason}`, ru: `Не удалось разобрать селектор "${text.trim()}": ${reason}` },
      help: {
        en: `${hint.trim() || 'Browsers drop a rule whose selector does not parse.'} Fix the selector.`,
        ru: `${hintRu.trim() || 'Браузеры отбрасывают правило, селектор которого не разбирается.'} Исправьте селектор.`,
      },
    });
    return [];
  }
  return ast.nodes.map((selector) => {
    const first = selector.nodes.find((node) => node.type !== 'comment' && !(node.type === 'combinator' && node.value.trim() === ''));
    const index = first?.sourceIndex ?? selector.sourceIndex ?? 0;
    return { path: sheet.path, text: String(selector).trim(), selector, ...sheet.positionAt(offset + index), parent, customPropertiesOnly };
  });
}

function ruleSelectorText(rule: Rule): string {
  const raw = rule.raws.selector as { raw?: string; value?: string } | undefined;
  return raw?.value === rule.selector && raw.raw !== undefined ? raw.raw : rule.selector;
}

/** The selector in `@scope (.root) to (.limit)`: the text in the first parentheses. */
function scopePrelude(atRule: AtRule): { text: string; at: number } | null {
  const params = atRule.params;
  const open = params.indexOf('(');
  if (open === -1) return null;
  let depth = 0;
  for (let i = open; i < params.length; i += 1) {
    if (params[i] === '(') depth += 1;
    if (params[i] === ')') depth -= 1;
    if (depth === 0) return { text: params.slice(open + 1, i), at: open + 1 };
  }
  return null;
}

function walk(sheet: ParsedStylesheet, container: Container, parent: SelectorEntry[] | null, out: StylesheetSelectors): void {
  container.each((node) => {
    if (node.type === 'atrule') {
      const name = atRuleName(node);
      if (NON_SELECTOR_AT_RULES.has(name)) return;
      if (name === 'scope') {
        const prelude = scopePrelude(node);
        const start = node.source?.start?.offset ?? 0;
        const paramsAt = start + 1 + node.name.length + (node.raws.afterName?.length ?? 0);
        const scope = prelude ? parseSelectorList(sheet, prelude.text, paramsAt + prelude.at, parent, out.problems) : [];
        for (const entry of scope) out.entries.push(entry);
        walk(sheet, node, scope.length > 0 ? scope : parent, out);
        return;
      }
      walk(sheet, node, parent, out);
    } else if (node.type === 'rule') {
      const declarations = node.nodes.filter((child) => child.type === 'decl');
      const customOnly = declarations.length > 0 && declarations.length === node.nodes.length && declarations.every((child) => child.prop.startsWith('--'));
      const entries = parseSelectorList(sheet, ruleSelectorText(node), node.source?.start?.offset ?? 0, parent, out.problems, customOnly);
      for (const entry of entries) out.entries.push(entry);
      walk(sheet, node, entries.length > 0 ? entries : parent, out);
    }
  });
}

/** Every selector of the widget's own stylesheets, read once per check. */
export function stylesheetSelectors(context: RuleContext): StylesheetSelectors {
  return context.cache('code:stylesheet-selectors', () => {
    const out: StylesheetSelectors = { entries: [], problems: [] };
    for (const path of ownStylesheetPaths(context)) {
      const sheet = parseStylesheet(context, path);
      if (sheet.error) {
        const slashes = sheet.text.split('\n')[sheet.error.line - 1]?.includes('//') ?? false;
        const hint = slashes ? 'CSS has no // comments; write /* ... */ instead. ' : '';
        const hintRu = slashes ? 'В CSS нет комментариев //; пишите /* ... */. ' : '';
        out.problems.push({
          path,
          line: sheet.error.line,
          column: sheet.error.column,
          message: {
            en: `Could not parse ${path}: ${sheet.error.message} at line ${sheet.error.line}, column ${sheet.error.column}`,
            ru: `Не удалось разобрать ${path}: ${sheet.error.message} в строке ${sheet.error.line}, столбце ${sheet.error.column}`,
          },
          help: {
            en:
              `${hint}` +
              (sheet.root
                ? 'Browsers drop the broken part; the rest of the file was still checked, read past it as a browser would. Fix the CSS there.'
                : 'Fix the CSS so it can be checked (browsers may drop the broken rules).'),
            ru:
              `${hintRu}` +
              (sheet.root
                ? 'Браузеры отбросят сломанную часть; остальной файл всё равно проверен, как его прочитал бы браузер. Исправьте CSS в этом месте.'
                : 'Исправьте CSS, чтобы его можно было проверить (браузеры могут отбросить сломанные правила).'),
          },
        });
      }
      if (sheet.root) walk(sheet, sheet.root, null, out);
    }
    // CSS the scripts inject is checked like a stylesheet, with positions in the script. Its parse errors are
    // not reported: a string built at run time may be a fragment the checker cannot complete.
    for (const embedded of embeddedCss(context)) {
      const sheet = parseEmbeddedCss(embedded);
      if (sheet.root) walk(sheet, sheet.root, null, { entries: out.entries, problems: [] });
    }
    return out;
  });
}
