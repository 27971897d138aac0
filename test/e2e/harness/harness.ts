import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { EventChannel, EventContract } from '../../../shared/ipc/contract';
import type { MenuCommand } from '../../../shared/ipc/types';
import type { WidgetChecker } from '../../../electron/services/widget-checker';
import { createHarnessMain, type HarnessMain } from './main-side';
import { CHROMIUM_PATH, RENDERER_DIST, SCREENS_FOLDER } from './paths';
import { serveFolder, type StaticServer } from './static-server';
import { decodeWire, encodeWire } from './wire-codec';


const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let pageBridgeScript: Promise<string> | null = null;

/** page-bridge.ts as one classic script for addInitScript. */
function bundlePageBridge(): Promise<string> {
  pageBridgeScript ??= build({
    entryPoints: [join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return pageBridgeScript;
}

export interface Harness {
  page: Page;
  main: HarnessMain;
  userData: string;
  /** Page errors and CSP violations seen so far: a journey ends by asserting there were none. */
  problems: string[];
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** `fullPage` for screens that scroll the document (the project screen scrolls inside its content pane). */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Load the app again (same settings folder), as if it was restarted. */
  /** `<name>-light.png` and `<name>-dark.png` of the same state (the app follows the OS theme by default). */
  screenshotBothThemes(name: string, options?: { fullPage?: boolean }): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  userData?: string;
  viewport?: { width: number; height: number };
  /** Checks read the words in slides and logos, as the app does (off by default: it costs seconds). */
  readImageText?: boolean;
  /** The whole-widget check main uses (the app's worker thread); in-process when not given. */
  checker?: WidgetChecker;
}

/** The built renderer in Chromium, wired to the real main-process handlers. */
export async function launchHarness(options: LaunchOptions = {}): Promise<Harness> {
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'wp-e2e-userdata-')));
  const server: StaticServer = await serveFolder(RENDERER_DIST);
  const context: BrowserContext = await (await sharedBrowser()).newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 1,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });

  const emit = <C extends EventChannel>(channel: C, payload: EventContract[C]) => {
    page.evaluate(([name, data]) => window.__wpEmit(name, data), [channel, encodeWire(payload)] as const).catch(() => undefined);
  };
  const main = createHarnessMain(userData, emit, { readImageText: options.readImageText, checker: options.checker });

  await page.exposeFunction('__wpInvoke', async (channel: string, args: string) => {
    const envelope = await main.dispatch(channel, decodeWire(args) as unknown[]);
    return encodeWire(envelope);
  });
  await page.addInitScript({ content: await bundlePageBridge() });

  const open = async () => {
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('#root > *');
  };
  await open();

  return {
    page,
    main,
    userData,
    problems,
    sendMenuCommand: async (command) => {
      await page.evaluate(([data]) => window.__wpEmit('menu:command', data), [encodeWire(command)] as const);
    },
    screenshot: async (name, shotOptions = {}) => {
      await mkdir(SCREENS_FOLDER, { recursive: true });
      const path = join(SCREENS_FOLDER, `${name}.png`);
      // Let transitions settle so the picture shows the state, not a frame of an animation.
      await page.waitForTimeout(250);
      await page.screenshot({ path, fullPage: shotOptions.fullPage ?? false });
      return path;
    },
    screenshotBothThemes: async (name, shotOptions = {}) => {
      const shoot = async (scheme: 'light' | 'dark') => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
        await mkdir(SCREENS_FOLDER, { recursive: true });
        await page.waitForTimeout(250);
        await page.screenshot({ path: join(SCREENS_FOLDER, `${name}-${scheme}.png`), fullPage: shotOptions.fullPage ?? false });
      };
      const original = options.colorScheme ?? 'light';
      await shoot(original);
      await shoot(original === 'light' ? 'dark' : 'light');
      await page.emulateMedia({ colorScheme: original });
    },
    reload: open,
    close: async () => {
      await context.close();
      await server.close();
      if (!options.userData) await rm(userData, { recursive: true, force: true });
    },
  };
}
