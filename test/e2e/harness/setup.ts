import { vi } from 'vitest';

// Electron's binary is not here; the harness runs main's handlers in Node. electron-store (inlined
// by the config) sees an Electron without `app`, so it uses the folder it is given.
vi.mock('electron', () => ({
  default: {},
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}));
