/** Small readers over a parsed manifest value, shared by rules, the wizard and the message writer. */

export interface ParsedLocation {
  /** The raw string as written, e.g. `ccard-1`. */
  raw: string;
  area: string;
  /** '0' or '1' when written, another string when malformed, null when absent. */
  suffix: string | null;
  /** Index in the manifest's locations array. */
  index: number;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function widgetBlock(manifest: unknown): Record<string, unknown> | null {
  return isRecord(manifest) && isRecord(manifest.widget) ? manifest.widget : null;
}

/** Splits `ccard-1` into area and suffix; an area name itself never contains `-`. */
export function parseLocation(raw: string, index: number): ParsedLocation {
  const dash = raw.lastIndexOf('-');
  if (dash <= 0) return { raw, area: raw, suffix: null, index };
  return { raw, area: raw.slice(0, dash), suffix: raw.slice(dash + 1), index };
}

export function declaredLocations(manifest: unknown): ParsedLocation[] {
  if (!isRecord(manifest) || !Array.isArray(manifest.locations)) return [];
  return manifest.locations.flatMap((entry, index) => (typeof entry === 'string' ? [parseLocation(entry, index)] : []));
}

export function declaredLocales(manifest: unknown): string[] {
  const widget = widgetBlock(manifest);
  if (!widget || !Array.isArray(widget.locale)) return [];
  return widget.locale.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}

/** Value at a dot path (`widget.name`) inside an object, or undefined. */
export function valueAtDotPath(root: unknown, dotPath: string): unknown {
  let current: unknown = root;
  for (const part of dotPath.split('.')) {
    if (!isRecord(current) || !(part in current)) return undefined;
    current = current[part];
  }
  return current;
}

/** An i18n reference is a dot path such as `widget.name`: letters, digits, `_`, `-`, separated by dots. */
export function looksLikeI18nKey(value: string): boolean {
  return /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/.test(value);
}
