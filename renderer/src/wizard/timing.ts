/**
 * User-timing marks around the wizard's validation (the live check records its own, see use-live-check), so the time a keystroke costs can be read in
 * the browser (performance.getEntriesByName) by the e2e benchmark or the DevTools performance panel.
 */
export type TimingName = 'wp:validate-store-text';

const MAX_ENTRIES = 400;

export function timed<T>(name: TimingName, work: () => T): T {
  const start = performance.now();
  const result = work();
  try {
    if (performance.getEntriesByName(name).length > MAX_ENTRIES) performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A browser without user timing still validates; only the figure is lost.
  }
  return result;
}
