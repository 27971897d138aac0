import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that readers see either the old content or the new one, never half of it:
 * write a temp file in the same folder, flush it, then rename it over the target. An aborted `signal`
 * stops before the rename and removes the temp file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: { signal?: AbortSignal } = {}): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data, { signal: options.signal });
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A cancel that came while writing leaves the target as it was.
    options.signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
