import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ProjectDraft } from '../../../shared/ipc/draft';
import type { ApiErrorInfo, ExportResult, JobProgress, OpenedProject } from '../../../shared/ipc/types';
import type { PlatformId } from '../../../shared/platform/profiles';
import { getApi } from '../app/api';
import { takeStartedOpening } from '../app/early-open';
import { flushBeforeClose } from '../app/close-flush';
import { useJob, type JobState } from '../jobs/use-job';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'session-only' | 'failed';

export interface ProjectValue {
  path: string;
  /** The last successful check; kept on screen while a new check runs. */
  project: OpenedProject | null;
  check: JobState<OpenedProject>;
  checkProgress: JobProgress | null;
  recheck(): Promise<void>;
  cancelCheck(): void;

  exportState: JobState<ExportResult>;
  exportProgress: JobProgress | null;
  /** Asks where to save, then exports; does nothing when the user cancels the dialog. */
  exportZip(): Promise<void>;
  cancelExport(): void;
  dismissExport(): void;

  actionError: ApiErrorInfo | null;

  draft: ProjectDraft;
  /** The stored draft was read (or there was none): the wizard may restore from it now. */
  draftLoaded: boolean;
  draftStatus: DraftStatus;
  /** Merge into the draft; saved shortly after the last change. */
  updateDraft(patch: Partial<ProjectDraft>): void;
  /** The platform checks and exports use from now on (the wizard's choice). */
  setPlatform(platform: PlatformId): void;
}

const ProjectContext = createContext<ProjectValue | null>(null);

const AUTOSAVE_DELAY_MS = 400;

/** Everything about the open project: its check, its export, the one-click fix and its draft. */
export function ProjectProvider({ path, platform, children }: { path: string; platform?: PlatformId; children: ReactNode }) {
  const checkJob = useJob<OpenedProject>();
  const exportJob = useJob<ExportResult>();
  const [project, setProject] = useState<OpenedProject | null>(null);
  const [actionError, setActionError] = useState<ApiErrorInfo | null>(null);
  const [draft, setDraft] = useState<ProjectDraft>({});
  const [draftLoaded, setDraftLoaded] = useState(false);
  const [draftStatus, setDraftStatus] = useState<DraftStatus>('idle');
  const pendingDraft = useRef<ProjectDraft | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const platformRef = useRef(platform);

  const exportStatus = useRef(exportJob.state.status);
  exportStatus.current = exportJob.state.status;
  const resetExport = exportJob.reset;

  const recheck = useCallback(async () => {
    // An earlier refusal or failure no longer describes the files being checked now.
    if (exportStatus.current !== 'running') resetExport();
    // The first check may already be running: it was started when the folder was chosen (without a platform).
    const started = takeStartedOpening(path);
    const outcome = await checkJob.run(() => (started && !platformRef.current ? started : getApi().openProject(path, platformRef.current ? { platform: platformRef.current } : {})));
    if (outcome?.status === 'done') setProject(outcome.value);
  }, [checkJob.run, path, resetExport]);

  useEffect(() => {
    void recheck();
    let cancelled = false;
    void getApi()
      .getDraft(path)
      .then((saved) => {
        if (!cancelled && saved) setDraft(saved);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setDraftLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [path, recheck]);

  const flushDraft = useCallback(async () => {
    const next = pendingDraft.current;
    if (!next) return;
    pendingDraft.current = null;
    setDraftStatus('saving');
    try {
      const result = await getApi().saveDraft(path, next);
      setDraftStatus(result.credentialsStored ? 'saved' : 'session-only');
    } catch {
      setDraftStatus('failed');
    }
  }, [path]);

  useEffect(() => {
    // Closing the window unloads the page without unmounting React: main holds the close until this
    // flush has answered (IPC sent during pagehide is not guaranteed to arrive).
    const unregister = flushBeforeClose(flushDraft);
    return () => {
      unregister();
      if (saveTimer.current) clearTimeout(saveTimer.current);
      void flushDraft();
    };
  }, [flushDraft]);

  const updateDraft = useCallback(
    (patch: Partial<ProjectDraft>) => {
      setDraft((current) => {
        const next = { ...current, ...patch };
        pendingDraft.current = next;
        return next;
      });
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void flushDraft(), AUTOSAVE_DELAY_MS);
    },
    [flushDraft],
  );

  const exportZip = useCallback(async () => {
    let outPath: string | null;
    try {
      outPath = await getApi().chooseExportPath(path);
    } catch (error) {
      setActionError(toErrorInfo(error));
      return;
    }
    if (!outPath) return;
    const target = outPath;
    const outcome = await exportJob.run(() => getApi().exportProject(path, target, platformRef.current ? { platform: platformRef.current } : {}));
    // Export checks again; show what it found so the report never lags behind the refusal.
    if (outcome?.status === 'done') setProject((current) => (current ? { ...current, report: outcome.value.report } : current));
  }, [exportJob.run, path]);

  // The wizard's platform is the one every check uses: a change checks the files again with it.
  const checkedPlatform = useRef<PlatformId | null>(null);
  checkedPlatform.current = project?.platform ?? null;
  const setPlatform = useCallback(
    (next: PlatformId) => {
      platformRef.current = next;
      if (checkedPlatform.current !== null && checkedPlatform.current !== next) void recheck();
    },
    [recheck],
  );

  const value = useMemo<ProjectValue>(
    () => ({
      path,
      project,
      check: checkJob.state,
      checkProgress: checkJob.progress,
      recheck,
      cancelCheck: checkJob.cancel,
      exportState: exportJob.state,
      exportProgress: exportJob.progress,
      exportZip,
      cancelExport: exportJob.cancel,
      dismissExport: exportJob.reset,
      actionError,
      draft,
      draftLoaded,
      draftStatus,
      updateDraft,
      setPlatform,
    }),
    [path, project, checkJob.state, checkJob.progress, recheck, checkJob.cancel, exportJob.state, exportJob.progress, exportZip, exportJob.cancel, exportJob.reset, actionError, draft, draftLoaded, draftStatus, updateDraft, setPlatform],
  );
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

/** The open project, or null where a screen is shown without one. */
export function useProjectIfOpen(): ProjectValue | null {
  return useContext(ProjectContext);
}

export function useProject(): ProjectValue {
  const value = useContext(ProjectContext);
  if (!value) throw new Error('useProject needs a ProjectProvider');
  return value;
}
