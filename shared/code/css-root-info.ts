/**
 * What Code check › Check settings shows about the widget's CSS root: the root the CSS rules use
 * (from the settings, or guessed from the stylesheets, and why), and the names the stylesheets'
 * top-level selectors start with, to pick the root from.
 */
import { createRuleContext } from '../check/rule-context';
import type { WidgetConfig } from '../config/widget-config';
import type { WidgetSnapshot } from '../model/snapshot';
import { platformProfile, type PlatformId } from '../platform/profiles';
import { stylesheetSelectors } from './stylesheet-selectors';
import { isPlatformClass, leftmostNames, widgetRoot, type WidgetRoot } from './widget-root';

export interface CssRootCandidate {
  /** As a selector: `.acme-deals` or `#acme_deals`. */
  selector: string;
  /** Top-level selectors that start with it. */
  selectors: number;
}

export interface CssRootInfo {
  root: WidgetRoot;
  /** Top-level selectors in the widget's stylesheets (nested ones hang from these). */
  topLevelSelectors: number;
  /** Of them, those that start with the root or a name in its namespace. */
  underRoot: number;
  /** The most used top-level names, most used first (at most MAX_CANDIDATES). */
  candidates: CssRootCandidate[];
}

const MAX_CANDIDATES = 12;

export function cssRootInfo(snapshot: WidgetSnapshot, platform: PlatformId, config: WidgetConfig): CssRootInfo {
  const profile = platformProfile(platform);
  const context = createRuleContext(snapshot, profile, config);
  const root = widgetRoot(context);
  const counts = new Map<string, number>();
  let topLevel = 0;
  let underRoot = 0;
  for (const entry of stylesheetSelectors(context).entries) {
    if (entry.parent) continue;
    topLevel += 1;
    const names = leftmostNames(entry.selector).filter(({ name }) => !isPlatformClass(name, profile));
    if (names.some(({ name }) => root.names.some((rootName) => name === rootName || name.startsWith(`${rootName}-`) || name.startsWith(`${rootName}_`)))) underRoot += 1;
    for (const selector of new Set(names.map(({ name, kind }) => (kind === 'id' ? `#${name}` : `.${name}`)))) counts.set(selector, (counts.get(selector) ?? 0) + 1);
  }
  const candidates = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map(([selector, selectors]) => ({ selector, selectors }));
  return { root, topLevelSelectors: topLevel, underRoot, candidates };
}
