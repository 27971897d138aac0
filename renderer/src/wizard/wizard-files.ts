/**
 * The widget as the wizard will leave it: the files on disk, the draft's manifest and i18n files
 * over them, a script and style skeleton for a new widget, and the images made in this session.
 */
import { MANIFEST_PATH } from '../../../shared/check/rule-context';
import { existingTexts } from '../../../shared/draft/draft-snapshot';
import { draftToFiles, SCRIPT_PATH, STYLE_PATH } from '../../../shared/draft/draft-to-files';
import { tourNumbering } from '../../../shared/draft/tour-numbering';
import { widgetCodeOf } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { GeneratedImageView } from '../../../shared/ipc/image-types';
import type { WidgetFile, WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile } from '../../../shared/platform/profiles';
import { scaffoldScript, scaffoldStyle } from '../../../shared/scaffold/widget-scaffold';
import { decodeText } from '../../../shared/text/text-decoding';

/** Images made by one image-studio job; main keeps them under the job id until they are saved. */
export interface PendingImageSet {
  /** Main keeps the set on disk under this id until it is saved (it survives a restart). */
  setId: string;
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
  // Words read in an image that a new one replaces are not the new image's words.
  const imageText = base.imageText && Object.fromEntries(Object.entries(base.imageText).filter(([path]) => !added.has(path)));
  return { ...base, files, images, ...(imageText ? { imageText } : {}) };
}

/** Every text file a Save writes, with its new content (tour slides under their renumbered names). */
export function textFilesToWrite(widget: WidgetDraft, base: WidgetSnapshot): Record<string, string> {
  return { ...draftToFiles(tourNumbering(widget).draft, existingTexts(base)), ...skeletonFiles(widget, base) };
}

function isSlideSet(pending: PendingImages, set: PendingImageSet): boolean {
  return set !== pending.branding;
}

/**
 * The images a Save writes: every branding size, and the slides still in the tour (a slide the user
 * removed before saving is not written). Paths are relative to the widget root, as made.
 */
export function imagesToWrite(widget: WidgetDraft, pending: PendingImages): { set: PendingImageSet; images: GeneratedImageView[] }[] {
  const inTour = new Set(Object.values(widget.tour.images).flat().map((path) => path.replace(/^\/+/, '')));
  return pendingSets(pending).map((set) => ({
    set,
    images: isSlideSet(pending, set) ? set.images.filter((image) => inTour.has(imagePath(widget, image.file))) : set.images,
  }));
}

/** Everything one Save sends to main: text files, image sets (by id) and the slide renames. */
export function savePlan(widget: WidgetDraft, base: WidgetSnapshot, pending: PendingImages) {
  const planned = plannedFiles(widget, base, pending).filter((file) => file.status !== 'unchanged');
  const files = planned.flatMap((file) => (file.kind === 'text' && file.newText !== null ? [{ path: file.path, text: file.newText }] : []));
  const folder = platformProfile(widget.platform).images.folder;
  const images = imagesToWrite(widget, pending)
    .filter(({ images: chosen }) => chosen.length > 0)
    .map(({ set, images: chosen }) => ({ setId: set.setId, folder, files: chosen.map((image) => image.file) }));
  return { planned, files, images, renames: tourNumbering(widget).renames };
}

export type PlannedStatus = 'new' | 'changed' | 'unchanged' | 'renamed';

export interface PlannedFile {
  path: string;
  kind: 'text' | 'image';
  status: PlannedStatus;
  /** Text files: the content on disk now (null when the file is new) and after the save. */
  oldText: string | null;
  newText: string | null;
  /** Images: the size of the new file. */
  bytes: number | null;
  /** A tour slide that moves to the name of its new place. */
  renamedFrom: string | null;
}

function diskText(base: WidgetSnapshot, path: string): string | null {
  const bytes = base.files.find((file) => file.path === path)?.bytes;
  return bytes ? decodeText(bytes) : null;
}

/** The preview of a Save: each file it writes or renames, new or changed or already as it will be. */
export function plannedFiles(widget: WidgetDraft, base: WidgetSnapshot, pending: PendingImages): PlannedFile[] {
  const texts = Object.entries(textFilesToWrite(widget, base)).map(([path, newText]): PlannedFile => {
    const oldText = diskText(base, path);
    const status: PlannedStatus = oldText === null ? 'new' : oldText === newText ? 'unchanged' : 'changed';
    return { path, kind: 'text', status, oldText, newText, bytes: null, renamedFrom: null };
  });
  const renames = new Map(tourNumbering(widget).renames.map((move) => [move.from, move.to]));
  const made = new Set<string>();
  const images = imagesToWrite(widget, pending).flatMap(({ images: chosen }) =>
    chosen.map((image): PlannedFile => {
      const madeAs = imagePath(widget, image.file);
      made.add(madeAs);
      const path = renames.get(madeAs) ?? madeAs;
      return { path, kind: 'image', status: hasFile(base, path) ? 'changed' : 'new', oldText: null, newText: null, bytes: image.bytes, renamedFrom: null };
    }),
  );
  const moved = [...renames].flatMap(([from, to]): PlannedFile[] => {
    if (made.has(from)) return [];
    const file = base.files.find((candidate) => candidate.path === from);
    return file ? [{ path: to, kind: 'image', status: 'renamed', oldText: null, newText: null, bytes: file.size, renamedFrom: from }] : [];
  });
  return [...texts, ...images, ...moved].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
