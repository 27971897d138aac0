/**
 * What the service layer reads from a folder or a widget.zip, before any rule runs.
 * Rules are pure functions over this; they never read files themselves.
 */

export type SourceKind = 'folder' | 'zip';

export interface WidgetFile {
  /** POSIX path relative to the widget root (after a nested root folder is stepped into). */
  path: string;
  /** Size in bytes (uncompressed for zip entries). */
  size: number;
  /** The file's bytes. Always loaded for text files and images; may be null for other large binaries. */
  bytes: Uint8Array | null;
}

/** Image facts read by the service layer (sharp). Rules compare them with the platform profile. */
export interface ImageInfo {
  path: string;
  /** Real format read from the content: 'png', 'jpeg', 'gif', 'webp', 'svg', ... or null when unreadable. */
  format: string | null;
  width: number | null;
  height: number | null;
  bytes: number;
  /** Why the image could not be decoded (truncated, not an image); null when it decoded. */
  error: string | null;
}

/** A rectangle in an image's own pixels. */
export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One word the text recogniser read in an image. */
export interface ImageWord {
  text: string;
  /** How sure the recogniser is, 0..100. */
  confidence: number;
  box: ImageBox;
}

/** The words read in one image, and the recognition data used to read them (`eng+rus`). */
export interface ImageText {
  languages: string;
  words: ImageWord[];
}

export type UnsafeEntryKind = 'absolute' | 'parent' | 'backslash' | 'duplicate' | 'symlink' | 'too-large' | 'encrypted' | 'control-character';

/** C0 controls (newline, ESC, NUL...), DEL and C1 controls: nothing a file name should hold, and what a terminal obeys. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** A zip entry (or folder entry) that was not taken into `files` because taking it would be unsafe. */
export interface UnsafeEntry {
  name: string;
  kind: UnsafeEntryKind;
  detail: string;
}

export interface WidgetSnapshot {
  source: { kind: SourceKind; path: string };
  /**
   * Set when every file sat inside one folder (e.g. `widget/`) instead of at the root.
   * `files` are already re-rooted inside it, so the other rules still run.
   */
  nestedRoot: string | null;
  files: WidgetFile[];
  images: Record<string, ImageInfo>;
  unsafeEntries: UnsafeEntry[];
  /** The text of widget-publisher.json when present (never part of `files`, never packed). */
  configText: string | null;
  /**
   * Words read in the tour slides and logos, by image path. Absent when images were not read (the
   * app's live check, `--no-ocr`, the rule turned off): image/foreign-text then says nothing.
   */
  imageText?: Record<string, ImageText>;
}

const TEXT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.css', '.json', '.html', '.htm', '.twig', '.md', '.txt', '.svg', '.xml', '.tpl'];

/** Text files the file rules (BOM, CRLF, encoding) apply to. */
export function isTextFile(path: string): boolean {
  const lower = path.toLowerCase();
  return TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.bmp', '.tif', '.tiff', '.avif'];

export function isImageFile(path: string): boolean {
  const lower = path.toLowerCase();
  return IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export const CONFIG_FILE_NAME = 'widget-publisher.json';
