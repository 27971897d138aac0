import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createPreloadBridge } from './preload-bridge';

// The page gets named functions only (see shared/ipc/contract.ts), never ipcRenderer itself.
contextBridge.exposeInMainWorld('api', createPreloadBridge(ipcRenderer, webUtils));
