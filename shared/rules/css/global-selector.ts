import type { RuleContext } from '../../check/rule-context';
import { stylesheetSelectors, type SelectorEntry } from '../../code/stylesheet-selectors';
import { isReportable, isScoped, widgetRoot, type WidgetRoot } from '../../code/widget-root';
import { defineRule, SOURCES } from '../rule';

/** After this many findings in one file the rest are summed up in one line (a bundled framework CSS has thousands). */
export const MAX_SELECTOR_FINDINGS_PER_FILE = 50;

const PAGE_WIDE = new Set(['html', 'body', ':root', '*']);

function whatItStyles(entry: SelectorEntry, platform: string): string {
  const first = entry.selector.nodes.find((node) => node.type !== 'comment' && node.type !== 'combinator');
  const firstText = first ? String(first).trim().toLowerCase() : '';
  if (PAGE_WIDE.has(firstText)) return `starts at ${firstText}, so it styles the whole ${platform} page`;
  if (entry.selector.nodes.some((node) => node.type === 'combinator' && ['+', '~'].includes(node.value.trim()))) {
    return `styles an element beside your widget or anywhere on the ${platform} page, not inside your widget`;
  }
  return `styles every matching element of the ${platform} page, not only your widget`;
}

function rootNote(root: WidgetRoot): string {
  if (root.source === 'config') return '';
  if (root.source === 'inferred') {
    const name = root.names[0];
    return (
      ` (Your widget root was guessed from your stylesheets as "${name}": selectors starting with .${name}/#${name} or ` +
      `classes like .${name}__x, .${name}-x are treated as scoped. If that is wrong, set "css": { "rootSelectors": ["#your_root"] } in widget-publisher.json.)`
    );
  }
  return ' (No widget root was found in your stylesheets; name it with "css": { "rootSelectors": ["#your_root"] } in widget-publisher.json.)';
}

/** `#root input`: the fix shown in the message. */
function fixExample(entry: SelectorEntry, root: WidgetRoot): string {
  return `${root.example} ${entry.text}`;
}

export const globalSelectorRule = defineRule({
  id: 'css/global-selector',
  defaultSeverity: 'error',
  summary: 'Every CSS selector is scoped to the widget root.',
  docs:
    'The checklist forbids "manipulation with global CSS selectors" (`input { background: red; }`) and wants "all ' +
    'styles specified relative to the root widget selector" (`#amo_widget_code .control-select`). Each selector of a ' +
    'comma list is checked on its own, inside @media/@supports/@layer blocks and nested rules; @keyframes steps, ' +
    '@font-face and @page are not selectors. A selector is scoped when one of its compounds holds the widget root (an ' +
    'id or class from "css.rootSelectors" in widget-publisher.json) or a class in the widget\'s namespace (the root ' +
    'name followed by `__`, `-` or `_`, as in BEM: `.acme-deals__item`), and no `+`/`~` then steps out of the root; so ' +
    '`#acme .x`, `.acme-deals__item:hover` and `body.dark #acme .x` pass, `input`, `:root`, `*`, `.control-select` and ' +
    '`#acme + div` do not. Without css.rootSelectors the root is guessed from your stylesheets (the name most selectors ' +
    'start with) and each message says so: set css.rootSelectors to be exact. A stylesheet or selector that cannot be ' +
    'parsed is reported here too. Files matched by `vendor` are not checked.',
  sources: [
    SOURCES.amocrmChecklist('Development, Styles: "There is no manipulation with global CSS selectors"; "All styles are specified relative to the root widget selector"'),
    SOURCES.kommoChecklist('Development, Styles: "There is no manipulation with global CSS selectors"; "All styles are specified relative to the root widget selector"'),
  ],
  check(context: RuleContext, report) {
    const { entries, problems } = stylesheetSelectors(context);
    for (const problem of problems) {
      report({ file: problem.path, line: problem.line, column: problem.column, message: problem.message });
    }
    const root = widgetRoot(context);
    const note = rootNote(root);
    const platform = context.profile.displayName;
    const perFile = new Map<string, number>();
    for (const entry of entries) {
      if (isScoped(context, entry) || !isReportable(context, entry)) continue;
      const count = (perFile.get(entry.path) ?? 0) + 1;
      perFile.set(entry.path, count);
      if (count > MAX_SELECTOR_FINDINGS_PER_FILE) continue;
      report({
        file: entry.path,
        line: entry.line,
        column: entry.column,
        message:
          `Global selector "${entry.text}" at ${entry.path}:${entry.line}: it ${whatItStyles(entry, platform)}. ` +
          `Start it with your widget's root, e.g. "${fixExample(entry, root)}".${note}`,
      });
    }
    for (const [path, count] of perFile) {
      if (count <= MAX_SELECTOR_FINDINGS_PER_FILE) continue;
      report({
        file: path,
        message:
          `${path} has ${count - MAX_SELECTOR_FINDINGS_PER_FILE} more global selectors than the ${MAX_SELECTOR_FINDINGS_PER_FILE} listed. ` +
          'A third-party stylesheet (a CSS framework) restyles the whole CRM as well: keep only the rules you need, scoped under your widget root.',
      });
    }
  },
});
