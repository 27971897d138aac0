import {
  API_METHODS,
  EVENT_METHODS,
  type ApiMethodName,
  type EventChannel,
  type EventMethodName,
  type InvokeChannel,
  type WidgetPublisherBridge,
} from './contract';
import type { IpcEnvelope } from './types';

/** How a bridge reaches main: ipcRenderer in the preload, page bindings in the browser test harness. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, args: unknown[]): Promise<IpcEnvelope<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
}

/**
 * Named functions only, one per contract method: the renderer never gets a generic
 * `invoke(channel)` or the transport itself.
 */
export function createBridge(transport: BridgeTransport): WidgetPublisherBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of Object.keys(API_METHODS) as ApiMethodName[]) {
    const channel = API_METHODS[name];
    bridge[name] = (...args: unknown[]) => transport.invoke(channel, args);
  }
  for (const name of Object.keys(EVENT_METHODS) as EventMethodName[]) {
    const channel = EVENT_METHODS[name];
    bridge[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`);
      return transport.subscribe(channel, listener);
    };
  }
  bridge.pathForFile = (file: File) => transport.pathForFile(file);
  return bridge as unknown as WidgetPublisherBridge;
}
