import type { CheckReport } from '../check/check-widget';
import type { SourceKind } from '../model/snapshot';
import type { PlatformId } from '../platform/profiles';
import type { RuleHelp } from '../rules/rule-help';

/** Plain data that crosses the IPC boundary. Nothing here holds a class instance or a function. */

export type UiLanguage = 'en' | 'ru';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ru'];

export type ThemePreference = 'system' | 'light' | 'dark';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export interface Preferences {
  language: UiLanguage;
  theme: ThemePreference;
}

export interface AppInfo {
  name: string;
  version: string;
  /** process.platform of the machine: menus and shortcuts differ on macOS. */
  os: string;
}

/** Something the user must be told once, e.g. the settings file was corrupt and was reset. */
export interface AppNotice {
  id: string;
  kind: 'settings-reset' | 'settings-newer' | 'credentials-unprotected';
  message: string;
  /** A file the notice is about (the backup of a corrupt settings file). */
  path: string | null;
}

export interface LastCheckResult {
  errors: number;
  warnings: number;
  infos: number;
  /** ISO time of the check. */
  checkedAt: string;
}

export interface RecentProject {
  path: string;
  name: string;
  platform: PlatformId;
  kind: SourceKind;
  /** ISO time the project was last opened. */
  lastOpened: string;
  lastResult: LastCheckResult | null;
  /** The folder or zip is no longer there: shown as missing, never opened. */
  missing: boolean;
}

export type ApiErrorKind = 'invalid-arguments' | 'forbidden' | 'user' | 'config' | 'not-found' | 'internal';

/** A failure as the renderer sees it: a message a person understands, plus where, when known. */
export interface ApiErrorInfo {
  kind: ApiErrorKind;
  message: string;
  file: string | null;
  line: number | null;
}

/** What every invoke returns over the wire; the preload turns `ok: false` into a thrown Error. */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/**
 * Long work returns this at once. `T` is the value the job ends with; it exists only for the
 * type checker so `awaitJob(ticket)` is typed without a cast at every call site.
 */
export interface JobTicket<T> {
  jobId: string;
  readonly __result?: T;
}

export interface JobProgress {
  jobId: string;
  /** 0..1 */
  value: number;
  title: string;
}

export type JobOutcome<T> =
  | { jobId: string; status: 'done'; value: T }
  | { jobId: string; status: 'failed'; error: ApiErrorInfo }
  | { jobId: string; status: 'cancelled' };

/** Short help for a rule id: shown beside each finding (the catalogue itself stays out of the renderer bundle). */
export type { RuleHelp };

export interface ProjectFile {
  path: string;
  size: number;
}

/** A widget folder or zip as read and checked by main. */
export interface OpenedProject {
  path: string;
  kind: SourceKind;
  /** The widget's name from its i18n files (UI language first), else the folder or zip name. */
  name: string;
  platform: PlatformId;
  /** Set when every file sat inside one folder (the classic `widget/` mistake). */
  nestedRoot: string | null;
  files: ProjectFile[];
  report: CheckReport;
  ruleHelp: Record<string, RuleHelp>;
  /** Rule ids of findings the "Fix BOM and line endings" action repairs (folders only). */
  fixableRuleIds: string[];
  /** ISO time of the check. */
  checkedAt: string;
}

export interface FixedFile {
  /** POSIX path relative to the widget root. */
  path: string;
  removedBom: boolean;
  /** Line endings turned into LF. */
  crlfLines: number;
}

export interface FixSummary {
  folder: string;
  fixed: FixedFile[];
}

export interface PackageEntryView {
  path: string;
  size: number;
}

export interface PackagePlanView {
  entries: PackageEntryView[];
  /** Junk left out of the zip and why ("macOS Finder metadata"). widget-publisher.json and `ignore` globs never reach the plan. */
  excluded: { path: string; why: string }[];
  totalBytes: number;
}

export type ExportResult =
  | { status: 'refused'; report: CheckReport }
  | { status: 'written'; path: string; bytes: number; files: number; report: CheckReport };

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | { command: 'new-widget' }
  | { command: 'open-folder' }
  | { command: 'open-zip' }
  | { command: 'open-recent'; path: string }
  | { command: 'export' }
  | { command: 'preferences' };

/** One text file the wizard writes, by its POSIX path relative to the widget root. */
export interface SaveFileEntry {
  path: string;
  text: string;
}

export interface SaveFilesRequest {
  /** The widget folder opened in this session. */
  folder: string;
  /** The folder inside it that holds the widget when every file sits one level down (OpenedProject.nestedRoot). */
  nestedRoot: string | null;
  files: SaveFileEntry[];
  /** Image sets made in this session, written into `folder` (relative to the widget root, e.g. `images`). */
  images?: ImageSetTarget[];
  /** Files renamed inside the widget after the images are written (tour slides renumbered to their order). */
  renames?: FileRename[];
  /** Files (or folders, ending in `/`) deleted last: those the save made unused, and those the user chose to delete. */
  deletes?: string[];
}

export interface ImageSetTarget {
  setId: string;
  folder: string;
  /** Only these files of the set (e.g. the slides still in the tour); all of them when absent. */
  files?: string[];
}

export interface FileRename {
  from: string;
  to: string;
}

/** Save a widget read from a zip as a folder: every file of the zip plus the wizard's changes. */
export interface SaveAsFolderRequest {
  /** The widget.zip the project was opened from. */
  source: string;
  /** A new or empty folder the user chose. */
  folder: string;
  files: SaveFileEntry[];
  images?: ImageSetTarget[];
  renames?: FileRename[];
  deletes?: string[];
}

export interface SaveAsFolderResult {
  folder: string;
  /** Files copied from the zip (system junk such as .DS_Store and __MACOSX is left out). */
  copied: number;
  /** Junk entries of the zip that were not copied. */
  skipped: string[];
  written: string[];
}

export interface SaveFilesResult {
  /** The folder the files went to (the widget root). */
  root: string;
  /** Relative paths written, in request order. */
  written: string[];
}
