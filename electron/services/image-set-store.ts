import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { IMAGE_SET_ID_PATTERN, STUDIO_ADVICE } from '../../shared/ipc/image-types';
import { writeFileAtomic } from './atomic-write';
import type { GeneratedImage, StudioWarning } from './image-studio';

const INDEX_FILE = 'set.json';
/** A generated file name as the image studio makes them (`logo_main.png`, `tour_2_en.jpg`). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

const indexSchema = z.object({
  images: z.array(
    z.object({
      file: z.string().regex(FILE_NAME),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      bytes: z.number().int().nonnegative(),
      encoding: z.string().max(64),
      mediaType: z.enum(['image/png', 'image/jpeg']),
    }),
  ),
  warnings: z.array(z.object({ file: z.string().max(256), message: z.string().max(2_000), advice: z.enum(STUDIO_ADVICE).optional() })),
});

export interface StoredImageSet {
  id: string;
  images: GeneratedImage[];
  warnings: StudioWarning[];
}

export interface ImageSetStoreOptions {
  /** Sets beyond this many (newest kept) are removed by prune(). */
  maxSets?: number;
  /** Sets older than this are removed by prune(). */
  maxAgeMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Images the studio made but the user has not saved into a widget yet. They are kept on disk under
 * the app's data folder, so closing the app does not lose them: the draft remembers the set id and
 * the wizard shows the same images again after a restart. Only main ever names a set.
 */
export class ImageSetStore {
  private readonly maxSets: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly folder: string,
    options: ImageSetStoreOptions = {},
  ) {
    this.maxSets = options.maxSets ?? 40;
    this.maxAgeMs = options.maxAgeMs ?? 30 * DAY_MS;
  }

  /** Keep a finished set; the folder appears whole or not at all (written aside, then renamed). */
  async put(images: readonly GeneratedImage[], warnings: readonly StudioWarning[]): Promise<string> {
    const id = `set-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
    const staging = join(this.folder, `.${id}.partial`);
    await mkdir(staging, { recursive: true });
    try {
      for (const image of images) {
        if (!FILE_NAME.test(image.file)) throw new Error(`Unexpected generated file name ${image.file}`);
        await writeFileAtomic(join(staging, image.file), image.data);
      }
      const index = { images: images.map(({ data: _data, ...meta }) => meta), warnings };
      await writeFileAtomic(join(staging, INDEX_FILE), JSON.stringify(index));
      await rename(staging, join(this.folder, id));
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    return id;
  }

  /** The set as it was made, or null when the id is unknown, removed, or its files were damaged. */
  async get(id: string): Promise<StoredImageSet | null> {
    if (!IMAGE_SET_ID_PATTERN.test(id)) return null;
    const setFolder = join(this.folder, id);
    try {
      const index = indexSchema.parse(JSON.parse(await readFile(join(setFolder, INDEX_FILE), 'utf8')));
      const images: GeneratedImage[] = [];
      for (const meta of index.images) {
        const data = await readFile(join(setFolder, meta.file));
        if (data.length !== meta.bytes) return null;
        images.push({ ...meta, encoding: meta.encoding as GeneratedImage['encoding'], data });
      }
      return { id, images, warnings: index.warnings };
    } catch {
      return null;
    }
  }

  /** Drop sets nobody will ask for again: the oldest beyond the count, anything past the age, leftovers of a crash. */
  async prune(now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return 0;
    }
    const sets: { name: string; time: number }[] = [];
    const doomed: string[] = [];
    for (const name of names) {
      const time = await stat(join(this.folder, name)).then((info) => info.mtimeMs, () => null);
      if (time === null) continue;
      if (!IMAGE_SET_ID_PATTERN.test(name)) {
        // A staging folder of a write that never finished.
        if (name.endsWith('.partial') && now - time > DAY_MS) doomed.push(name);
        continue;
      }
      if (now - time > this.maxAgeMs) doomed.push(name);
      else sets.push({ name, time });
    }
    sets.sort((a, b) => b.time - a.time);
    doomed.push(...sets.slice(this.maxSets).map((set) => set.name));
    for (const name of doomed) await rm(join(this.folder, name), { recursive: true, force: true });
    return doomed.length;
  }
}
