import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import type { GeneratedImage } from './generated-image';

/**
 * Save generated images into a folder, each atomically. Call it only once every image of the set
 * was made, so a bad source never leaves half a set behind. Returns the written paths.
 */
export async function writeImageSet(files: readonly Pick<GeneratedImage, 'file' | 'data'>[], outFolder: string): Promise<string[]> {
  const paths = files.map((image) => join(outFolder, image.file));
  await Promise.all(files.map((image, index) => writeFileAtomic(paths[index], image.data)));
  return paths;
}
