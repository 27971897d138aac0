import { availableParallelism } from 'node:os';
import type { Worker } from 'tesseract.js';
import { createRuleContext } from '../../../shared/check/rule-context';
import { resolvePlatform } from '../../../shared/check/run-rules';
import type { WidgetConfig } from '../../../shared/config/widget-config';
import type { ImageText, ImageWord, WidgetSnapshot } from '../../../shared/model/snapshot';
import { IMAGE_TEXT_LIMITS } from '../../../shared/platform/image-text-limits';
import { platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import { textImages } from '../../../shared/rules/image/text-images';
import { cacheKey, readCachedText, writeCachedText } from './image-text-cache';
import { prepareRecognitionData, recognizerVersion, workerScriptPath } from './recognition-data';

/** The rule that uses the words: when the config turns it off, no image is read at all. */
export const IMAGE_TEXT_RULE = 'image/foreign-text';
/** Our own preparation of the image (grey, enlarged): part of the cache key, so a change reads images again. */
const PREPARATION_VERSION = `grey-${IMAGE_TEXT_LIMITS.upscale.factor}x-sparse-2`;

/** Recognition runs in worker threads, at most this many at once (each holds its data, ~100 MB). */
const MAX_WORKERS = 2;

interface PendingImage {
  path: string;
  bytes: Uint8Array;
  key: string;
}

export interface ReadImageTextOptions {
  /** Cached results and the recognition data go here (the user's cache folder, the app's data folder). */
  cacheFolder: string;
  platform?: PlatformId;
  /** Only take what the cache holds; never start the recogniser (the app's wizard, right after a check read them). */
  cachedOnly?: boolean;
  /** Called after each image, for progress (0..1). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImageTextResult {
  /** Words by image path: goes into `snapshot.imageText`. */
  texts: Record<string, ImageText>;
  /** Images read now (not from the cache). */
  recognized: number;
  /** Images that could not be read, in plain words (the check goes on without them). */
  problems: string[];
}

/** Shown to the recogniser: grey, and enlarged when the interface text would be too small to read well. */
async function prepareImage(bytes: Uint8Array): Promise<{ png: Buffer; scale: number }> {
  const { default: sharp } = await import('sharp');
  const image = sharp(bytes, { limitInputPixels: IMAGE_TEXT_LIMITS.maxPixels, failOn: 'error' }).rotate().flatten({ background: '#ffffff' });
  const meta = await image.metadata();
  const shortSide = Math.min(meta.width ?? 0, meta.height ?? 0);
  const { below, factor } = IMAGE_TEXT_LIMITS.upscale;
  const scale = shortSide > 0 && shortSide < below ? factor : 1;
  const sized = scale === 1 ? image : image.resize({ width: Math.round((meta.width ?? 0) * scale), kernel: 'lanczos3' });
  return { png: await sized.greyscale().png({ compressionLevel: 1 }).toBuffer(), scale };
}

interface TesseractWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

function wordsOf(blocks: unknown, scale: number): ImageWord[] {
  const words: ImageWord[] = [];
  for (const block of (blocks ?? []) as Array<{ paragraphs: Array<{ lines: Array<{ words: TesseractWord[] }> }> }>) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          words.push({
            text,
            confidence: Math.round(word.confidence),
            box: {
              x: Math.round(word.bbox.x0 / scale),
              y: Math.round(word.bbox.y0 / scale),
              width: Math.round((word.bbox.x1 - word.bbox.x0) / scale),
              height: Math.round((word.bbox.y1 - word.bbox.y0) / scale),
            },
          });
        }
      }
    }
  }
  return words;
}

/**
 * Read the words in a widget's tour slides and large logos, for image/foreign-text. Results are cached by
 * image content; new images are read by tesseract.js in a worker thread, from recognition data on this
 * machine (never downloaded). One image that cannot be read is reported in `problems`, not thrown.
 */
export async function readImageTexts(snapshot: WidgetSnapshot, config: WidgetConfig, options: ReadImageTextOptions): Promise<ImageTextResult> {
  const result: ImageTextResult = { texts: {}, recognized: 0, problems: [] };
  if (config.rules?.[IMAGE_TEXT_RULE] === 'off') return result;
  const context = createRuleContext(snapshot, platformProfile(resolvePlatform({ platform: options.platform, config })), config);
  const all = textImages(context);
  const images = all.slice(0, IMAGE_TEXT_LIMITS.maxImages);
  if (all.length > images.length) {
    result.problems.push(`${all.length - images.length} more images (from ${all[images.length].path} on): at most ${images.length} are read per check`);
  }
  const version = `${recognizerVersion()}, ${PREPARATION_VERSION}`;
  const pending = new Map<string, PendingImage[]>();
  let done = 0;
  for (const image of images) {
    const bytes = context.file(image.path)?.bytes;
    if (!bytes) continue;
    const key = cacheKey(bytes, image.languages, version);
    const cached = await readCachedText(options.cacheFolder, key);
    if (cached) {
      result.texts[image.path] = cached;
      done += 1;
      continue;
    }
    pending.set(image.languages, [...(pending.get(image.languages) ?? []), { path: image.path, bytes, key }]);
  }
  options.onProgress?.(done, images.length);
  if (pending.size === 0 || options.cachedOnly) return result;

  // Loaded only when an image is not in the cache: both take longer to load than a small widget takes to check.
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const langPath = await prepareRecognitionData(options.cacheFolder, [...new Set([...pending.keys()].flatMap((languages) => languages.split('+')))]);
  const recognizeAll = async (languages: string, items: PendingImage[]): Promise<void> => {
    let worker: Worker | null = null;
    try {
      worker = await createWorker(languages.split('+'), OEM.LSTM_ONLY, {
        langPath,
        gzip: true,
        // Never write data next to the user's files, never look for it anywhere but langPath.
        cacheMethod: 'none',
        workerPath: workerScriptPath(),
        errorHandler: () => undefined,
      });
      // A screenshot is text scattered over panels, not a page: tesseract.js reads one uniform block by
      // default, which drops whole rows of a slide (its toolbar, the first menu item). Sparse text finds them.
      // Prepared PNGs carry no usable resolution: 70 is what Tesseract falls back to (said up front, it does not
      // warn), and from there it estimates one from the text's size. Its diagnostics ("Estimating resolution
      // as 186") would reach the user's terminal: they go to /dev/null, which Tesseract's tprintf skips.
      await worker.setParameters({ user_defined_dpi: '70', tessedit_pageseg_mode: PSM.SPARSE_TEXT, debug_file: '/dev/null' });
      for (const item of items) {
        try {
          const { png, scale } = await prepareImage(item.bytes);
          const { data } = await worker.recognize(png, {}, { blocks: true, text: false });
          const text: ImageText = { languages, words: wordsOf(data.blocks, scale) };
          result.texts[item.path] = text;
          result.recognized += 1;
          await writeCachedText(options.cacheFolder, item.key, text).catch(() => undefined);
        } catch (error) {
          result.problems.push(`${item.path}: ${error instanceof Error ? error.message : String(error)}`);
        }
        done += 1;
        options.onProgress?.(done, images.length);
      }
    } catch (error) {
      result.problems.push(`text recognition (${languages}) could not start: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await worker?.terminate().catch(() => undefined);
    }
  };
  for (const [languages, items] of pending) {
    // A worker costs a second to start: a second one pays off from three images on, on two cores or more.
    const workers = items.length >= 3 ? Math.min(MAX_WORKERS, availableParallelism()) : 1;
    await Promise.all(Array.from({ length: workers }, (_, index) => recognizeAll(languages, items.filter((__, at) => at % workers === index))));
  }
  return result;
}
