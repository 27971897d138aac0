import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNodeBundles } from '../../../build.mjs';
import { API_METHODS, EVENT_METHODS, INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { createElectronMock, FakeBrowserWindow, type ElectronMockOptions } from './electron-mock';

/**
 * The bundles `npm run build` ships (build.mjs), not the sources: main is imported under a fake
 * `electron` that throws when Electron would (windows before `ready`, privileged schemes after it),
 * and the preload runs in a bare vm context, as in a sandboxed renderer.
 */
const ROOT = resolve(__dirname, '../../..');
const OUT = join(ROOT, 'test-output', 'boot-bundles');
const MAIN_BUNDLE = join(OUT, 'main', 'index.js');
const PRELOAD_BUNDLE = join(OUT, 'preload', 'index.cjs');

const flush = () => new Promise((resolve) => setTimeout(resolve, 30));
const fromWindow = (window: FakeBrowserWindow) => ({ sender: window.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } });

beforeAll(async () => {
  await buildNodeBundles(OUT, ['main', 'preload']);
}, 120_000);

describe('the built main bundle boots under Electron\'s rules', () => {
  let folder: string;
  let electron: ReturnType<typeof createElectronMock>;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'wp-boot-'));
    FakeBrowserWindow.created = [];
    vi.resetModules();
  });
  afterEach(async () => {
    vi.doUnmock('electron');
    await rm(folder, { recursive: true, force: true });
  });

  async function importMain(options: Omit<ElectronMockOptions, 'autoReady'>) {
    electron = createElectronMock({ ...options, autoReady: false });
    vi.doMock('electron', () => electron);
    await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  }

  function channelHandler(channel: string) {
    const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
    if (!call) throw new Error(`${channel} was not registered`);
    return call[1] as (event: unknown, ...args: unknown[]) => Promise<{ ok: boolean; value?: unknown }>;
  }

  it('registers app:// before ready, then on ready opens one secure window on app://renderer/index.html with every contract channel', async () => {
    await importMain({ userData: join(folder, 'user-data') });
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();

    electron.becomeReady();
    await flush();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect([...channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const [window] = FakeBrowserWindow.created;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect((window.options.webPreferences as { preload: string }).preload).toBe(PRELOAD_BUNDLE);
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(existsSync(join(folder, 'user-data', 'config.json'))).toBe(true);
  });

  it('still opens its window when the settings folder cannot be written, and tells the page why', async () => {
    await writeFile(join(folder, 'a-file'), 'not a folder');
    await importMain({ userData: join(folder, 'a-file', 'Widget Publisher') });
    electron.becomeReady();
    await flush();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const [window] = FakeBrowserWindow.created;
    const notices = await channelHandler('app:take-notices')(fromWindow(window));
    expect(notices).toMatchObject({ ok: true, value: [{ id: 'settings-unavailable', kind: 'settings-reset' }] });
    await expect(channelHandler('settings:update')(fromWindow(window), { theme: 'dark' })).resolves.toMatchObject({ ok: true, value: { theme: 'dark' } });
    window.close();
    await expect(channelHandler('window:close-ready')(fromWindow(window), 'close-999999')).resolves.toMatchObject({ ok: true });
  });

  it('shows a native error box, writes main.log and quits when the ready sequence fails, instead of running without a window', async () => {
    const logs = join(folder, 'logs');
    await importMain({ userData: join(folder, 'user-data'), paths: { userData: new Error('the profile folder is not available'), logs } });
    electron.becomeReady();
    await flush();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Widget Publisher could not start', expect.stringContaining('the profile folder is not available'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(readFileSync(join(logs, 'main.log'), 'utf8')).toMatch(/startup failed: Error: the profile folder is not available/);
  });

  it('opens its save dialog in the home folder when the OS cannot name Documents', async () => {
    await importMain({ userData: join(folder, 'user-data'), paths: { documents: new Error('Failed to get documents path'), home: folder } });
    electron.becomeReady();
    await flush();
    const [window] = FakeBrowserWindow.created;
    await channelHandler('dialog:save-text')(fromWindow(window), 'message.txt');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: join(folder, 'message.txt') }));
  });
});

describe('the built preload in a sandbox-like context', () => {
  it('loads with only electron, events, timers and url to require, and exposes exactly the contract', () => {
    const exposed: Record<string, Record<string, unknown>> = {};
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: vi.fn((key: string, api: Record<string, unknown>) => (exposed[key] = api)) },
      ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
      webUtils: { getPathForFile: vi.fn(() => '/dropped/file.png') },
    };
    const allowed: Record<string, unknown> = { electron: fakeElectron, events: {}, timers: {}, url: {} };
    const sandboxRequire = (name: string) => {
      if (!(name in allowed)) throw new Error(`module not found in a sandboxed preload: ${name}`);
      return allowed[name];
    };
    const module = { exports: {} };
    const context = createContext({ require: sandboxRequire, module, exports: module.exports, console });
    runInContext(readFileSync(PRELOAD_BUNDLE, 'utf8'), context, { filename: PRELOAD_BUNDLE });

    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(exposed.api).sort()).toEqual([...Object.keys(API_METHODS), ...Object.keys(EVENT_METHODS), 'pathForFile'].sort());
    for (const value of Object.values(exposed.api)) expect(typeof value).toBe('function');
    void (exposed.api.getAppInfo as () => Promise<unknown>)();
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith('app:info');
  });
});
