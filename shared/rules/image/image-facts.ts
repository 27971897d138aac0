import type { RuleContext } from '../../check/rule-context';
import type { ImageInfo } from '../../model/snapshot';
import { requiredBrandingImages, type BrandingImageSpec } from '../../platform/profiles';
import { countRu } from '../../text/plural-ru';
import { isJunkPath } from '../../widget/junk-files';

/** The file name of a widget path (`images/logo.png` -> `logo.png`): what a make-logos action names. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export interface BrandingImage {
  spec: BrandingImageSpec;
  /** Where the marketplace looks for it: `images/logo_main.png`. */
  path: string;
  /** False for an image only some widgets need (logo_dp.png without digital_pipeline). */
  required: boolean;
}

export function brandingImages(context: RuleContext): BrandingImage[] {
  return context.cache('image:branding', () => {
    const required = new Set(requiredBrandingImages(context.profile, context.areas).map((spec) => spec.file));
    return context.profile.images.branding.map((spec) => ({
      spec,
      path: `${context.profile.images.folder}/${spec.file}`,
      required: required.has(spec.file),
    }));
  });
}

export function isBrandingPath(context: RuleContext, path: string): boolean {
  return brandingImages(context).some((image) => image.path === path);
}

/** Image metadata of files that ship: junk (a `._logo.png` from macOS) is package/junk-file's business. */
export function shippedImages(context: RuleContext): ImageInfo[] {
  return Object.values(context.snapshot.images)
    .filter((info) => !isJunkPath(info.path) && context.file(info.path) !== undefined)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const FORMAT_NAMES: Record<string, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  svg: 'SVG',
  bmp: 'BMP',
  tiff: 'TIFF',
  heif: 'HEIF/AVIF',
};

export function formatName(format: string): string {
  return FORMAT_NAMES[format] ?? format.toUpperCase();
}

/** Formats a file name's extension promises. */
const EXTENSION_FORMATS: Record<string, readonly string[]> = {
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  svg: ['svg'],
  bmp: ['bmp'],
  tif: ['tiff'],
  tiff: ['tiff'],
  avif: ['heif', 'avif'],
};

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** True when the content's real format is what the extension says (unknown extensions never disagree). */
export function extensionMatches(path: string, format: string): boolean {
  const expected = EXTENSION_FORMATS[extensionOf(path)];
  return expected === undefined || expected.includes(format);
}

/** `412 KB (412,345 bytes)`: KB as the pages mean it (300 KB = 300,000 bytes in the profile). */
export function describeBytes(bytes: number): string {
  return `${Math.ceil(bytes / 1000)} KB (${bytes.toLocaleString('en-US')} bytes)`;
}

/** describeBytes for Russian messages: "312 КБ (311 456 байт)". */
export function describeBytesRu(bytes: number): string {
  return `${Math.ceil(bytes / 1000)} КБ (${countRu(bytes, ['байт', 'байта', 'байт']).replace(/^\d+/, bytes.toLocaleString('ru-RU'))})`;
}

/** A file whose path differs only in letter case: the platform's paths are case-sensitive. */
export function otherCaseOf(context: RuleContext, path: string): string | null {
  const lower = path.toLowerCase();
  return context.snapshot.files.find((file) => file.path !== path && file.path.toLowerCase() === lower)?.path ?? null;
}
