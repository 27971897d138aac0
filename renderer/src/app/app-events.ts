/** Requests that reach a screen from outside it (the application menu's Export). */
type AppEvent = 'export-requested';

const listeners = new Map<AppEvent, Set<() => void>>();

export function emitAppEvent(event: AppEvent): void {
  for (const listener of listeners.get(event) ?? []) listener();
}

export function onAppEvent(event: AppEvent, listener: () => void): () => void {
  const set = listeners.get(event) ?? new Set();
  set.add(listener);
  listeners.set(event, set);
  return () => set.delete(listener);
}
