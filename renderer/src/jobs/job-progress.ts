import { useSyncExternalStore } from 'react';
import type { WidgetPublisherApi } from '../../../shared/ipc/contract';
import type { JobProgress } from '../../../shared/ipc/types';

/**
 * The latest progress of every job, from one subscription. Kept by job id, so an event that
 * arrives before the ticket does is not lost.
 */
const latest = new Map<string, JobProgress>();
const listeners = new Set<() => void>();
let stopTracking: (() => void) | null = null;

export function trackJobProgress(api: Pick<WidgetPublisherApi, 'onJobProgress'>): () => void {
  stopTracking?.();
  stopTracking = api.onJobProgress((progress) => {
    latest.set(progress.jobId, progress);
    if (latest.size > 50) latest.delete(latest.keys().next().value as string);
    for (const listener of listeners) listener();
  });
  return () => {
    stopTracking?.();
    stopTracking = null;
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useJobProgress(jobId: string | null): JobProgress | null {
  return useSyncExternalStore(subscribe, () => (jobId ? (latest.get(jobId) ?? null) : null));
}
