/** See build.mjs. */
export function buildNodeBundles(outDir?: string, only?: readonly string[] | null): Promise<void>;
