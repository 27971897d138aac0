import { join } from 'node:path';
import { writeFilesAtomic } from '../atomic-write';
import { assertOutputFolder } from '../output-path';
import type { GeneratedImage } from './generated-image';

/**
 * Save generated images into a folder as one set: every file is written before any is renamed into
 * place, so a bad source or a full disk never leaves half a set behind. Returns the written paths.
 */
export async function writeImageSet(files: readonly Pick<GeneratedImage, 'file' | 'data'>[], outFolder: string): Promise<string[]> {
  await assertOutputFolder(outFolder, outFolder);
  const paths = files.map((image) => join(outFolder, image.file));
  await writeFilesAtomic(files.map((image, index) => ({ path: paths[index], data: image.data })));
  return paths;
}
