import { lstat, open } from 'node:fs/promises';
import { parseWidgetConfig, type WidgetConfig } from '../../shared/config/widget-config';
import { decodeText } from '../../shared/text/text-decoding';
import { UserError } from './user-error';

/** widget-publisher.json is a few kilobytes; anything far larger is not one. */
export const MAX_CONFIG_FILE_BYTES = 256 * 1024;
/** A text for the moderation request (how it works, instructions, test data): pages, not megabytes. */
export const MAX_REQUEST_TEXT_BYTES = 64 * 1024;

/**
 * The text of a file the user named, read only when it is a regular file within `maxBytes`: a FIFO,
 * a device or a folder is refused instead of blocking or reading forever. The size is checked on the
 * opened handle, so the file cannot be swapped between the check and the read.
 */
export async function readUserTextFile(path: string, shownAs: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    // Opening a FIFO would hang and a link may lead anywhere: look at the path itself first.
    const info = await lstat(path);
    if (!info.isFile()) throw new UserError(`${shownAs} is not a regular file (a folder, link or device). Give the path of a text file.`, path);
    handle = await open(path, 'r');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`${shownAs}: no such file.`, path);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${shownAs}: permission denied. Give yourself read access and try again.`, path);
    throw new UserError(`Cannot read ${shownAs}: ${(error as Error).message}.`, path);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`${shownAs} is not a regular file (a folder, link or device). Give the path of a text file.`, path);
    if (info.size > maxBytes) {
      throw new UserError(`${shownAs} is ${Math.ceil(info.size / 1024)} KB; at most ${maxBytes / 1024} KB is read. Is it the right file?`, path);
    }
    return decodeText(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * widget-publisher.json named by the user or found beside a widget. The one place the CLI reads a
 * config file outside a widget folder, so a stricter reader can replace it in one step.
 */
export async function readConfigFile(path: string, shownAs: string): Promise<WidgetConfig> {
  return parseWidgetConfig(await readUserTextFile(path, shownAs, MAX_CONFIG_FILE_BYTES), shownAs);
}
