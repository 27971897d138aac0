import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot run here): records what main asks of it
 * so tests can assert windows, IPC registration, menus and security handlers. It enforces Electron's
 * ordering rules: windows, protocol handlers, sessions, dialogs, menus and the screen only after
 * `ready`; privileged schemes only before it. A rule broken is an exception, as in Electron.
 */
export interface FakeWebContents extends EventEmitter {
  id: number;
  mainFrame: { url: string; parent: null };
  send: ReturnType<typeof vi.fn>;
  isDestroyed(): boolean;
  isCrashed(): boolean;
  setWindowOpenHandler: ReturnType<typeof vi.fn>;
}

let nextContentsId = 1;

export function fakeWebContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.id = nextContentsId++;
  contents.mainFrame = { url: 'app://renderer/index.html', parent: null };
  contents.send = vi.fn();
  contents.isDestroyed = () => false;
  contents.isCrashed = () => false;
  contents.setWindowOpenHandler = vi.fn();
  return contents;
}

const readiness = { ready: false };

function afterReady(what: string): void {
  if (!readiness.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = fakeWebContents();
  readonly loadURL = vi.fn(async () => undefined);
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.webContents.isDestroyed = () => true;
    this.emit('closed');
  });
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    afterReady('BrowserWindow');
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

export interface ElectronMockOptions {
  userData: string;
  singleInstance?: boolean;
  locale?: string;
  /** false: `ready` comes only when the test calls `becomeReady()`. */
  autoReady?: boolean;
  /** app.getPath answers; a name mapped to an Error throws it (as Documents does on some Windows machines). */
  paths?: Record<string, string | Error>;
}

export function createElectronMock(options: ElectronMockOptions) {
  readiness.ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = () => {
      readiness.ready = true;
      resolve();
    };
  });
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => {
      // Like Electron, `ready` comes after the main script's first turn; the tests drive it themselves with autoReady false.
      if (options.autoReady !== false) setTimeout(markReady, 0);
      return readyPromise;
    }),
    isReady: vi.fn(() => readiness.ready),
    getPath: vi.fn((name: string) => {
      const answer = options.paths?.[name] ?? (name === 'userData' ? options.userData : `/home/user/${name}`);
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    getLocale: vi.fn(() => options.locale ?? 'en-US'),
    getVersion: vi.fn(() => '1.2.3'),
    isPackaged: false,
  });
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn() };
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  const session = {
    get defaultSession() {
      afterReady('session.defaultSession');
      return defaultSession;
    },
  };
  const guarded = <T extends (...args: never[]) => unknown>(what: string, fn: T) =>
    vi.fn((...args: Parameters<T>) => {
      afterReady(what);
      return fn(...args) as ReturnType<T>;
    });
  const screen = { getAllDisplays: guarded('screen', () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) };
  const mock = {
    app,
    ipcMain,
    session,
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: guarded('Menu', (template: unknown) => ({ template })),
      setApplicationMenu: guarded('Menu', (_menu: unknown) => undefined),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown) => {
        if (readiness.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
      }),
      handle: guarded('protocol.handle', (_scheme: string, _handler: unknown) => undefined),
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
      encryptString: vi.fn((text: string) => Buffer.from(`x${text}`)),
      decryptString: vi.fn((buffer: Buffer) => buffer.toString().slice(1)),
    },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    clipboard: { writeText: vi.fn() },
    screen: {
      get getAllDisplays() {
        return screen.getAllDisplays;
      },
    },
    net: { fetch: vi.fn() },
    dialog: {
      showOpenDialog: guarded('dialog', async (..._args: unknown[]) => ({ canceled: true, filePaths: [] })),
      showSaveDialog: guarded('dialog', async (..._args: unknown[]) => ({ canceled: true })),
      showMessageBox: guarded('dialog', async (..._args: unknown[]) => ({ response: 1 })),
      // Electron allows this one before ready: it is how a failed start is reported.
      showErrorBox: vi.fn(),
    },
  };
  return { ...mock, default: mock, becomeReady: () => markReady() };
}
