import selectorParser from 'postcss-selector-parser';
import type { RuleContext } from '../check/rule-context';
import type { PlatformProfile } from '../platform/profiles';
import { stylesheetSelectors, type SelectorEntry } from './stylesheet-selectors';

/** What ends a root name in a namespaced (BEM) class: `acme__item`, `acme-item`, `acme_item`. */
const NAMESPACE_SEPARATORS = ['__', '-', '_'];

/** Pseudo-classes that match when one of their selectors matches: `:is(#root, .acme) .x` is scoped. */
const MATCHES_ANY = new Set([':is', ':where', ':matches', ':-webkit-any', ':-moz-any']);

/**
 * Prefixes too common to be a widget's namespace when guessing it from the stylesheets: inferring
 * `card` from `.card-holder` would make every platform class look like the widget's own.
 */
const GENERIC_PREFIXES = new Set(['js', 'is', 'has', 'ui', 'app', 'widget', 'card', 'control', 'button', 'btn', 'modal', 'list', 'nav', 'form', 'icon', 'row', 'col']);

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
function leftmostNames(selector: selectorParser.Selector): Array<{ name: string; kind: 'id' | 'class' }> {
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

function isPlatformClass(name: string, profile: PlatformProfile): boolean {
  return [...profile.css.systemClasses, ...profile.css.forbiddenClasses].some(
    (system) => name === system || NAMESPACE_SEPARATORS.some((separator) => name.startsWith(system + separator)),
  );
}

/**
 * Guess the root from the stylesheets: the name (or name prefix) that the most top-level selectors
 * start with; on a tie, the longer one. Platform classes and generic words never qualify.
 */
function inferRoot(entries: readonly SelectorEntry[], profile: PlatformProfile): WidgetRoot | null {
  const scores = new Map<string, number>();
  const kinds = new Map<string, 'id' | 'class'>();
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
    for (const candidate of counted) scores.set(candidate, (scores.get(candidate) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [candidate, score] of scores) {
    const bestScore = best === null ? 0 : (scores.get(best) ?? 0);
    if (score > bestScore || (score === bestScore && best !== null && candidate.length > best.length)) best = candidate;
  }
  if (best === null) return null;
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

function compoundMarker(nodes: readonly selectorParser.Node[], root: WidgetRoot, parentScoped: boolean | null): Placement | null {
  let marker: Placement | null = null;
  const raise = (next: Placement | null): void => {
    if (next === 'root' || (next === 'inside' && marker === null)) marker = next;
  };
  for (const node of nodes) {
    if (node.type === 'id' || node.type === 'class') raise(namespaceMatch(node.value, root.names));
    else if (node.type === 'nesting' && parentScoped) raise('inside');
    else if (node.type === 'pseudo' && MATCHES_ANY.has(node.value.toLowerCase()) && node.nodes.length > 0) {
      if (node.nodes.every((inner) => subjectInside(inner, root, parentScoped))) raise('inside');
    }
  }
  return marker;
}

/**
 * True when the element a selector styles lies inside the widget: some compound holds the root (or a
 * namespaced class) and no `+`/`~` then steps out of the root element to its siblings. This accepts
 * the checklist's `#amo_widget_code .control-select`, BEM `.acme__item`, and `body.theme #root .x`.
 */
function subjectInside(selector: selectorParser.Selector, root: WidgetRoot, parentScoped: boolean | null): boolean {
  const hasNesting = selector.nodes.some((node) => node.type === 'nesting');
  // A nested selector without `&` is a descendant of its parent rule.
  let state: Placement = parentScoped && !hasNesting ? 'inside' : 'outside';
  let compound: selectorParser.Node[] = [];
  const afterCompound = (current: Placement): Placement => {
    const marker = compoundMarker(compound, root, parentScoped);
    compound = [];
    return marker === 'root' || (marker === 'inside' && current === 'outside') ? marker : current;
  };
  for (const node of selector.nodes) {
    if (node.type === 'comment') continue;
    if (node.type !== 'combinator') {
      compound.push(node);
      continue;
    }
    state = afterCompound(state);
    const value = node.value.trim();
    const toSibling = value === '+' || value === '~' || value === '||';
    if (state === 'root') state = toSibling ? 'outside' : 'inside';
  }
  state = afterCompound(state);
  return state !== 'outside';
}

/** Whether a selector styles only the widget (memoized per entry; nested selectors use their parent's answer). */
export function isScoped(context: RuleContext, entry: SelectorEntry): boolean {
  const memo = context.cache('code:scoped-selectors', () => new Map<SelectorEntry, boolean>());
  const known = memo.get(entry);
  if (known !== undefined) return known;
  const root = widgetRoot(context);
  const parentScoped = entry.parent ? entry.parent.every((parent) => isScoped(context, parent)) : null;
  const scoped = subjectInside(entry.selector, root, parentScoped);
  memo.set(entry, scoped);
  return scoped;
}

/** True when the selector's parent rule (if any) is scoped, so an unscoped selector here is new, not inherited. */
export function isReportable(context: RuleContext, entry: SelectorEntry): boolean {
  return entry.parent === null || entry.parent.every((parent) => isScoped(context, parent));
}
