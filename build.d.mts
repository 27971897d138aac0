/** See build.mjs. */
export function buildNodeBundles(outDir?: string, only?: readonly string[] | null): Promise<void>;
/** The esbuild plugin that loads sharp's WebAssembly build inside Electron on Linux. */
export const sharpForElectron: import('esbuild').Plugin;
/** esbuild options for one Node ES module with external dependencies. */
export const NODE_ESM_BUNDLE: import('esbuild').BuildOptions;
/** Build the CLI (index.js and program.cjs) into `outdir`. */
export function buildCli(outdir: string): Promise<void>;
/** esbuild options of the CLI's entry (dist/cli/index.js). */
export const CLI_ENTRY: import('esbuild').BuildOptions;
/** esbuild options of the CLI's program (dist/cli/program.cjs), which the entry runs through V8's code cache. */
export const CLI_PROGRAM: import('esbuild').BuildOptions;
/** `text` with every non-ASCII character written as a \uXXXX escape; throws at one right after a backslash. */
export function asciiOnly(text: string, file: string): string;
