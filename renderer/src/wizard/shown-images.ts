import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { ImageInfo, WidgetSnapshot } from '../../../shared/model/snapshot';
import { imagePath, pendingSets, type PendingImages } from './wizard-files';

/** An image as a step shows it: made in this session, or already in the widget. */
export interface ShownImage {
  /** Path inside the widget, `images/logo_main.png`. */
  path: string;
  data: Uint8Array | null;
  mediaType: string;
  width: number | null;
  height: number | null;
  bytes: number;
  /** Made in this session and not saved yet. */
  fresh: boolean;
}

function fromDisk(base: WidgetSnapshot, path: string, mediaType: string): ShownImage | null {
  const file = base.files.find((entry) => entry.path === path);
  if (!file) return null;
  const info: ImageInfo | undefined = base.images[path];
  return { path, data: file.bytes, mediaType, width: info?.width ?? null, height: info?.height ?? null, bytes: file.size, fresh: false };
}

/** Every image under its widget path, the new ones winning over those on disk. */
export function shownImages(widget: WidgetDraft, base: WidgetSnapshot, pending: PendingImages, paths: readonly string[], mediaTypeOf: (path: string) => string): Record<string, ShownImage> {
  const fresh = new Map<string, ShownImage>();
  for (const set of pendingSets(pending)) {
    for (const image of set.images) {
      const path = imagePath(widget, image.file);
      fresh.set(path, { path, data: image.data, mediaType: image.mediaType, width: image.width, height: image.height, bytes: image.bytes, fresh: true });
    }
  }
  const shown: Record<string, ShownImage> = {};
  for (const path of paths) {
    const image = fresh.get(path) ?? fromDisk(base, path, mediaTypeOf(path));
    if (image) shown[path] = image;
  }
  return shown;
}
