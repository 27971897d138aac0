import { createRequire } from 'node:module';

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
