import type { RuleContext } from '../../check/rule-context';
import { stylesheetSelectors, type SelectorEntry } from '../../code/stylesheet-selectors';
import { isPlatformClass, isReportable, isScoped, widgetRoot, type WidgetRoot } from '../../code/widget-root';
import type { PlatformProfile } from '../../platform/profiles';
import { defineRule, SOURCES } from '../rule';
import type { FixAction, LocalizedMessage } from '../../model/finding';
import { countRu } from '../../text/plural-ru';

/** After this many findings in one file the rest are summed up in one line (a bundled framework CSS has thousands). */
export const MAX_SELECTOR_FINDINGS_PER_FILE = 50;

const PAGE_WIDE = new Set(['html', 'body', ':root', '*']);

/** The first compound of a selector, as written: `:root[data-color-scheme="dark"]` in `:root[...] .x`. */
function firstCompound(entry: SelectorEntry): { text: string; pageWide: boolean; qualified: boolean; rest: string } {
  const nodes = entry.selector.nodes.filter((node) => node.type !== 'comment');
  const start = nodes.findIndex((node) => node.type !== 'combinator');
  let end = start;
  while (end + 1 < nodes.length && nodes[end + 1].type !== 'combinator') end += 1;
  const compound = start === -1 ? [] : nodes.slice(start, end + 1);
  const text = compound.map((node) => String(node).trim()).join('');
  const head = compound[0] ? String(compound[0]).trim().toLowerCase() : '';
  const rest = nodes
    .slice(end + 1)
    .map((node) => String(node))
    .join('')
    .trim();
  return { text, pageWide: PAGE_WIDE.has(head), qualified: compound.length > 1, rest };
}

/** The Russian reads after "селектор": "начинается с body и ...". */
function whatItStyles(entry: SelectorEntry, platform: string): LocalizedMessage {
  const first = firstCompound(entry);
  if (first.pageWide) {
    return {
      en: `starts at ${first.text}, so it styles the whole ${platform} page`,
      ru: `начинается с ${first.text} и поэтому оформляет всю страницу ${platform}`,
    };
  }
  if (entry.selector.nodes.some((node) => node.type === 'combinator' && ['+', '~'].includes(node.value.trim()))) {
    return {
      en: `styles an element beside your widget or anywhere on the ${platform} page, not inside your widget`,
      ru: `оформляет элемент рядом с виджетом или в любом месте страницы ${platform}, а не внутри виджета`,
    };
  }
  return {
    en: `also styles ${platform}'s own elements, not only your widget`,
    ru: `оформляет и элементы ${platform}, не только ваш виджет`,
  };
}

function rootNote(root: WidgetRoot): LocalizedMessage {
  if (root.source === 'config') return { en: '', ru: '' };
  if (root.source === 'inferred') {
    const name = root.names[0];
    return {
      en:
        ` Your widget root was guessed from your stylesheets as "${name}": selectors starting with .${name}/#${name} or ` +
        `classes like .${name}__x, .${name}-x are treated as scoped. If that is wrong, name your roots in the CSS root selectors setting.`,
      ru:
        ` Корень виджета определён по вашим стилям как "${name}": селекторы, начинающиеся с .${name}/#${name}, и ` +
        `классы вида .${name}__x, .${name}-x считаются ограниченными виджетом. Если это не так, укажите корни в настройке корневых селекторов CSS.`,
    };
  }
  if (root.rejected) {
    const name = root.rejected;
    return {
      en:
        ` No widget root was trusted: your stylesheets suggest "${name}", but your markup shows .${name} inside another element, ` +
        `so it is a part of the widget, not its root. Every selector was checked without a root; name your roots in the CSS root selectors setting.`,
      ru:
        ` Корень виджета не определён: стили указывают на "${name}", но в вашей разметке .${name} лежит внутри другого элемента, ` +
        `то есть это часть виджета, а не его корень. Все селекторы проверены без корня; укажите корни в настройке корневых селекторов CSS.`,
    };
  }
  return {
    en: ' No widget root was found in your stylesheets; name it in the CSS root selectors setting.',
    ru: ' В ваших стилях не найден корень виджета; укажите его в настройке корневых селекторов CSS.',
  };
}

const ROOT_SELECTORS: FixAction = { kind: 'set-config', key: 'css.rootSelectors' };

/** The root-selectors setting is offered when the root was guessed or not found, not when the config names it. */
function rootActions(root: WidgetRoot): FixAction[] {
  return root.source === 'config' ? [] : [ROOT_SELECTORS];
}

/**
 * The fix shown in the message: the root in front (`#root input`); a bare `:root`/`html`/`body` is
 * replaced by the root (`#root .x`); a qualified one (`:root[data-color-scheme="dark"]`, `body.dark`)
 * keeps its condition and puts the root after it.
 */
function fixExample(entry: SelectorEntry, root: WidgetRoot): string {
  const first = firstCompound(entry);
  if (first.pageWide && first.text !== '*') {
    if (first.qualified) return `${first.text} ${root.example}${first.rest ? ` ${first.rest}` : ''}`;
    return first.rest ? `${root.example} ${first.rest}` : root.example;
  }
  return `${root.example} ${entry.text}`;
}

/**
 * The first id or class in the selector that is not a platform class (`:not()` aside): a sign the
 * selector may target the widget's own elements under a root the guess missed.
 */
function ownLookingName(entry: SelectorEntry, profile: PlatformProfile): string | null {
  let found: string | null = null;
  entry.selector.walk((node) => {
    if (found !== null || (node.type !== 'class' && node.type !== 'id')) return;
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (parent.type === 'pseudo' && parent.value.toLowerCase() === ':not') return;
    }
    if (node.type === 'id' || !isPlatformClass(node.value, profile)) found = `${node.type === 'id' ? '#' : '.'}${node.value}`;
  });
  return found;
}

export const globalSelectorRule = defineRule({
  id: 'css/global-selector',
  defaultSeverity: 'error',
  summary: 'Every CSS selector is scoped to the widget root.',
  summaryRu: 'Каждый CSS-селектор ограничен корневым элементом виджета.',
  docs:
    'The checklist forbids "manipulation with global CSS selectors" (`input { background: red; }`) and wants "all ' +
    'styles specified relative to the root widget selector" (`#amo_widget_code .control-select`). Each selector of a ' +
    'comma list is checked on its own, inside @media/@supports/@layer blocks and nested rules; @keyframes steps, ' +
    '@font-face and @page are not selectors. A selector is scoped when one of its compounds holds the widget root (an ' +
    'id or class from "css.rootSelectors" in widget-publisher.json) or a class in the widget\'s namespace (the root ' +
    'name followed by `__`, `-` or `_`, as in BEM: `.acme-deals__item`), and no `+`/`~` then steps out of the root; so ' +
    '`#acme .x`, `.acme-deals__item:hover` and `body.dark #acme .x` pass, `input`, `:root`, `*`, `.control-select` and ' +
    '`#acme + div` do not. Without css.rootSelectors the root is guessed from your stylesheets (the name most selectors ' +
    'start with, when at least a quarter of them do; never a platform class or a word every CRM page uses, such as ' +
    'card, lead, tag, header or item, so `.tag-item` and `.tag-list` are not taken for one widget\'s namespace) and ' +
    'each message says so; then a selector built on a class or id of your own that the guess does not ' +
    'cover is a warning (it may belong to a second root, such as your settings modal), while type selectors (`input`, ' +
    '`div > p`), `*`, `:root`, `html`, `body` and platform classes stay errors. Set css.rootSelectors to list every root ' +
    'your widget renders and the check becomes exact. `:root { --x: 1 }` (only CSS variables) is a warning. A ' +
    'stylesheet or selector that cannot be parsed is reported here too. Files matched by `vendor` are not checked.',
  sources: [
    SOURCES.amocrmChecklist('Development, Styles: "There is no manipulation with global CSS selectors"; "All styles are specified relative to the root widget selector"'),
    SOURCES.kommoChecklist('Development, Styles: "There is no manipulation with global CSS selectors"; "All styles are specified relative to the root widget selector"'),
  ],
  check(context: RuleContext, report) {
    const { entries, problems } = stylesheetSelectors(context);
    for (const problem of problems) {
      report({ file: problem.path, line: problem.line, column: problem.column, message: problem.message, help: problem.help });
    }
    const root = widgetRoot(context);
    const fullNote = rootNote(root);
    // The explanation of the root is said once per file, on its first finding: 34 copies of it buried the selectors.
    const explained = new Set<string>();
    const noteFor = (path: string): LocalizedMessage => {
      if (explained.has(path)) return { en: '', ru: '' };
      explained.add(path);
      return fullNote;
    };
    const platform = context.profile.displayName;
    const perFile = new Map<string, number>();
    for (const entry of entries) {
      if (isScoped(context, entry) || !isReportable(context, entry)) continue;
      const count = (perFile.get(entry.path) ?? 0) + 1;
      perFile.set(entry.path, count);
      if (count > MAX_SELECTOR_FINDINGS_PER_FILE) continue;
      const where = { file: entry.path, line: entry.line, column: entry.column };
      if (entry.customPropertiesOnly && firstCompound(entry).pageWide) {
        const note = noteFor(entry.path);
        // Variables style nothing by themselves, but they are visible to the whole page and a name the
        // CRM also uses would change the CRM: worth moving, not a certain rejection.
        report({
          ...where,
          severity: 'warning',
          message: {
            en: `"${entry.text}" defines CSS variables for the whole ${platform} page`,
            ru: `"${entry.text}" задаёт CSS-переменные для всей страницы ${platform}`,
          },
          help: {
            en: `One with the same name as a variable of the CRM would change the CRM. Define them on your widget's root instead: "${fixExample(entry, root)}".${note.en}`,
            ru: `Переменная с тем же именем, что у переменной CRM, изменит саму CRM. Задайте их на корне виджета: "${fixExample(entry, root)}".${note.ru}`,
          },
          actions: rootActions(root),
        });
        continue;
      }
      const ownName = root.source === 'config' ? null : ownLookingName(entry, context.profile);
      if (ownName) {
        // Without css.rootSelectors the root is a guess: a selector built on a class of its own may sit
        // under a second root of the widget (its settings modal, a popup), so this is for the author to confirm.
        report({
          ...where,
          severity: 'warning',
          message: { en: `Selector "${entry.text}" is not under your widget's root`, ru: `Селектор "${entry.text}" не находится под корнем виджета` },
          help: {
            en:
              `${root.source === 'inferred' ? `The root was guessed from your stylesheets as "${root.names[0]}"` : root.rejected ? `"${root.rejected}" is an inner element of your markup, not a root` : 'No root could be guessed from your stylesheets'}. ` +
              `If ${ownName} is an element your widget renders, list your roots in the CSS root selectors setting; ` +
              `otherwise it ${whatItStyles(entry, platform).en}: start it with your root, e.g. "${fixExample(entry, root)}".`,
            ru:
              `${root.source === 'inferred' ? `Корень определён по вашим стилям как "${root.names[0]}"` : root.rejected ? `"${root.rejected}" в вашей разметке — внутренний элемент, а не корень` : 'Корень не удалось определить по вашим стилям'}. ` +
              `Если ${ownName} — элемент, который выводит ваш виджет, перечислите корни в настройке корневых селекторов CSS; ` +
              `иначе селектор ${whatItStyles(entry, platform).ru}: начните его с корня виджета, например "${fixExample(entry, root)}".`,
          },
          actions: [ROOT_SELECTORS],
        });
        continue;
      }
      const note = noteFor(entry.path);
      report({
        ...where,
        message: {
          en: `Global selector "${entry.text}": it ${whatItStyles(entry, platform).en}`,
          ru: `Глобальный селектор "${entry.text}": он ${whatItStyles(entry, platform).ru}`,
        },
        help: {
          en: `Start it with your widget's root, e.g. "${fixExample(entry, root)}".${note.en}`,
          ru: `Начните его с корня виджета, например "${fixExample(entry, root)}".${note.ru}`,
        },
        actions: rootActions(root),
      });
    }
    for (const [path, count] of perFile) {
      if (count <= MAX_SELECTOR_FINDINGS_PER_FILE) continue;
      report({
        file: path,
        message: {
          en: `${path} has ${count - MAX_SELECTOR_FINDINGS_PER_FILE} more global selectors than the ${MAX_SELECTOR_FINDINGS_PER_FILE} listed`,
          ru: `В ${path} ещё ${countRu(count - MAX_SELECTOR_FINDINGS_PER_FILE, ['глобальный селектор', 'глобальных селектора', 'глобальных селекторов'])} сверх ${MAX_SELECTOR_FINDINGS_PER_FILE} перечисленных`,
        },
        help: {
          en: 'A third-party stylesheet (a CSS framework) restyles the whole CRM as well: keep only the rules you need, scoped under your widget root.',
          ru: 'Сторонние стили (CSS-фреймворк) тоже меняют оформление всей CRM: оставьте только нужные правила и ограничьте их корнем виджета.',
        },
      });
    }
  },
});
