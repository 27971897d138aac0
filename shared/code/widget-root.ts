import selectorParser from 'postcss-selector-parser';
import type { RuleContext } from '../check/rule-context';
import type { PlatformProfile } from '../platform/profiles';
import { stylesheetSelectors, type SelectorEntry } from './stylesheet-selectors';

/** What ends a root name in a namespaced (BEM) class: `acme__item`, `acme-item`, `acme_item`. */
const NAMESPACE_SEPARATORS = ['__', '-', '_'];

/** A guessed root must start at least one in this many of the named top-level selectors. */
const MIN_ROOT_SHARE_DIVISOR = 4;

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
]);

export interface WidgetRoot {
  /** Where the root came from: widget-publisher.json, a guess from the stylesheets, or nowhere. */
  source: 'config' | 'inferred' | 'none';
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
function inferRoot(entries: readonly SelectorEntry[], profile: PlatformProfile): WidgetRoot | null {
  const scores = new Map<string, number>();
  const kinds = new Map<string, 'id' | 'class'>();
  let namedSelectors = 0;
  for (const entry of entries) {
    if (entry.parent) continue;
    const counted = new Set<string>();
    for (const { name, kind } of leftmostNames(entry.selector)) {
      if (isPlatformClass(name, profile)) continue;
      if (!kinds.has(name)) kinds.set(name, kind);
      for (const candidate of candidateRoots(name)) {
        if (GENERIC_PREFIXES.has(candidate.toLowerCase()) || isPlatformClass(candidate, profile)) continue;
        counted.add(candidate);
      }
    }
    if (counted.size > 0) namedSelectors += 1;
    for (const candidate of counted) scores.set(candidate, (scores.get(candidate) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [candidate, score] of scores) {
    const bestScore = best === null ? 0 : (scores.get(best) ?? 0);
    if (score > bestScore || (score === bestScore && best !== null && candidate.length > best.length)) best = candidate;
  }
  const bestScore = best === null ? 0 : (scores.get(best) ?? 0);
  // A root is the element most rules hang from; a name a small share of the selectors start with
  // (`.tag-list` among thirty `.tag-*` classes) is one element among many, not the widget's root.
  if (best === null || bestScore < Math.min(2, namedSelectors) || bestScore * MIN_ROOT_SHARE_DIVISOR < namedSelectors) return null;
  const kind = kinds.get(best);
  return {
    source: 'inferred',
    names: [best],
    example: kind === 'id' ? `#${best}` : kind === 'class' ? `.${best}` : profile.rootSelectorExample,
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

/** The widget's root for the CSS rules: css.rootSelectors from the config, else a guess from the stylesheets. */
export function widgetRoot(context: RuleContext): WidgetRoot {
  return context.cache('code:widget-root', () => {
    const configured = context.config.css?.rootSelectors;
    if (configured && configured.length > 0) {
      const root = configuredRoot(configured);
      if (root) return root;
    }
    return (
      inferRoot(stylesheetSelectors(context).entries, context.profile) ?? {
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
