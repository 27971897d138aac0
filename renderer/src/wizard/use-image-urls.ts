import { useEffect, useMemo } from 'react';

export interface ImageBytes {
  key: string;
  data: Uint8Array;
  mediaType: string;
}

/** blob: URLs for image bytes (allowed by the CSP), revoked when the images change or the view goes. */
export function useImageUrls(images: readonly ImageBytes[]): Record<string, string> {
  const urls = useMemo(
    () => Object.fromEntries(images.map((image) => [image.key, URL.createObjectURL(new Blob([image.data as Uint8Array<ArrayBuffer>], { type: image.mediaType }))])),
    [images],
  );
  useEffect(() => () => Object.values(urls).forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

export function mediaTypeOf(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith('.png')) return 'image/png';
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return 'image/jpeg';
  if (lower.endsWith('.svg')) return 'image/svg+xml';
  if (lower.endsWith('.webp')) return 'image/webp';
  if (lower.endsWith('.gif')) return 'image/gif';
  return 'application/octet-stream';
}
