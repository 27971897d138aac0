import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { JSHandle, Locator, Page } from 'playwright-core';

/** The types a file manager's drag gives common files (Chromium takes them from the extension). */
const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/**
 * A file on disk as a drag from the file manager carries it: a File in the page with its name, type
 * and bytes, for which `window.api.pathForFile` answers its absolute path. A File made any other
 * way answers '', as in Electron.
 */
export async function registerDropFile(page: Page, path: string): Promise<JSHandle<File>> {
  const data = (await readFile(path)).toString('base64');
  const type = MEDIA_TYPES[extname(path).toLowerCase()] ?? '';
  return page.evaluateHandle(
    ({ data: base64, name, type: mediaType, path: onDisk }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const file = new File([bytes], name, { type: mediaType });
      window.__wpRegisterDropFile(file, onDisk);
      return file;
    },
    { data, name: basename(path), type, path },
  );
}

/** The DataTransfer of one drag: the same object travels with its dragenter, dragover and drop. */
export function dragOf(page: Page, files: readonly JSHandle<File>[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(file);
    return transfer;
  }, [...files]);
}

export type DragEventType = 'dragenter' | 'dragover' | 'dragleave' | 'drop';

/** One DragEvent at the target (bubbling and cancelable, as the browser fires it). */
export async function fireDrag(target: Locator, type: DragEventType, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
  await target.dispatchEvent(type, { dataTransfer });
}

/** Files dragged over the target and let go: dragenter, dragover, drop. */
export async function dropFiles(target: Locator, files: readonly JSHandle<File>[]): Promise<void> {
  const dataTransfer = await dragOf(target.page(), files);
  for (const type of ['dragenter', 'dragover', 'drop'] as const) await fireDrag(target, type, dataTransfer);
  await dataTransfer.dispose();
}
