/**
 * The widget as the wizard will leave it: the files on disk, the draft's manifest and i18n files
 * over them, a script and style skeleton for a new widget, and the images made in this session.
 */
import { MANIFEST_PATH } from '../../../shared/check/rule-context';
import { existingTexts } from '../../../shared/draft/draft-snapshot';
import { draftToFiles, SCRIPT_PATH, STYLE_PATH } from '../../../shared/draft/draft-to-files';
import { widgetCodeOf } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { GeneratedImageView } from '../../../shared/ipc/image-types';
import type { WidgetFile, WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile } from '../../../shared/platform/profiles';
import { scaffoldScript, scaffoldStyle } from '../../../shared/scaffold/widget-scaffold';
import { decodeText } from '../../../shared/text/text-decoding';

/** Images made by one image-studio job; main keeps them under the job id until they are saved. */
export interface PendingImageSet {
  jobId: string;
  images: GeneratedImageView[];
  /** The options the set was made with, so the same choice is not made twice. */
  key?: string;
}

export interface PendingImages {
  branding: PendingImageSet | null;
  /** Tour slides per locale. */
  slides: Record<string, PendingImageSet>;
}

export const NO_PENDING_IMAGES: PendingImages = { branding: null, slides: {} };

export function pendingSets(pending: PendingImages): PendingImageSet[] {
  return [...(pending.branding ? [pending.branding] : []), ...Object.values(pending.slides)];
}

export function hasManifest(base: WidgetSnapshot): boolean {
  return base.files.some((file) => file.path === MANIFEST_PATH);
}

function hasFile(base: WidgetSnapshot, path: string): boolean {
  return base.files.some((file) => file.path === path);
}

const encoder = new TextEncoder();

/** script.js and style.css a new widget gets (those already in the folder are never replaced). */
export function skeletonFiles(widget: WidgetDraft, base: WidgetSnapshot): Record<string, string> {
  if (hasManifest(base)) return {};
  const code = widgetCodeOf(widget);
  const files: Record<string, string> = {};
  if (!hasFile(base, SCRIPT_PATH)) files[SCRIPT_PATH] = scaffoldScript(code);
  if (!hasFile(base, STYLE_PATH)) files[STYLE_PATH] = scaffoldStyle(code);
  return files;
}

export function imagePath(widget: WidgetDraft, file: string): string {
  return `${platformProfile(widget.platform).images.folder}/${file}`;
}

/**
 * What the checker looks at: the disk snapshot plus the skeleton of a new widget and the images made
 * in this session. The draft's own files are laid over it by liveCheck (draftSnapshot).
 */
export function virtualBase(base: WidgetSnapshot, widget: WidgetDraft, pending: PendingImages, skeleton = skeletonFiles(widget, base)): WidgetSnapshot {
  const added = new Map<string, WidgetFile>();
  const images = { ...base.images };
  for (const [path, text] of Object.entries(skeleton)) {
    const bytes = encoder.encode(text);
    added.set(path, { path, size: bytes.length, bytes });
  }
  for (const set of pendingSets(pending)) {
    for (const image of set.images) {
      const path = imagePath(widget, image.file);
      added.set(path, { path, size: image.bytes, bytes: image.data });
      images[path] = { path, format: image.mediaType === 'image/png' ? 'png' : 'jpeg', width: image.width, height: image.height, bytes: image.bytes, error: null };
    }
  }
  if (added.size === 0) return base;
  const files = [...base.files.filter((file) => !added.has(file.path)), ...added.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...base, files, images };
}

/** Every text file a Save writes, with its new content. */
export function textFilesToWrite(widget: WidgetDraft, base: WidgetSnapshot): Record<string, string> {
  return { ...draftToFiles(widget, existingTexts(base)), ...skeletonFiles(widget, base) };
}

export type PlannedStatus = 'new' | 'changed' | 'unchanged';

export interface PlannedFile {
  path: string;
  kind: 'text' | 'image';
  status: PlannedStatus;
  /** Text files: the content on disk now (null when the file is new) and after the save. */
  oldText: string | null;
  newText: string | null;
  /** Images: the size of the new file. */
  bytes: number | null;
}

function diskText(base: WidgetSnapshot, path: string): string | null {
  const bytes = base.files.find((file) => file.path === path)?.bytes;
  return bytes ? decodeText(bytes) : null;
}

/** The preview of a Save: each file it writes, new or changed or already as it will be. */
export function plannedFiles(widget: WidgetDraft, base: WidgetSnapshot, pending: PendingImages): PlannedFile[] {
  const texts = Object.entries(textFilesToWrite(widget, base)).map(([path, newText]): PlannedFile => {
    const oldText = diskText(base, path);
    const status: PlannedStatus = oldText === null ? 'new' : oldText === newText ? 'unchanged' : 'changed';
    return { path, kind: 'text', status, oldText, newText, bytes: null };
  });
  const images = pendingSets(pending).flatMap((set) =>
    set.images.map((image): PlannedFile => {
      const path = imagePath(widget, image.file);
      return { path, kind: 'image', status: hasFile(base, path) ? 'changed' : 'new', oldText: null, newText: null, bytes: image.bytes };
    }),
  );
  return [...texts, ...images].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function hasUnsavedFiles(planned: readonly PlannedFile[]): boolean {
  return planned.some((file) => file.status !== 'unchanged');
}

/** A path inside the widget folder in the folder's own separator style (`C:\w\images` on Windows). */
export function joinNative(folder: string, ...parts: (string | null)[]): string {
  const separator = /^[A-Za-z]:\\|^\\\\/.test(folder) ? '\\' : '/';
  const rest = parts.filter((part): part is string => part !== null && part !== '').flatMap((part) => part.split('/'));
  return [folder.replace(/[\\/]+$/, ''), ...rest].join(separator);
}
