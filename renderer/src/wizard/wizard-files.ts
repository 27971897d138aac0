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
import { CONFIG_FILE_NAME, isTextFile, type WidgetFile, type WidgetSnapshot } from '../../../shared/model/snapshot';
import { configFileText } from '../../../shared/draft/draft-config';
import { normalizeNewlines, parseLenient } from '../../../shared/draft/json-text-edit';
import { platformProfile } from '../../../shared/platform/profiles';
import { scaffoldScript, scaffoldStyle } from '../../../shared/scaffold/widget-scaffold';
import { decodeText, isValidUtf8 } from '../../../shared/text/text-decoding';
import { fixTextBytes } from '../../../shared/text/fix-text';

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

/** widget.version as the folder has it now, or null for a new widget (or one whose manifest does not parse). */
export function versionOnDisk(base: WidgetSnapshot): string | null {
  const text = existingTexts(base).manifestText;
  if (text === undefined) return null;
  const version = (parseLenient(normalizeNewlines(text)).value as { widget?: { version?: unknown } } | undefined)?.widget?.version;
  return typeof version === 'string' ? version : null;
}

export function hasManifest(base: WidgetSnapshot): boolean {
  return base.files.some((file) => file.path === MANIFEST_PATH);
}

function hasFile(base: WidgetSnapshot, path: string): boolean {
  return base.files.some((file) => file.path === path);
}

const encoder = new TextEncoder();

/**
 * The text files "Fix BOM and line endings" changes, as the next Save writes them (byte-level, as the
 * fix command does). Files that are not valid UTF-8 are left for file/encoding to report.
 */
export function encodingFixes(widget: WidgetDraft, base: WidgetSnapshot): Record<string, string> {
  if (!widget.fixEncoding) return {};
  const fixes: Record<string, string> = {};
  for (const file of base.files) {
    if (!file.bytes || !isTextFile(file.path)) continue;
    const fixed = fixTextBytes(file.bytes);
    if (fixed.bytes === file.bytes || !isValidUtf8(fixed.bytes)) continue;
    fixes[file.path] = decodeText(fixed.bytes);
  }
  return fixes;
}

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
export function virtualBase(base: WidgetSnapshot, widget: WidgetDraft, pending: PendingImages, skeleton = { ...encodingFixes(widget, base), ...skeletonFiles(widget, base) }): WidgetSnapshot {
  const added = new Map<string, WidgetFile>();
  // Files the save deletes are not part of the widget the checker sees.
  const deleted = filesToDelete(widget, base);
  const isDeleted = (path: string) => deleted.some((gone) => path === gone || (gone.endsWith('/') && path.startsWith(gone)));
  const images = Object.fromEntries(Object.entries(base.images).filter(([path]) => !isDeleted(path)));
  for (const [path, text] of Object.entries(skeleton)) {
    const bytes = encoder.encode(text);
    added.set(path, { path, size: bytes.length, bytes });
  }
  // Only the images a Save writes: slides made and then removed or replaced are not part of the widget.
  for (const { images: written } of imagesToWrite(widget, pending)) {
    for (const image of written) {
      const path = imagePath(widget, image.file);
      added.set(path, { path, size: image.bytes, bytes: image.data });
      images[path] = { path, format: image.mediaType === 'image/png' ? 'png' : 'jpeg', width: image.width, height: image.height, bytes: image.bytes, error: null };
    }
  }
  if (added.size === 0 && deleted.length === 0) return base;
  const files = [...base.files.filter((file) => !added.has(file.path) && !isDeleted(file.path)), ...added.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Words read in an image that a new one replaces (or that is deleted) are not the new image's words.
  const imageText = base.imageText && Object.fromEntries(Object.entries(base.imageText).filter(([path]) => !added.has(path) && !isDeleted(path)));
  return { ...base, files, images, ...(imageText ? { imageText } : {}) };
}

/** Every text file a Save writes, with its new content (tour slides under their renumbered names, widget-publisher.json when its settings changed). */
export function textFilesToWrite(widget: WidgetDraft, base: WidgetSnapshot): Record<string, string> {
  const config = configFileText(widget, base.configText);
  return { ...encodingFixes(widget, base), ...draftToFiles(tourNumbering(widget).draft, existingTexts(base)), ...skeletonFiles(widget, base), ...(config === null ? {} : { [CONFIG_FILE_NAME]: config }) };
}

function manifestTourPaths(base: WidgetSnapshot): string[] {
  const text = existingTexts(base).manifestText;
  if (text === undefined) return [];
  const tour = (parseLenient(normalizeNewlines(text)).value as { tour?: { tour_images?: unknown } } | undefined)?.tour?.tour_images;
  if (typeof tour !== 'object' || tour === null) return [];
  return Object.values(tour).flatMap((paths: unknown) => (Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : []));
}

/**
 * Files a Save deletes: the slides the wizard's own changes left unused (replaced or removed from
 * the tour, in no locale any more) and the files the user chose to delete in Review.
 */
export function filesToDelete(widget: WidgetDraft, base: WidgetSnapshot): string[] {
  const numbering = tourNumbering(widget);
  const stays = new Set(Object.values(numbering.draft.tour.images).flat().map((path) => path.replace(/^\/+/, '')));
  const moved = new Set(numbering.renames.map((move) => move.from));
  const unusedSlides = manifestTourPaths(base)
    .map((path) => path.replace(/^\/+/, ''))
    .filter((path) => hasFile(base, path) && !stays.has(path) && !moved.has(path));
  const chosen = widget.removedFiles.filter((path) => path.endsWith('/') ? base.files.some((file) => file.path.startsWith(path)) : hasFile(base, path));
  return [...new Set([...unusedSlides, ...chosen])].sort();
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
  return { planned, files, images, renames: tourNumbering(widget).renames, deletes: filesToDelete(widget, base) };
}

export type PlannedStatus = 'new' | 'changed' | 'unchanged' | 'renamed' | 'removed';

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
  if (path === CONFIG_FILE_NAME) return base.configText;
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
  const removed = filesToDelete(widget, base).map((path): PlannedFile => {
    const size = path.endsWith('/') ? base.files.filter((file) => file.path.startsWith(path)).reduce((sum, file) => sum + file.size, 0) : (base.files.find((file) => file.path === path)?.size ?? null);
    return { path, kind: isTextFile(path) ? 'text' : 'image', status: 'removed', oldText: null, newText: null, bytes: size, renamedFrom: null };
  });
  return [...texts, ...images, ...moved, ...removed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
