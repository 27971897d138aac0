import type { PlatformId } from '../../shared/platform/profiles';
import { userCacheFolder } from '../services/image-text/cache-folder';
import { readImageTexts } from '../services/image-text/image-text-reader';
import type { CliContext } from './cli-context';
import type { LoadedWidget } from './load-widget';

/** Paths inside a zip are the widget author's: no terminal control characters reach the screen. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}

/**
 * Reads the words in the widget's slides and logos (image/foreign-text) into the snapshot, unless `--no-ocr`.
 * Results are cached in the user's cache folder; an image that cannot be read is said on stderr, and the
 * check goes on without it.
 */
export async function withImageText(cli: CliContext, widget: LoadedWidget, options: { ocr: boolean; platform?: PlatformId }): Promise<LoadedWidget> {
  if (!options.ocr) return widget;
  const result = await readImageTexts(widget.snapshot, widget.config, { cacheFolder: userCacheFolder(cli.env), platform: options.platform });
  for (const problem of result.problems) cli.err(`Could not read the words in ${printable(problem)}; image/foreign-text skipped it.\n`);
  return { ...widget, snapshot: { ...widget.snapshot, imageText: result.texts } };
}
