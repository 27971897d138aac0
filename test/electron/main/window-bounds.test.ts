import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, restoreBounds } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreBounds', () => {
  it('reuses remembered bounds that are still on a screen', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1300, height: 900, maximized: false }, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1300, height: 900 });
  });

  it('centres the default size on the main screen when the remembered monitor is gone', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1300, height: 900, maximized: false }, [laptop])).toEqual({ x: 120, y: 50, width: 1200, height: 800 });
  });

  it('opens at the default size on first run and never below the minimum', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ x: 120, y: 50, width: 1200, height: 800 });
    const tiny = restoreBounds({ x: 10, y: 10, width: 400, height: 300, maximized: false }, [laptop]);
    expect(tiny.width).toBe(MIN_WINDOW_SIZE.width);
    expect(tiny.height).toBe(MIN_WINDOW_SIZE.height);
  });
});
