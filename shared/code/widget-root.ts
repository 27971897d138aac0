import selectorParser from 'postcss-selector-parser';
import type { RuleContext } from '../check/rule-context';
import type { PlatformProfile } from '../platform/profiles';
import { markupNames, type MarkupNames } from './markup-roots';
import { stylesheetSelectors, type SelectorEntry } from './stylesheet-selectors';

/** What ends a root name in a namespaced (BEM) class: `acme__item`, `acme-item`, `acme_item`. */
const NAMESPACE_SEPARATORS = ['__', '-', '_'];

/** A guessed root must start at least one in this many of the named top-level selectors. */
const MIN_ROOT_SHARE_DIVISOR = 4;

/** The attribute vue-loader adds to a scoped style's selectors and to its component's elements. */
const VUE_SCOPE_ATTRIBUTE = /^data-v-[0-9a-f]{8}$/;

/** Pseudo-classes that match when one of their selectors matches: `:is(#root, .acme) .x` is scoped. */
const MATCHES_ANY = new Set([':is', ':where', ':matches', ':-webkit-any', ':-moz-any']);

/**
 * Prefixes too common to be a widget's namespace when guessing it from the stylesheets: inferring
 * `card` from `.card-holder` would make every platform class look like the widget's own, and
 * `tag` from `.tag-item` would claim the CRM's own tag lists. Words that name a part of any page
 * (header, item, loader) or an object of any CRM (lead, contact, tag, pipeline) cannot tell one
 * widget's elements from the page around it; a longer prefix (`tag-analytics`) still can.
 */
const GENERIC_PREFIXES = new Set([
  'js', 'is', 'has', 'ui', 'app', 'widget', 'widgets', 'card', 'control', 'button', 'btn', 'modal', 'list', 'nav', 'form',
  'icon', 'row', 'col',
  'lead', 'leads', 'deal', 'deals', 'contact', 'contacts', 'company', 'companies', 'customer', 'customers', 'task', 'tasks',
  'note', 'notes', 'tag', 'tags', 'pipeline', 'pipelines', 'user', 'users', 'account', 'chat', 'message', 'messages', 'feed',
  'settings', 'setting', 'status', 'filter', 'search', 'menu', 'page', 'content', 'main', 'header', 'footer', 'sidebar',
  'panel', 'section', 'block', 'box', 'wrap', 'wrapper', 'container', 'item', 'items', 'field', 'fields', 'input', 'select',
  'table', 'link', 'text', 'title', 'label', 'popup', 'dropdown', 'tab', 'tabs', 'loader', 'loading', 'spinner', 'error',
  'empty', 'hidden', 'active',
  // Parts any widget may render inside its root: a guess of `calendar` hid every other unscoped selector of a widget.
  'calendar', 'date', 'time', 'day', 'days', 'week', 'month', 'year', 'grid', 'view', 'overlay', 'dialog', 'window',
  'toolbar', 'tooltip', 'badge', 'avatar', 'alert', 'notification', 'toast', 'progress', 'chart', 'graph', 'map', 'info',
  'data', 'result', 'results', 'action', 'actions', 'option', 'options', 'group', 'inner', 'outer', 'body', 'head', 'top',
  'bottom', 'left', 'right', 'center', 'custom', 'default', 'common', 'base', 'global', 'root', 'layout', 'line', 'cell',
  'column', 'columns', 'rows', 'image', 'img', 'photo', 'file', 'files', 'preview', 'product', 'products', 'order',
  'orders', 'client', 'clients', 'phone', 'email', 'call', 'calls', 'integration', 'plugin', 'new', 'old',
  'primary', 'secondary', 'small', 'large', 'big', 'slider', 'switch', 'checkbox', 'radio', 'step', 'steps',
]);

/** A word every page uses, or a compound of such words only (`calendar-day`, `settings-form`). */
function isGenericName(lower: string): boolean {
  return GENERIC_PREFIXES.has(lower) || lower.split(/[-_]+/).every((part) => part === '' || GENERIC_PREFIXES.has(part));
}

/** The platforms' own names (`kommo`, `amocrm`, `amo`): a widget styling `.kommo-x` styles the CRM, it has no root there. */
function platformNames(profile: PlatformProfile): Set<string> {
  return new Set(['amo', ...profile.platformDomains.map((domain) => domain.slice(0, domain.indexOf('.')))]);
}

export interface WidgetRoot {
  /** Where the root came from: widget-publisher.json, a guess from the stylesheets, or nowhere. */
  source: 'config' | 'inferred' | 'none';
  /**
   * With source `none`: the name the stylesheets suggested but that was not trusted, because the widget's
   * markup shows it as an inner element; the messages say so.
   */
  rejected?: string;
  /** Root ids and class names, without `#`/`.`. */
  names: string[];
  /** A root selector to show in fixes, e.g. `#acme_widget`. */
  example: string;
}

type Placement = 'outside' | 'root' | 'inside';

function namespaceMatch(name: string, roots: readonly string[]): Placement | null {
  for (const root of roots) {
    if (name === root) return 'root';
    if (NAMESPACE_SEPARATORS.some((separator) => name.startsWith(root + separator))) return 'inside';
  }
  return null;
}

/** Id and class names of the first compound of a selector (what inference looks at). */
export function leftmostNames(selector: selectorParser.Selector): Array<{ name: string; kind: 'id' | 'class' }> {
  const names: Array<{ name: string; kind: 'id' | 'class' }> = [];
  for (const node of selector.nodes) {
    if (node.type === 'combinator') {
      if (names.length > 0 || node.value.trim() !== '') break;
      continue;
    }
    if (node.type === 'id') names.push({ name: node.value, kind: 'id' });
    if (node.type === 'class') names.push({ name: node.value, kind: 'class' });
  }
  return names;
}

/** `acme-deals__item` gives `acme`, `acme-deals` and itself: the namespaces it could belong to. */
function candidateRoots(name: string): string[] {
  const candidates = new Set<string>([name]);
  for (let i = 1; i < name.length; i += 1) {
    const character = name[i];
    const previous = name[i - 1];
    if ((character === '-' || character === '_') && previous !== '-' && previous !== '_') candidates.add(name.slice(0, i));
  }
  return [...candidates].filter((candidate) => candidate.length >= 3 || candidate === name);
}

/** A class of the platform's interface (or a BEM element/modifier of one), from the profile. */
export function isPlatformClass(name: string, profile: PlatformProfile): boolean {
  return [...profile.css.systemClasses, ...profile.css.forbiddenClasses].some(
    (system) => name === system || NAMESPACE_SEPARATORS.some((separator) => name.startsWith(system + separator)),
  );
}

/**
 * Guess the root from the stylesheets: the name (or name prefix) that the most top-level selectors
 * start with; on a tie, the longer one. Platform classes and generic words never qualify, a name
 * only one selector uses is no evidence when others could claim the same (unless it is the only
 * named selector there is), and neither is a name fewer than a quarter of the selectors start with.
 */
function inferRoot(entries: readonly SelectorEntry[], profile: PlatformProfile, markup: MarkupNames, ownWords: ReadonlySet<string>): WidgetRoot | null {
  const scores = new Map<string, number>();
  const kinds = new Map<string, 'id' | 'class'>();
  const platform = platformNames(profile);
  let namedSelectors = 0;
  for (const entry of entries) {
    if (entry.parent) continue;
    const counted = new Set<string>();
    let named = false;
    for (const { name, kind } of leftmostNames(entry.selector)) {
      if (isPlatformClass(name, profile)) continue;
      named = true;
      if (!kinds.has(name)) kinds.set(name, kind);
      for (const candidate of candidateRoots(name)) {
        const lower = candidate.toLowerCase();
        // A BEM element (`calendar__day`) is inside its block by definition: never a root.
        if (isGenericName(lower) || platform.has(lower) || candidate.includes('__') || isPlatformClass(candidate, profile)) continue;
        counted.add(candidate);
      }
    }
    // Selectors of generic names still count: they are what a root must cover.
    if (named) namedSelectors += 1;
    for (const candidate of counted) scores.set(candidate, (scores.get(candidate) ?? 0) + 1);
  }
  // A root is the element most rules hang from; a name a small share of the selectors start with
  // (`.tag-list` among thirty `.tag-*` classes) is one element among many, not the widget's root.
  const qualifies = (score: number): boolean => score >= Math.min(2, namedSelectors) && score * MIN_ROOT_SHARE_DIVISOR >= namedSelectors;
  const better = (candidate: string, score: number, best: string | null): boolean => {
    const bestScore = best === null ? 0 : (scores.get(best) ?? 0);
    return score > bestScore || (score === bestScore && best !== null && candidate.length > best.length);
  };
  let best: string | null = null;
  let rendered: string | null = null;
  let named: string | null = null;
  for (const [candidate, score] of scores) {
    // The element the widget renders its markup into beats a name more selectors happen to start with.
    if (markup.outer.has(candidate) && !markup.inner.has(candidate) && better(candidate, score, rendered)) rendered = candidate;
    // So does a namespace holding the widget's own code or name (`kommo-birthday` for the Birthday widget).
    const words = candidate.toLowerCase().split(/[-_]+/);
    if (score >= 2 && words.some((word) => ownWords.has(word)) && better(candidate, score, named)) named = candidate;
    if (qualifies(score) && better(candidate, score, best)) best = candidate;
  }
  const covers = (outer: string | null, inner: string | null): boolean =>
    outer !== null && inner !== null && (inner === outer || NAMESPACE_SEPARATORS.some((separator) => inner.startsWith(outer + separator)));
  const preferred = named ?? rendered;
  const chosen = preferred !== null && !covers(best, preferred) ? preferred : best;
  if (chosen === null) return null;
  if (markup.inner.has(chosen) && !markup.outer.has(chosen)) {
    return { source: 'none', names: [], example: profile.rootSelectorExample, rejected: chosen };
  }
  const kind = kinds.get(chosen);
  return {
    source: 'inferred',
    names: [chosen],
    example: kind === 'id' ? `#${chosen}` : kind === 'class' ? `.${chosen}` : profile.rootSelectorExample,
  };
}

function configuredRoot(rootSelectors: readonly string[]): WidgetRoot | null {
  const names: string[] = [];
  for (const text of rootSelectors) {
    try {
      selectorParser().astSync(text).walk((node) => {
        if (node.type === 'id' || node.type === 'class') names.push(node.value);
      });
    } catch {
      // widget-publisher.json is validated elsewhere; a selector that does not parse adds no root name.
    }
  }
  return names.length > 0 ? { source: 'config', names, example: rootSelectors[0].trim() } : null;
}

/** Words of a store name that say nothing about the widget. */
const NAME_FILLER = new Set(['widget', 'виджет', 'виджета', 'amocrm', 'kommo', 'integration', 'интеграция']);

/** Words of the widget's code and store name (`acme_deals`, "Birthday"): a namespace holding one is the widget's own. */
function widgetWords(context: RuleContext): Set<string> {
  const texts: unknown[] = [context.config.moderation?.widgetCode];
  const manifest = context.manifest?.value as { widget?: { code?: unknown } } | undefined;
  texts.push(manifest?.widget?.code);
  for (const file of context.i18n.values()) texts.push((file.document.value as { widget?: { name?: unknown } } | undefined)?.widget?.name);
  const words = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4 && !GENERIC_PREFIXES.has(word) && !NAME_FILLER.has(word)) words.add(word);
  }
  return words;
}

/** The widget's root for the CSS rules: css.rootSelectors from the config, else a guess from the stylesheets. */
export function widgetRoot(context: RuleContext): WidgetRoot {
  return context.cache('code:widget-root', () => {
    const configured = context.config.css?.rootSelectors;
    if (configured && configured.length > 0) {
      const root = configuredRoot(configured);
      if (root) return root;
    }
    return (
      inferRoot(stylesheetSelectors(context).entries, context.profile, markupNames(context), widgetWords(context)) ?? {
        source: 'none',
        names: [],
        example: context.profile.rootSelectorExample,
      }
    );
  });
}

function compoundMarker(nodes: readonly selectorParser.Node[], root: WidgetRoot, parent: Placement | null): Placement | null {
  let marker: Placement | null = null;
  const raise = (next: Placement | null): void => {
    if (next === 'root' || (next === 'inside' && marker === null)) marker = next;
  };
  for (const node of nodes) {
    if (node.type === 'id' || node.type === 'class') raise(namespaceMatch(node.value, root.names));
    // Vue's scoped CSS: `[data-v-1a2b3c4d]` matches only the elements of one of the widget's own components.
    else if (node.type === 'attribute' && VUE_SCOPE_ATTRIBUTE.test(node.attribute)) raise('inside');
    else if (node.type === 'nesting' && parent !== null && parent !== 'outside') raise(parent);
    else if (node.type === 'pseudo' && MATCHES_ANY.has(node.value.toLowerCase()) && node.nodes.length > 0) {
      if (node.nodes.every((inner) => placement(inner, root, parent) !== 'outside')) raise('inside');
    }
  }
  return marker;
}

function afterCombinator(state: Placement, combinator: string): Placement {
  if (state !== 'root') return state;
  return combinator === '+' || combinator === '~' || combinator === '||' ? 'outside' : 'inside';
}

/**
 * Where the element a selector styles lies: the widget root itself, inside it, or outside. A
 * compound holding the root (or a namespaced class) brings the selector inside; a `+`/`~` after the
 * root steps out to its siblings. This accepts the checklist's `#amo_widget_code .control-select`,
 * BEM `.acme__item`, and `body.theme #root .x`. `parent` is the placement of the enclosing rule
 * (CSS nesting), null at the top level.
 */
function placement(selector: selectorParser.Selector, root: WidgetRoot, parent: Placement | null): Placement {
  const nodes = selector.nodes.filter((node) => node.type !== 'comment');
  const hasNesting = nodes.some((node) => node.type === 'nesting');
  // Without `&` a nested selector continues its parent: `#root { .x {} }` is `#root .x`.
  let state: Placement = parent !== null && !hasNesting ? parent : 'outside';
  if (parent !== null && !hasNesting && nodes[0] && nodes[0].type !== 'combinator') state = afterCombinator(state, ' ');
  let compound: selectorParser.Node[] = [];
  const afterCompound = (current: Placement): Placement => {
    const marker = compoundMarker(compound, root, parent);
    compound = [];
    return marker === 'root' || (marker === 'inside' && current === 'outside') ? marker : current;
  };
  for (const node of nodes) {
    if (node.type !== 'combinator') {
      compound.push(node);
      continue;
    }
    state = afterCombinator(afterCompound(state), node.value.trim());
  }
  return afterCompound(state);
}

function groupPlacement(placements: readonly Placement[]): Placement {
  if (placements.includes('outside')) return 'outside';
  return placements.includes('root') ? 'root' : 'inside';
}

function placementOf(context: RuleContext, entry: SelectorEntry): Placement {
  const memo = context.cache('code:selector-placements', () => new Map<SelectorEntry, Placement>());
  const known = memo.get(entry);
  if (known !== undefined) return known;
  const parent = entry.parent ? groupPlacement(entry.parent.map((inner) => placementOf(context, inner))) : null;
  const result = placement(entry.selector, widgetRoot(context), parent);
  memo.set(entry, result);
  return result;
}

/** Whether a selector styles only the widget (the root element or something inside it). */
export function isScoped(context: RuleContext, entry: SelectorEntry): boolean {
  return placementOf(context, entry) !== 'outside';
}

/** True when the selector's parent rule (if any) is scoped, so an unscoped selector here is new, not inherited. */
export function isReportable(context: RuleContext, entry: SelectorEntry): boolean {
  return entry.parent === null || entry.parent.every((parent) => isScoped(context, parent));
}
