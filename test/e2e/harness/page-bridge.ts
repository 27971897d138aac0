import type { EventChannel } from '../../../shared/ipc/contract';
import { createBridge } from '../../../shared/ipc/create-bridge';
import type { IpcEnvelope } from '../../../shared/ipc/types';
import { decodeWire, encodeWire } from './wire-codec';

/**
 * Runs in the page before the app's scripts (bundled into an init script): builds `window.api`
 * with the preload's exact shape, over page bindings to the real main-process handlers.
 */
declare global {
  interface Window {
    __wpInvoke(channel: string, args: string): Promise<string>;
    __wpEmit(channel: string, payload: string): void;
    /** Marks a File the test built from a file on disk as one dragged from the file manager (harness/file-drop.ts). */
    __wpRegisterDropFile(file: File, path: string): void;
  }
}

/**
 * Electron's webUtils.getPathForFile knows the path of a File dragged from disk and gives '' for
 * any other File (one built by a script); so does this, for the Files the test registered.
 */
const pathsOnDisk = new WeakMap<File, string>();
window.__wpRegisterDropFile = (file, path) => {
  pathsOnDisk.set(file, path);
};

const listeners = new Map<string, Set<(payload: unknown) => void>>();

window.__wpEmit = (channel, payload) => {
  const value = decodeWire(payload);
  for (const listener of listeners.get(channel) ?? []) listener(value);
};

window.api = createBridge({
  invoke: async (channel, args) => decodeWire(await window.__wpInvoke(channel, encodeWire(args))) as IpcEnvelope<unknown>,
  subscribe: (channel: EventChannel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => {
      set.delete(listener);
    };
  },
  pathForFile: (file) => pathsOnDisk.get(file) ?? '',
});
