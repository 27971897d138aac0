/** See build.mjs. */
export function buildNodeBundles(outDir?: string, only?: readonly string[] | null): Promise<void>;
/** The esbuild plugin that loads sharp's WebAssembly build inside Electron on Linux. */
export const sharpForElectron: import('esbuild').Plugin;
/** esbuild options for one Node ES module with external dependencies. */
export const NODE_ESM_BUNDLE: import('esbuild').BuildOptions;
