import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temp file behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wp-atomic-'));
    const target = join(folder, 'manifest.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['manifest.json']);
  });

  it('keeps the old file when the write fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wp-atomic-'));
    const target = join(folder, 'sub');
    await writeFile(target, 'old');
    // Writing "inside" a regular file cannot work; the original must survive untouched.
    await expect(writeFileAtomic(join(target, 'x.json'), 'new')).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
  });
});
