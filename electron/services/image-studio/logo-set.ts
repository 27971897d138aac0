import {
  DEFAULT_PLATFORM,
  platformProfile,
  requiredBrandingImages,
  type BrandingImageSpec,
  type PlatformId,
} from '../../../shared/platform/profiles';
import { decodeSource, type DecodedImage } from './decode-source';
import { encodePngWithinBudget } from './encode-within-budget';
import { formatBytes, SOFT_ENLARGEMENT, type GeneratedImage, type StudioWarning } from './generated-image';
import { renderFrame } from './render-frame';
import { resolveFrameOptions, type FrameOptions, type ImageSource } from './studio-options';

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
}

export interface LogoSetResult {
  files: GeneratedImage[];
  warnings: StudioWarning[];
}

type SourceRole = 'main' | 'wide' | 'small';

/**
 * Every branding image the platform asks for, from one source (plus optional overrides):
 * each source is decoded once, every size is derived from it in parallel.
 */
export async function makeLogoSet(source: ImageSource, options: LogoSetOptions = {}): Promise<LogoSetResult> {
  const profile = platformProfile(options.platform ?? DEFAULT_PLATFORM);
  const frameOptions = resolveFrameOptions(options, 'transparent');
  const maxBytes = options.maxBytes ?? profile.images.maxBytes;
  const areas = [...(options.areas ?? []), ...(options.dp ? ['digital_pipeline'] : [])];
  const specs = requiredBrandingImages(profile, areas);
  const sources: Record<SourceRole, ImageSource | undefined> = { main: source, wide: options.wide, small: options.small };
  const roleOf = (spec: BrandingImageSpec): SourceRole =>
    spec.shape === 'wide' && sources.wide !== undefined ? 'wide' : spec.shape === 'square' && sources.small !== undefined ? 'small' : 'main';

  const roles = [...new Set(specs.map(roleOf))];
  const decoded = new Map<SourceRole, DecodedImage>();
  await Promise.all(
    roles.map(async (role) => {
      const frames = specs.filter((spec) => roleOf(spec) === role).map((spec) => ({ ...spec, ...frameOptions }));
      decoded.set(role, await decodeSource(sources[role] as ImageSource, `${role} logo`, frames));
    }),
  );

  const warnings: StudioWarning[] = [];
  const files = await Promise.all(
    specs.map(async (spec): Promise<GeneratedImage> => {
      const image = decoded.get(roleOf(spec)) as DecodedImage;
      const frame = await renderFrame(image, spec, frameOptions);
      const encoded = await encodePngWithinBudget(frame, maxBytes);
      if (!image.vector && frame.scaleFromOriginal > SOFT_ENLARGEMENT) {
        warnings.push({
          file: spec.file,
          message:
            `${image.name} is ${image.original.width} x ${image.original.height}, so it was enlarged ` +
            `${frame.scaleFromOriginal.toFixed(1)}x for ${spec.width} x ${spec.height} and may look soft; ` +
            `a larger source or an SVG looks sharper.`,
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
  warnings.sort((a, b) => order(specs, a.file) - order(specs, b.file));
  return { files, warnings };
}

function order(specs: readonly BrandingImageSpec[], file: string): number {
  return specs.findIndex((spec) => spec.file === file);
}
