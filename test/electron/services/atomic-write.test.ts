import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../../electron/services/atomic-write';

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

describe('writeFilesAtomic', () => {
  it('writes a set larger than it stages at once, every file whole', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wp-atomic-'));
    const files = Array.from({ length: 20 }, (_, index) => ({ path: join(folder, 'images', `f${index}.png`), data: `file ${index}`.repeat(1000) }));
    await writeFilesAtomic(files);
    expect((await readdir(join(folder, 'images'))).sort()).toEqual(files.map((file) => file.path.split('/').at(-1)).sort());
    for (const file of files) expect(await readFile(file.path, 'utf8')).toBe(file.data);
  });

  it('leaves nothing behind when one file of the set cannot be written, and names that file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wp-atomic-'));
    await mkdir(join(folder, 'f7.png'));
    const files = Array.from({ length: 20 }, (_, index) => ({ path: join(folder, `f${index}.png`), data: `file ${index}` }));
    await expect(writeFilesAtomic(files)).rejects.toThrow(/f7\.png is a folder/);
    // The folder that was in the way stays; no temp file and no other file of the set is left.
    expect(await readdir(folder)).toEqual(['f7.png']);
  });
});
