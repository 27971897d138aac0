import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..');

/** What a native dialog answers next, queued in the main process (null = the user cancelled). */
export type DialogAnswer = { open: string[] } | { save: string } | null;

export interface ElectronApp {
  app: ElectronApplication;
  page: Page;
  /** Page errors and console errors seen so far: a journey ends by asserting there were none. */
  problems: string[];
  answerNextDialog(answer: DialogAnswer): Promise<void>;
  /** Paths main asked the OS to reveal in the file manager. */
  revealed(): Promise<string[]>;
  /** True when the app runs with the Chromium sandbox on (no --no-sandbox switch). */
  sandboxed(): Promise<boolean>;
  /** The fresh userData folder of this launch (--user-data-dir). */
  readonly userData: string;
  close(): Promise<void>;
}

/**
 * The app as `npm start` runs it (the built dist/ under the installed Electron), with its own
 * settings folder, and the OS dialogs and the file manager replaced in the main process: native
 * dialogs cannot be driven, everything else is the real thing.
 */
export async function launchApp(): Promise<ElectronApp> {
  const home = await mkdtemp(join(tmpdir(), 'wp-electron-home-'));
  const userData = join(home, 'user-data');
  const app = await _electron.launch({
    executablePath: process.env.WP_ELECTRON_BINARY,
    // Electron takes --user-data-dir as the userData folder (shell/app/electron_main_delegate.cc): a fresh one
    // per launch on every OS (Windows and macOS ask the system for app data, not HOME or %APPDATA%), which also
    // keeps the single-instance lock away from a copy of the app the developer has open.
    args: [`--user-data-dir=${userData}`, ROOT],
    cwd: ROOT,
    // Playwright adds --no-sandbox on Linux unless told otherwise; the app must run as users run it.
    chromiumSandbox: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData'), LANG: 'en_US.UTF-8' },
  });
  await app.evaluate(({ dialog, shell }) => {
    const queue: DialogAnswer[] = [];
    const revealed: string[] = [];
    Object.assign(globalThis, { __wpDialogs: queue, __wpRevealed: revealed });
    dialog.showOpenDialog = (async () => {
      const next = queue.shift();
      return next && 'open' in next ? { canceled: false, filePaths: next.open } : { canceled: true, filePaths: [] };
    }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async () => {
      const next = queue.shift();
      return next && 'save' in next ? { canceled: false, filePath: next.save } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
    shell.showItemInFolder = (path: string) => void revealed.push(path);
  });
  const page = await app.firstWindow();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    problems,
    answerNextDialog: (answer) => app.evaluate((_electron, next) => void (globalThis as unknown as { __wpDialogs: DialogAnswer[] }).__wpDialogs.push(next), answer),
    revealed: () => app.evaluate(() => [...(globalThis as unknown as { __wpRevealed: string[] }).__wpRevealed]),
    sandboxed: () => app.evaluate(({ app: electronApp }) => !electronApp.commandLine.hasSwitch('no-sandbox')),
    userData,
    close: async () => {
      // On Windows and Linux the app quits with its last window; closing again is then a no-op.
      await app.close().catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}
