import type { WidgetPublisherApi } from '../../../shared/ipc/contract';

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Save this before the window closes (the draft); returns the unregister. */
export function flushBeforeClose(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/**
 * Main holds the window's close until the page answers: every registered flush runs (a failing one
 * does not stop the others), then the page says it is ready. Returns the unsubscribe.
 */
export function answerCloseRequests(api: Pick<WidgetPublisherApi, 'onCloseRequest' | 'confirmCloseReady'>): () => void {
  return api.onCloseRequest(({ requestId }) => {
    void Promise.allSettled([...flushes].map((flush) => flush()))
      .then(() => api.confirmCloseReady(requestId))
      .catch(() => undefined);
  });
}
