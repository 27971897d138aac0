import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

type Resolve = (request: string, ...rest: unknown[]) => string;
const NATIVE_LINUX_SHARP = /^@img\/sharp-(linux|linuxmusl)-[^/]+\/sharp\.node$/;

/**
 * Inside Electron on Linux, make sharp load its WebAssembly build (@img/sharp-wasm32): Electron's
 * binary links the system GLib and native libvips brings its own; two GLibs in one process corrupt
 * each other (GLib-GObject-CRITICAL, then SIGSEGV; sharp's install docs, "Electron and Linux"). The
 * packaged Linux app ships no native sharp at all (electron-builder.yml); this covers `npm start`
 * and `npm run test:electron`, which run from node_modules. Must run before sharp is first loaded.
 * Elsewhere (macOS, Windows, the CLI on Node) it does nothing.
 */
export function preferSharpWasm(platform: string = process.platform, electron: string | undefined = process.versions.electron): boolean {
  if (platform !== 'linux' || !electron) return false;
  const moduleClass = createRequire(import.meta.url)('node:module') as { _resolveFilename: Resolve };
  const original = moduleClass._resolveFilename;
  moduleClass._resolveFilename = function resolveWithoutNativeSharp(this: unknown, request: string, ...rest: unknown[]) {
    if (NATIVE_LINUX_SHARP.test(request)) throw Object.assign(new Error(`Cannot find module '${request}' (native sharp is not used inside Electron on Linux)`), { code: 'MODULE_NOT_FOUND' });
    return original.call(this, request, ...rest);
  };
  return true;
}

interface SharpConcurrency {
  versions: Record<string, string | undefined>;
  concurrency(threads?: number): number;
}

/**
 * On the WebAssembly build, let one image's operations use every core. sharp picks 1 thread an image on
 * glibc Linux to limit native malloc's fragmentation, and applies that to the WebAssembly build too,
 * whose memory is its own heap; there the studio's tail (the last slides, the large logo) ran on one
 * core: a logo set and 9 slides took 636 instead of 562 ms (bench/README.md). Native builds keep sharp's
 * choice. Returns the threads an image may use.
 */
export function useEveryCoreOnWasm(sharp: SharpConcurrency, cores: number = availableParallelism()): number {
  if (!sharp.versions.emscripten) return sharp.concurrency();
  return sharp.concurrency(Math.max(1, cores));
}
