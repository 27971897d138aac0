import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { createElectronMock, fakeWebContents, FakeBrowserWindow } from './electron-mock';

let electron: ReturnType<typeof createElectronMock>;

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

type Listener = (event: unknown, ...args: unknown[]) => Promise<{ ok: boolean; error?: { kind: string } }>;

function registered(channel: string): Listener {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`${channel} was not registered`);
  return call[1] as Listener;
}

describe('main process bootstrap', () => {
  let userData: string;

  beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'wp-main-'));
    FakeBrowserWindow.created = [];
    vi.resetModules();
  });

  afterEach(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  async function start(options: { singleInstance?: boolean } = {}) {
    electron = createElectronMock({ userData, ...options });
    vi.doMock('electron', () => electron);
    await import('../../../electron/main/index');
    await flush();
  }

  it('opens one hidden window with the secure webPreferences and shows it on ready-to-show', async () => {
    await start();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const [window] = FakeBrowserWindow.created;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('quits at once when another instance already runs', async () => {
    await start({ singleInstance: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('focuses the existing window on a second launch instead of opening another', async () => {
    await start();
    electron.app.emit('second-instance');
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(FakeBrowserWindow.created[0].focus).toHaveBeenCalled();
  });

  it('registers every channel of the contract', async () => {
    await start();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect([...channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers the app window and refuses any other sender', async () => {
    await start();
    const [window] = FakeBrowserWindow.created;
    const fromApp = { sender: window.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } };
    await expect(registered('settings:get')(fromApp)).resolves.toMatchObject({ ok: true });

    const strangers = [
      { sender: fakeWebContents(), senderFrame: { url: 'app://renderer/index.html', parent: null } },
      { sender: window.webContents, senderFrame: { url: 'https://evil.example/index.html', parent: null } },
      { sender: window.webContents, senderFrame: { url: 'app://renderer/index.html', parent: {} } },
      { sender: window.webContents, senderFrame: null },
    ];
    for (const event of strangers) {
      await expect(registered('settings:get')(event)).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });

  it('rejects bad arguments before a handler runs', async () => {
    await start();
    const [window] = FakeBrowserWindow.created;
    const event = { sender: window.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } };
    await expect(registered('shell:reveal')(event, 'relative/path')).resolves.toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
    await expect(registered('settings:update')(event, { theme: 'neon' })).resolves.toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('denies permission requests, serves the renderer over app:// and sets the menu', async () => {
    await start();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.session.defaultSession;
    const requestHandler = setPermissionRequestHandler.mock.calls[0][0] as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((setPermissionCheckHandler.mock.calls[0][0] as () => boolean)()).toBe(false);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', async () => {
    await start();
    const contents = fakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (details: { url: string }) => { action: string };
    expect(openHandler({ url: 'https://www.amocrm.ru/developers' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.amocrm.ru/developers');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'https://evil.example');
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('holds the close until the page has flushed its draft, then closes and remembers the bounds', async () => {
    await start();
    const [window] = FakeBrowserWindow.created;
    const fromApp = { sender: window.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } };
    window.close();
    expect(window.destroyed).toBe(false);
    const request = window.webContents.send.mock.calls.find(([channel]) => channel === 'window:close-request');
    expect(request).toBeDefined();
    const { requestId } = request?.[1] as { requestId: string };
    // The page saves its draft while the window is closing: that call is still the app's own.
    await expect(registered('drafts:save')(fromApp, '/w/widget', { companyName: 'Acme' })).resolves.toMatchObject({ ok: true });
    await expect(registered('window:close-ready')(fromApp, requestId)).resolves.toMatchObject({ ok: true });
    await flush();
    expect(window.destroyed).toBe(true);
    // Once the window is gone, nothing may speak for it any more.
    await expect(registered('settings:get')(fromApp)).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });

    FakeBrowserWindow.created = [];
    vi.resetModules();
    await start();
    expect(FakeBrowserWindow.created[0].options).toMatchObject({ x: 40, y: 50, width: 1100, height: 760 });
  });

  it('closes anyway when the page never answers the close request', async () => {
    await start();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const [window] = FakeBrowserWindow.created;
      window.close();
      expect(window.destroyed).toBe(false);
      await vi.advanceTimersByTimeAsync(3100);
      expect(window.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens a window for File > New when none is open (macOS) and delivers the command once the page listens', async () => {
    await start();
    const [first] = FakeBrowserWindow.created;
    const fromFirst = { sender: first.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } };
    await registered('app:take-notices')(fromFirst);
    first.close();
    await registered('window:close-ready')(fromFirst, (first.webContents.send.mock.calls.at(-1)?.[1] as { requestId: string }).requestId);
    await flush();
    expect(first.destroyed).toBe(true);

    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label: string; submenu?: { label?: string; click?: () => void }[] }[];
    const file = template.find((menu) => /File/.test(menu.label));
    file?.submenu?.find((item) => item.label === 'New Widget…')?.click?.();
    expect(FakeBrowserWindow.created).toHaveLength(2);
    const second = FakeBrowserWindow.created[1];
    expect(second.webContents.send).not.toHaveBeenCalledWith('menu:command', expect.anything());
    await registered('app:take-notices')({ sender: second.webContents, senderFrame: { url: 'app://renderer/index.html', parent: null } });
    expect(second.webContents.send).toHaveBeenCalledWith('menu:command', { command: 'new-widget' });
  });
});
