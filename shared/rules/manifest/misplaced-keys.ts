import { isRecord } from '../../widget/manifest-model';
import type { ManifestView } from './manifest-helpers';
import { MANIFEST_SHAPE } from './manifest-shape';

/** A key written one level off: a top-level block inside `widget`, or a widget key at the top level. */
export interface MisplacedKey {
  key: string;
  /** Where it is written. */
  foundAt: ['widget', string] | [string];
  /** Where the platform reads it. */
  belongsAt: 'top' | 'widget';
}

const TOP_LEVEL_KEYS = Object.keys((MANIFEST_SHAPE.type === 'object' && MANIFEST_SHAPE.fields) || {}).filter((key) => key !== 'widget');
const WIDGET_FIELDS = MANIFEST_SHAPE.type === 'object' ? MANIFEST_SHAPE.fields?.widget : undefined;
const WIDGET_KEYS = [...Object.keys((WIDGET_FIELDS?.type === 'object' && WIDGET_FIELDS.fields) || {}), 'version'];

/**
 * Keys the platform looks for in one place written in the other: `"widget": {"locations": [...]}`
 * or a top-level `"locale"`. The platform reads neither there, so the key counts as missing; one
 * finding (manifest/schema) says where it belongs, and the "missing" rules stay silent about it.
 */
export function misplacedKeys(view: ManifestView): MisplacedKey[] {
  const { root } = view;
  const widget = isRecord(root.widget) ? root.widget : null;
  if (!widget) return [];
  const misplaced: MisplacedKey[] = [];
  for (const key of TOP_LEVEL_KEYS) {
    if (root[key] === undefined && widget[key] !== undefined) misplaced.push({ key, foundAt: ['widget', key], belongsAt: 'top' });
  }
  for (const key of WIDGET_KEYS) {
    if (widget[key] === undefined && root[key] !== undefined) misplaced.push({ key, foundAt: [key], belongsAt: 'widget' });
  }
  return misplaced;
}

/** Whether `key` is missing where it belongs only because it sits one level off. */
export function isMisplaced(view: ManifestView, key: string): boolean {
  return misplacedKeys(view).some((entry) => entry.key === key);
}
