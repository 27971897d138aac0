/** See build.mjs. */
export function buildNodeBundles(outDir?: string, only?: readonly string[] | null): Promise<void>;
/** The esbuild plugin that loads sharp's WebAssembly build inside Electron on Linux. */
export const sharpForElectron: import('esbuild').Plugin;
/** esbuild options for one Node ES module with external dependencies. */
export const NODE_ESM_BUNDLE: import('esbuild').BuildOptions;
/** Build the CLI (index.js and its chunks/) into `outdir`. */
export function buildCli(outdir: string): Promise<void>;
/** esbuild options of the CLI bundle. */
export const CLI_BUNDLE: import('esbuild').BuildOptions;
