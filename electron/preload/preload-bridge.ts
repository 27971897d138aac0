import type { IpcRenderer, IpcRendererEvent, WebUtils } from 'electron';
import type { WidgetPublisherBridge } from '../../shared/ipc/contract';
import { createBridge } from '../../shared/ipc/create-bridge';
import type { IpcEnvelope } from '../../shared/ipc/types';

/**
 * The bridge over Electron's IPC. Listeners are wrapped so the page never sees the IpcRendererEvent
 * (it carries `sender`, an ipcRenderer), and every subscription returns its own unsubscribe.
 */
export function createPreloadBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>, files: Pick<WebUtils, 'getPathForFile'>): WidgetPublisherBridge {
  return createBridge({
    invoke: (channel, args) => ipc.invoke(channel, ...args) as Promise<IpcEnvelope<unknown>>,
    subscribe: (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    },
    pathForFile: (file) => {
      try {
        return files.getPathForFile(file);
      } catch {
        return '';
      }
    },
  });
}
