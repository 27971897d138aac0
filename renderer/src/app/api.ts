import { createClient } from '../../../shared/ipc/client';
import type { WidgetPublisherApi, WidgetPublisherBridge } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload) or, in browser tests, by the harness. */
    api?: WidgetPublisherBridge;
  }
}

let client: WidgetPublisherApi | null = null;

export function hasBridge(): boolean {
  return typeof window.api === 'object' && window.api !== null;
}

/** The typed client over window.api: values, or ApiError with kind, file and line. */
export function getApi(): WidgetPublisherApi {
  if (!client) {
    if (!window.api) throw new Error('The Widget Publisher bridge is missing: open this page in the desktop app.');
    client = createClient(window.api);
  }
  return client;
}
