import { DEFAULT_PLATFORM, platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import { UserError } from '../user-error';
import { loadSource, type SourceImage } from './decode-source';
import { encodeJpeg, encodeJpegWithinBudget, encodePngWithinBudget, type EncodedImage } from './encode-within-budget';
import { formatBytes, SOFT_ENLARGEMENT, type GeneratedImage, type StudioWarning } from './generated-image';
import { frameFrom, type FramePipeline } from './render-frame';
import { resolveFrameOptions, type FrameOptions, type ImageSource, type ResolvedFrameOptions } from './studio-options';

export type SlideFormat = 'png' | 'jpeg';
export const SLIDE_FORMATS: readonly SlideFormat[] = ['png', 'jpeg'];

export interface SlideOptions extends FrameOptions {
  platform?: PlatformId;
  /** PNG by default (the checklist's format); JPEG where the user keeps photos as JPEG. */
  format?: SlideFormat;
  /** Number of the first slide (tour_<first>_<locale>); 1 by default. */
  firstNumber?: number;
  /** Defaults to the platform's limit (300,000 bytes). */
  maxBytes?: number;
}

export interface SlideResult {
  files: GeneratedImage[];
  warnings: StudioWarning[];
}

/** The JPEG quality offered as the alternative when a PNG slide had to lose colours. */
const OFFERED_JPEG_QUALITY = 85;
const WHITE = { r: 255, g: 255, b: 255 };

export function slideFileName(number: number, locale: string, format: SlideFormat): string {
  return `tour_${number}_${locale}.${format === 'jpeg' ? 'jpg' : 'png'}`;
}

/**
 * Tour (slideshow) images for one locale at the platform's slide size, named as the manifest expects.
 * Screenshots are letterboxed on white by default (contain); cover fills the frame and crops.
 */
export async function makeSlides(sources: readonly ImageSource[], locale: string, options: SlideOptions = {}): Promise<SlideResult> {
  const profile = platformProfile(options.platform ?? DEFAULT_PLATFORM);
  const { slide } = profile.images;
  const format = options.format ?? 'png';
  if (!SLIDE_FORMATS.includes(format)) throw new UserError(`The slide format "${String(format)}" is unknown: use png or jpeg.`);
  if (!/^[a-z]{2,3}$/.test(locale)) throw new UserError(`The locale "${locale}" is not a language code such as en or ru.`);
  const first = options.firstNumber ?? 1;
  const last = first + sources.length - 1;
  if (sources.length < 1) throw new UserError(`Give at least ${slide.min} slide image.`);
  if (!Number.isInteger(first) || first < 1 || last > slide.max) {
    throw new UserError(
      `${profile.displayName} shows ${slide.min} to ${slide.max} slides per locale; these would be numbered ${first} to ${last}. Give at most ${slide.max} images.`,
    );
  }
  const resolved = resolveFrameOptions(options, { background: '#FFFFFF', padding: 0 });
  // A JPEG letterbox cannot be transparent: white, as the default.
  const frameOptions = format === 'jpeg' && !resolved.background ? { ...resolved, background: WHITE } : resolved;
  const maxBytes = options.maxBytes ?? profile.images.maxBytes;
  const frame = { width: slide.width, height: slide.height };

  const results = await Promise.all(
    sources.map(async (source, index) => {
      const file = slideFileName(first + index, locale, format);
      const image = await loadSource(source, `slide ${index + 1}`, [{ ...frame, ...frameOptions }]);
      const output = frameFrom(image, frame, frameOptions);
      const encoded =
        format === 'jpeg' ? await encodeJpegWithinBudget(output, maxBytes, frameOptions.background) : await encodePngWithinBudget(output, maxBytes);
      const warnings = await slideWarnings(file, image, output, encoded, maxBytes, frameOptions);
      const generated: GeneratedImage = {
        file,
        width: output.width,
        height: output.height,
        bytes: encoded.data.length,
        encoding: encoded.encoding,
        mediaType: format === 'jpeg' ? 'image/jpeg' : 'image/png',
        data: encoded.data,
      };
      return { generated, warnings };
    }),
  );
  return { files: results.map((result) => result.generated), warnings: results.flatMap((result) => result.warnings) };
}

async function slideWarnings(
  file: string,
  image: SourceImage,
  output: FramePipeline,
  encoded: EncodedImage,
  maxBytes: number,
  options: ResolvedFrameOptions,
): Promise<StudioWarning[]> {
  const warnings: StudioWarning[] = [];
  if (!image.vector && output.scaleFromOriginal > SOFT_ENLARGEMENT) {
    warnings.push({
      file,
      message: `${image.name} is ${image.original.width} x ${image.original.height}, so it was enlarged ${output.scaleFromOriginal.toFixed(1)}x and may look soft; take the screenshot at ${output.width} x ${output.height} or larger.`,
    });
  }
  if (encoded.losslessBytes !== undefined) {
    const jpeg = await encodeJpeg(output, OFFERED_JPEG_QUALITY, options.background);
    const colours = encoded.encoding.replace('png-palette-', '');
    const offer =
      jpeg.length <= maxBytes
        ? ` A JPEG at quality ${OFFERED_JPEG_QUALITY} would be ${formatBytes(jpeg.length)} with full colour: JPEG suits photos.`
        : '';
    warnings.push({
      file,
      message: `lossless PNG would be ${formatBytes(encoded.losslessBytes)}, over the ${formatBytes(maxBytes)} limit; saved with ${colours} colours (${formatBytes(encoded.data.length)}).${offer}`,
      ...(offer ? { advice: 'jpeg-slides' as const } : {}),
    });
  } else if (encoded.encoding.startsWith('jpeg-') && encoded.encoding !== 'jpeg-q90') {
    warnings.push({
      file,
      message: `JPEG at quality 90 is over the ${formatBytes(maxBytes)} limit; saved at ${encoded.encoding.replace('jpeg-q', 'quality ')} (${formatBytes(encoded.data.length)}).`,
    });
  }
  return warnings;
}
