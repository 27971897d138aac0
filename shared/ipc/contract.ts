import type { PlatformId } from '../platform/profiles';
import type { DraftSaveResult, ProjectDraft } from './draft';
import type {
  AppInfo,
  AppNotice,
  ExportResult,
  FixSummary,
  IpcEnvelope,
  JobOutcome,
  JobProgress,
  JobTicket,
  MenuCommand,
  OpenedProject,
  PackagePlanView,
  Preferences,
  RecentProject,
  SaveAsFolderRequest,
  SaveAsFolderResult,
  SaveFilesRequest,
  SaveFilesResult,
} from './types';
import type { WidgetSnapshot } from '../model/snapshot';
import type { ImageJobResult, LogoSetRequest, SlidesRequest } from './image-types';
import type { ModerationMessageRequest, ModerationMessageResult } from './message-types';

/**
 * The one IPC contract: every channel the renderer may invoke, with its arguments and result.
 * Main's handlers, the argument schemas (./schemas) and the preload's API are all typed from it,
 * so they cannot drift. To add a channel: add it here, to API_METHODS, to ARG_SCHEMAS, and a
 * handler in electron/main/handlers.
 */
export interface InvokeContract {
  'app:info': { args: []; result: AppInfo };
  'app:take-notices': { args: []; result: AppNotice[] };

  'settings:get': { args: []; result: Preferences };
  'settings:update': { args: [patch: Partial<Preferences>]; result: Preferences };

  'recent:list': { args: []; result: RecentProject[] };
  'recent:forget': { args: [path: string]; result: RecentProject[] };

  'dialog:open-folder': { args: []; result: string | null };
  'dialog:open-zip': { args: []; result: string | null };
  'dialog:new-widget-folder': { args: []; result: string | null };
  'dialog:open-images': { args: [multiple: boolean]; result: string[] };
  'dialog:save-zip': { args: [projectPath: string]; result: string | null };
  'dialog:save-text': { args: [defaultName: string]; result: string | null };

  'project:open': { args: [path: string, options: { platform?: PlatformId }]; result: JobTicket<OpenedProject> };
  'project:fix': { args: [folder: string]; result: FixSummary };
  'project:plan': { args: [path: string]; result: PackagePlanView };
  'project:export': { args: [path: string, outPath: string, options: { platform?: PlatformId }]; result: JobTicket<ExportResult> };
  /** The widget as read (text files and images with their bytes, other binaries without): the wizard checks edits against it. */
  'project:read': { args: [path: string]; result: WidgetSnapshot };
  /** Write the wizard's files into the widget folder, each atomically; only on the user's Save. */
  'project:save-files': { args: [request: SaveFilesRequest]; result: SaveFilesResult };
  /** Make sure the folder chosen for a new widget is there and empty (nothing else is written). */
  'project:prepare-new': { args: [folder: string]; result: string };

  'images:logo-set': { args: [request: LogoSetRequest]; result: JobTicket<ImageJobResult> };
  'images:slides': { args: [request: SlidesRequest]; result: JobTicket<ImageJobResult> };
  'project:save-as-folder': { args: [request: SaveAsFolderRequest]; result: SaveAsFolderResult };

  /** A set made earlier (also before a restart), or null when it is gone. */
  'images:restore': { args: [setId: string]; result: ImageJobResult | null };

  'message:write': { args: [request: ModerationMessageRequest]; result: ModerationMessageResult };
  'file:save-text': { args: [path: string, text: string]; result: null };

  'drafts:get': { args: [projectPath: string]; result: ProjectDraft | null };
  'drafts:save': { args: [projectPath: string, draft: ProjectDraft]; result: DraftSaveResult };

  'jobs:await': { args: [jobId: string]; result: JobOutcome<unknown> };
  'jobs:cancel': { args: [jobId: string]; result: boolean };

  'shell:reveal': { args: [path: string]; result: null };
  'shell:open-external': { args: [url: string]; result: null };
  'clipboard:write-text': { args: [text: string]; result: null };

  /** The page has saved what it was still holding (the draft) after a `window:close-request`. */
  'window:close-ready': { args: [requestId: string]; result: null };
}

export type InvokeChannel = keyof InvokeContract;
export type ChannelArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type ChannelResult<C extends InvokeChannel> = InvokeContract[C]['result'];

/** Events main pushes to the renderer. */
export interface EventContract {
  'job:progress': JobProgress;
  'menu:command': MenuCommand;
  /** The window is about to close: save what is pending, then answer with `window:close-ready`. */
  'window:close-request': { requestId: string };
}

export type EventChannel = keyof EventContract;

/** The names the renderer calls (`window.api.openProject(...)`) and the channel each one uses. */
export const API_METHODS = {
  getAppInfo: 'app:info',
  takeNotices: 'app:take-notices',
  getPreferences: 'settings:get',
  updatePreferences: 'settings:update',
  listRecentProjects: 'recent:list',
  forgetRecentProject: 'recent:forget',
  chooseFolder: 'dialog:open-folder',
  chooseZip: 'dialog:open-zip',
  chooseNewWidgetFolder: 'dialog:new-widget-folder',
  chooseImages: 'dialog:open-images',
  chooseExportPath: 'dialog:save-zip',
  chooseTextSavePath: 'dialog:save-text',
  openProject: 'project:open',
  fixProject: 'project:fix',
  planPackage: 'project:plan',
  exportProject: 'project:export',
  readProject: 'project:read',
  saveProjectFiles: 'project:save-files',
  prepareNewWidgetFolder: 'project:prepare-new',
  makeLogoSet: 'images:logo-set',
  makeSlides: 'images:slides',
  restoreImages: 'images:restore',
  saveProjectAsFolder: 'project:save-as-folder',
  writeModerationMessage: 'message:write',
  saveTextFile: 'file:save-text',
  getDraft: 'drafts:get',
  saveDraft: 'drafts:save',
  awaitJob: 'jobs:await',
  cancelJob: 'jobs:cancel',
  revealInFolder: 'shell:reveal',
  openExternal: 'shell:open-external',
  copyText: 'clipboard:write-text',
  confirmCloseReady: 'window:close-ready',
} as const satisfies Record<string, InvokeChannel>;

export const EVENT_METHODS = {
  onJobProgress: 'job:progress',
  onMenuCommand: 'menu:command',
  onCloseRequest: 'window:close-request',
} as const satisfies Record<string, EventChannel>;

export type ApiMethodName = keyof typeof API_METHODS;
export type EventMethodName = keyof typeof EVENT_METHODS;

type InvokeMethods = {
  [M in ApiMethodName]: (...args: ChannelArgs<(typeof API_METHODS)[M]>) => Promise<ChannelResult<(typeof API_METHODS)[M]>>;
};

type BridgeInvokeMethods = {
  [M in ApiMethodName]: (...args: ChannelArgs<(typeof API_METHODS)[M]>) => Promise<IpcEnvelope<ChannelResult<(typeof API_METHODS)[M]>>>;
};

type EventMethods = {
  [M in EventMethodName]: (listener: (payload: EventContract[(typeof EVENT_METHODS)[M]]) => void) => () => void;
};

interface FileMethods {
  /** The absolute path of a file dropped on the window (empty when the browser gives none). */
  pathForFile(file: File): string;
}

/**
 * `window.api`: what the preload exposes and the browser test harness rebuilds. Invokes resolve to
 * an envelope because only an Error's message survives the context bridge; the renderer's client
 * (./client) unwraps it into values and ApiError with kind, file and line.
 */
export type WidgetPublisherBridge = BridgeInvokeMethods & EventMethods & FileMethods;

/** What renderer code calls: values, or a thrown ApiError. */
export type WidgetPublisherApi = InvokeMethods & EventMethods & FileMethods;

/** Every channel, for code that must cover them all (registration, tests). */
export const INVOKE_CHANNELS: readonly InvokeChannel[] = Object.values(API_METHODS);
export const EVENT_CHANNELS: readonly EventChannel[] = Object.values(EVENT_METHODS);
