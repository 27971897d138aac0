import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageText, ImageWord } from '../../../shared/model/snapshot';
import { writeFileAtomic } from '../atomic-write';

/** Cached results over this size are not ours (a slide has at most a few hundred words). */
const MAX_ENTRY_BYTES = 2_000_000;

/** Results by image content: the same bytes read with the same data and recogniser give the same words. */
export function cacheKey(bytes: Uint8Array, languages: string, version: string): string {
  return createHash('sha256').update(bytes).update('\n').update(languages).update('\n').update(version).digest('hex');
}

function entryPath(folder: string, key: string): string {
  return join(folder, 'results', key.slice(0, 2), `${key}.json`);
}

function isWord(value: unknown): value is ImageWord {
  if (typeof value !== 'object' || value === null) return false;
  const word = value as Record<string, unknown>;
  const box = word.box as Record<string, unknown> | undefined;
  return (
    typeof word.text === 'string' &&
    typeof word.confidence === 'number' &&
    typeof box === 'object' &&
    box !== null &&
    ['x', 'y', 'width', 'height'].every((side) => typeof box[side] === 'number')
  );
}

/** A cached result, or null when there is none or it is damaged (then the image is read again). */
export async function readCachedText(folder: string, key: string): Promise<ImageText | null> {
  try {
    const text = await readFile(entryPath(folder, key), 'utf8');
    if (text.length > MAX_ENTRY_BYTES) return null;
    const value = JSON.parse(text) as { key?: unknown; languages?: unknown; words?: unknown };
    if (value.key !== key || typeof value.languages !== 'string' || !Array.isArray(value.words) || !value.words.every(isWord)) return null;
    return { languages: value.languages, words: value.words };
  } catch {
    return null;
  }
}

export async function writeCachedText(folder: string, key: string, text: ImageText): Promise<void> {
  await writeFileAtomic(entryPath(folder, key), JSON.stringify({ key, ...text }));
}
