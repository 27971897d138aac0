import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot run here): records what main asks of it
 * so tests can assert windows, IPC registration, menus and security handlers.
 */
export interface FakeWebContents extends EventEmitter {
  id: number;
  mainFrame: { url: string; parent: null };
  send: ReturnType<typeof vi.fn>;
  isDestroyed(): boolean;
  setWindowOpenHandler: ReturnType<typeof vi.fn>;
}

let nextContentsId = 1;

export function fakeWebContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.id = nextContentsId++;
  contents.mainFrame = { url: 'app://renderer/index.html', parent: null };
  contents.send = vi.fn();
  contents.isDestroyed = () => false;
  contents.setWindowOpenHandler = vi.fn();
  return contents;
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = fakeWebContents();
  readonly loadURL = vi.fn(async () => undefined);
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  static getAllWindows() {
    return FakeBrowserWindow.created;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 40, y: 50, width: 1100, height: 760 };
  }
}

export function createElectronMock(options: { userData: string; singleInstance?: boolean; locale?: string }) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: vi.fn(() => true),
    getPath: vi.fn((name: string) => (name === 'userData' ? options.userData : `/home/user/${name}`)),
    getLocale: vi.fn(() => options.locale ?? 'en-US'),
    getVersion: vi.fn(() => '1.2.3'),
    isPackaged: false,
  });
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn() };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  };
  const mock = {
    app,
    ipcMain,
    session,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
      encryptString: vi.fn((text: string) => Buffer.from(`x${text}`)),
      decryptString: vi.fn((buffer: Buffer) => buffer.toString().slice(1)),
    },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    clipboard: { writeText: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    net: { fetch: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  };
  return { ...mock, default: mock };
}
