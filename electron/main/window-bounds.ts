import type { WindowState } from '../services/settings-schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 };
export const MIN_WINDOW_SIZE = { width: 960, height: 640 };

/** How much of a saved window must still be on some screen to reuse its position. */
const MIN_VISIBLE = 120;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open the window with: the remembered ones when they are still on a screen (a
 * monitor may have been unplugged since), else the default size centred on the primary work area.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (saved) {
    const width = Math.max(MIN_WINDOW_SIZE.width, saved.width);
    const height = Math.max(MIN_WINDOW_SIZE.height, saved.height);
    const candidate = { x: saved.x, y: saved.y, width, height };
    const visible = workAreas.some((area) => {
      const shared = overlap(candidate, area);
      return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
    });
    if (visible) return candidate;
  }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height);
  return {
    x: Math.round(primary.x + (primary.width - width) / 2),
    y: Math.round(primary.y + (primary.height - height) / 2),
    width,
    height,
  };
}
