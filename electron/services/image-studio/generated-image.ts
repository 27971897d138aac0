import type { StudioAdvice } from '../../../shared/ipc/image-types';
import type { ImageEncoding } from './encode-within-budget';

/** One finished output, in memory: what the CLI prints, the desktop app previews and writeImageSet saves. */
export interface GeneratedImage {
  /** File name inside images/, e.g. `logo_main.png` or `tour_1_en.png`. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  encoding: ImageEncoding;
  mediaType: 'image/png' | 'image/jpeg';
  data: Buffer;
}

/** Something the user should know about an output that was still made (enlarged, fewer colours). */
export interface StudioWarning {
  file: string;
  message: string;
  advice?: StudioAdvice;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Enlarging a bitmap past this shows as blur at the size the marketplace displays it. */
export const SOFT_ENLARGEMENT = 1.25;
