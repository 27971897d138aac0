import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, EVENT_METHODS } from '../../../shared/ipc/contract';

const exposed: Record<string, Record<string, unknown>> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 'v' })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() };
const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/dropped/${file.name}`) };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
  ipcRenderer,
  webUtils,
}));

describe('preload', () => {
  beforeEach(async () => {
    vi.clearAllMocks();
    await import('../../../electron/preload/index');
  });

  it('exposes exactly the contract as named functions on window.api, and nothing else', () => {
    const api = exposed.api;
    const expected = [...Object.keys(API_METHODS), ...Object.keys(EVENT_METHODS), 'pathForFile'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer']) expect(api).not.toHaveProperty(forbidden);
  });

  it('sends each call on its channel with its arguments', async () => {
    const api = exposed.api as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const [name, channel] of Object.entries(API_METHODS)) {
      ipcRenderer.invoke.mockClear();
      await api[name]('/abs/path', { platform: 'kommo' });
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, '/abs/path', { platform: 'kommo' });
    }
  });

  it('gives listeners the payload only, never the IPC event, and unsubscribes', () => {
    const api = exposed.api as Record<string, (listener: (payload: unknown) => void) => () => void>;
    for (const [name, channel] of Object.entries(EVENT_METHODS)) {
      ipcRenderer.on.mockClear();
      const listener = vi.fn();
      const unsubscribe = api[name](listener);
      const [subscribedChannel, wrapped] = ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, payload: unknown) => void];
      expect(subscribedChannel).toBe(channel);
      wrapped({ sender: ipcRenderer }, { jobId: 'job-1', value: 0.5, title: 'x' });
      expect(listener).toHaveBeenCalledWith({ jobId: 'job-1', value: 0.5, title: 'x' });
      expect(listener.mock.calls[0]).toHaveLength(1);
      unsubscribe();
      expect(ipcRenderer.removeListener).toHaveBeenCalledWith(channel, wrapped);
    }
  });

  it('refuses a subscription without a listener function', () => {
    const api = exposed.api as Record<string, (listener: unknown) => unknown>;
    expect(() => api.onJobProgress('not a function')).toThrow(TypeError);
  });

  it('turns a dropped file into its path, or an empty string when there is none', () => {
    const api = exposed.api as { pathForFile(file: unknown): string };
    expect(api.pathForFile({ name: 'logo.png' })).toBe('/dropped/logo.png');
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new Error('not a file');
    });
    expect(api.pathForFile({})).toBe('');
  });
});
