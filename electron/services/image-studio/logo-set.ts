import {
  DEFAULT_PLATFORM,
  platformProfile,
  requiredBrandingImages,
  type BrandingImageSpec,
  type PlatformId,
} from '../../../shared/platform/profiles';
import { loadSource, type SourceImage } from './decode-source';
import { encodePngWithinBudget } from './encode-within-budget';
import { hexOf } from './uniform-background';
import { formatBytes, SOFT_ENLARGEMENT, type GeneratedImage, type StudioWarning } from './generated-image';
import { frameFrom } from './render-frame';
import { containPlacement } from './placement';
import { resolveFrameOptions, type FrameOptions, type ImageSource, type ResolvedFrameOptions } from './studio-options';

export interface LogoSetOptions extends FrameOptions {
  platform?: PlatformId;
  /** Add logo_dp.png (needed with the digital_pipeline location). */
  dp?: boolean;
  /** Declared manifest locations: branding images tied to one (logo_dp.png) are added when it is present. */
  areas?: readonly string[];
  /** A second source for the wide formats (400x272, 240x84). */
  wide?: ImageSource;
  /** A second source for the small square ones (108x108, 84x84). */
  small?: ImageSource;
  /** Defaults to the platform's limit (300,000 bytes). */
  maxBytes?: number;
  /**
   * Cut fully transparent margins off a source first (default true), so the visible logo is centred and as
   * large as the frame allows; `padding` then sets the margin. False keeps the canvas as drawn.
   */
  trim?: boolean;
  /** Make a uniform opaque background around the main logo transparent (a logo on a white square). */
  clearBackground?: boolean;
}

export interface LogoSetResult {
  files: GeneratedImage[];
  warnings: StudioWarning[];
  /** '#rrggbb' of a uniform opaque background found around the main logo (cleared or not), else null. */
  uniformBackground: string | null;
  backgroundCleared: boolean;
}

type SourceRole = 'main' | 'wide' | 'small';

/** Percent of the shorter side left empty around a (trimmed) logo, so it does not touch the card's edges. */
export const DEFAULT_LOGO_PADDING = 8;

/**
 * Every branding image the platform asks for, from one source (plus optional overrides):
 * each source is decoded once, every size is derived from it in parallel.
 */
export async function makeLogoSet(source: ImageSource, options: LogoSetOptions = {}): Promise<LogoSetResult> {
  const profile = platformProfile(options.platform ?? DEFAULT_PLATFORM);
  const frameOptions = resolveFrameOptions(options, { background: 'transparent', padding: DEFAULT_LOGO_PADDING });
  const maxBytes = options.maxBytes ?? profile.images.maxBytes;
  const areas = [...(options.areas ?? []), ...(options.dp ? ['digital_pipeline'] : [])];
  const specs = requiredBrandingImages(profile, areas);
  const sources: Record<SourceRole, ImageSource | undefined> = { main: source, wide: options.wide, small: options.small };
  const roleOf = (spec: BrandingImageSpec): SourceRole =>
    spec.shape === 'wide' && sources.wide !== undefined ? 'wide' : spec.shape === 'square' && sources.small !== undefined ? 'small' : 'main';

  const roles = [...new Set(specs.map(roleOf))];
  const loaded = new Map<SourceRole, SourceImage>();
  await Promise.all(
    roles.map(async (role) => {
      const frames = specs.filter((spec) => roleOf(spec) === role).map((spec) => ({ ...spec, ...frameOptions }));
      const clearBackground = role === 'main' && options.clearBackground === true;
      loaded.set(role, await loadSource(sources[role] as ImageSource, `${role} logo`, frames, { trim: options.trim ?? true, clearBackground }));
    }),
  );

  const warnings: StudioWarning[] = [];
  const files = await Promise.all(
    specs.map(async (spec): Promise<GeneratedImage> => {
      const image = loaded.get(roleOf(spec)) as SourceImage;
      const frame = frameFrom(image, spec, frameOptions);
      const encoded = await encodePngWithinBudget(frame, maxBytes);
      if (!image.vector && frame.scaleFromOriginal > SOFT_ENLARGEMENT) {
        const size = image.trimmed
          ? `${image.name} holds a ${Math.round(image.content.width)} x ${Math.round(image.content.height)} logo (without its transparent margin)`
          : `${image.name} is ${image.original.width} x ${image.original.height}`;
        warnings.push({
          file: spec.file,
          message:
            `${size}, so it was enlarged ${frame.scaleFromOriginal.toFixed(1)}x for ${spec.width} x ${spec.height} ` +
            `and may look soft; a larger source or an SVG looks sharper.`,
        });
      }
      if (encoded.losslessBytes !== undefined) {
        warnings.push({
          file: spec.file,
          message:
            `lossless PNG would be ${formatBytes(encoded.losslessBytes)}, over the ${formatBytes(maxBytes)} limit; ` +
            `saved with ${encoded.encoding.replace('png-palette-', '')} colours (${formatBytes(encoded.data.length)}). Gradients may show bands.`,
        });
      }
      return {
        file: spec.file,
        width: frame.width,
        height: frame.height,
        bytes: encoded.data.length,
        encoding: encoded.encoding,
        mediaType: 'image/png',
        data: encoded.data,
      };
    }),
  );
  const squares = specs.filter((spec) => spec.shape === 'square' && roleOf(spec) === 'main');
  const shapeWarning = squares.length > 0 ? squareFitWarning(loaded.get('main') as SourceImage, squares, frameOptions) : null;
  if (shapeWarning) warnings.push(shapeWarning);
  warnings.sort((a, b) => order(specs, a.file) - order(specs, b.file));
  const main = loaded.get('main');
  return {
    files,
    warnings,
    uniformBackground: main?.uniformBackground ? hexOf(main.uniformBackground) : null,
    backgroundCleared: main?.backgroundCleared ?? false,
  };
}

/** A logo this much wider (or taller) than square reads poorly at 84 x 84. */
const SQUARE_MISFIT_RATIO = 1.6;

/** A wide wordmark in the small square sizes is a speck (contain) or cut off (cover): suggest a square mark for them. */
function squareFitWarning(image: SourceImage, squares: readonly BrandingImageSpec[], options: ResolvedFrameOptions): StudioWarning | null {
  const ratio = image.width / image.height;
  if (ratio < SQUARE_MISFIT_RATIO && 1 / ratio < SQUARE_MISFIT_RATIO) return null;
  const smallest = squares.reduce((a, b) => (a.width <= b.width ? a : b));
  const shape = ratio >= 1 ? `${ratio.toFixed(1)}:1` : `1:${(1 / ratio).toFixed(1)}`;
  const sizes = squares.map((spec) => `${spec.width}x${spec.height}`).join(', ');
  const placed = containPlacement(image, smallest, options.padding);
  const effect =
    options.fit === 'contain'
      ? `in ${smallest.width} x ${smallest.height} it is only ${Math.min(placed.width, placed.height)} px ${ratio >= 1 ? 'tall' : 'wide'}`
      : `cover keeps only its middle ${Math.round(100 / Math.max(ratio, 1 / ratio))} %`;
  return {
    file: smallest.file,
    message: `the logo is ${shape}, and the small sizes (${sizes}) are square: ${effect}. Give a square mark (the icon without the name) for them.`,
    advice: 'small-logo',
  };
}

function order(specs: readonly BrandingImageSpec[], file: string): number {
  return specs.findIndex((spec) => spec.file === file);
}
