import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LiveCheck } from '../../../shared/draft/live-check';
import { knownCodeFindings } from '../../../shared/draft/code-findings';
import { stepStatus, type StepState, type WizardStep } from '../../../shared/draft/wizard-steps';
import { widgetCodeOf } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo } from '../../../shared/ipc/types';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile, type PlatformProfile } from '../../../shared/platform/profiles';
import { getApi } from '../app/api';
import { useProject } from '../project/project-context';
import { restorePending } from './restore-pending';
import { useLiveCheck } from './use-live-check';
import { hasManifest, NO_PENDING_IMAGES, plannedFiles, virtualBase, type PendingImages, type PendingImageSet, type PlannedFile } from './wizard-files';
import { useWizardSave, type SaveState } from './use-wizard-save';
import {
  carryOver,
  deriveWidget,
  NO_STORED_PENDING,
  readStoredWizard,
  restoreWidget,
  storedPendingOf,
  storedWizardValue,
  widgetFingerprint,
  type MessageLang,
  type RestoreNotice,
  type StoredWizard,
} from './wizard-storage';

/** A change to the draft, applied to the latest draft (never to a copy a render captured). */
export type DraftEdit = (draft: WidgetDraft) => WidgetDraft;

export interface WizardValue {
  /** The files on disk as last read. */
  base: WidgetSnapshot;
  widget: WidgetDraft;
  profile: PlatformProfile;
  isNew: boolean;
  /** Every file a Save writes, renames or deletes, and how many of them change something. */
  planned: PlannedFile[];
  unsavedFiles: number;
  /** Every finding of the widget as the save would leave it; null until the first check ran. */
  live: LiveCheck | null;
  edited: boolean;
  update(edit: DraftEdit): void;
  pending: PendingImages;
  setBrandingImages(set: PendingImageSet | null): void;
  setSlides(locale: string, set: PendingImageSet | null): void;
  notice: RestoreNotice;
  dismissNotice(): void;
  /** After 'files-changed': take the stored draft back instead of the files. */
  useStoredDraft(): void;
  /** Drop the draft's edits and read everything from the files again. */
  reloadFromFiles(): void;
  visited: ReadonlySet<string>;
  visit(step: string): void;
  statusOf(step: WizardStep): StepState;
  findingsOf(step: WizardStep): Finding[];
  messages: Partial<Record<MessageLang, string>>;
  setMessage(lang: MessageLang, text: string | null): void;
  save(): Promise<boolean>;
  /** A project opened from a zip: write it whole into a folder the user chooses, with the draft's changes, and continue there. */
  saveAsFolder(): Promise<boolean>;
  saveState: SaveState;
}

const WizardContext = createContext<WizardValue | null>(null);
const WizardLoadContext = createContext<{ error: ApiErrorInfo | null }>({ error: null });

interface LoadedState {
  base: WidgetSnapshot;
  widget: WidgetDraft;
  stored: StoredWizard;
}

/** The wizard over the open project: the draft, its live check, the images made, and Save. */
export function WizardProvider({ children }: { children: ReactNode }) {
  const { path, project, draft, draftLoaded, updateDraft, setPlatform } = useProject();
  const [loaded, setLoaded] = useState<LoadedState | null>(null);
  const [loadError, setLoadError] = useState<ApiErrorInfo | null>(null);
  const [notice, setNotice] = useState<RestoreNotice>(null);
  const [pending, setPending] = useState<PendingImages>(NO_PENDING_IMAGES);
  const keptDraft = useRef<WidgetDraft | null>(null);
  const storedRef = useRef(draft.wizard);
  storedRef.current = draft.wizard;

  // A new check of the files (opened, saved, fixed, checked again) brings a new snapshot.
  const checkedAt = project?.checkedAt;
  const [base, setBase] = useState<WidgetSnapshot | null>(null);
  useEffect(() => {
    if (!checkedAt) return;
    let cancelled = false;
    getApi()
      .readProject(path)
      .then((snapshot) => {
        if (!cancelled) setBase(snapshot);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(toErrorInfo(error));
      });
    return () => {
      cancelled = true;
    };
  }, [checkedAt, path]);

  const loadedRef = useRef<LoadedState | null>(null);
  const commit = useCallback((next: LoadedState, save: boolean) => {
    loadedRef.current = next;
    setLoaded(next);
    if (save) updateDraft({ wizard: storedWizardValue(next.stored) });
  }, [updateDraft]);

  useEffect(() => {
    const current = loadedRef.current;
    if (!base || !draftLoaded || !project || current?.base === base) return;
    if (current === null) {
      const stored = readStoredWizard(storedRef.current);
      const restored = restoreWidget(stored, base, project.platform);
      if (restored.notice === 'files-changed') keptDraft.current = stored.widget;
      setNotice(restored.notice);
      const edited = stored.edited && restored.notice !== 'files-changed';
      commit({ base, widget: restored.widget, stored: { ...stored, widget: restored.widget, baseline: widgetFingerprint(base), edited } }, false);
      return;
    }
    // Files changed under an untouched draft (a fix, a save, an edit in another editor): read them again.
    const widget = current.stored.edited ? current.widget : carryOver(current.widget, deriveWidget(base, current.widget.platform));
    commit({ base, widget, stored: { ...current.stored, widget, baseline: widgetFingerprint(base) } }, current.stored.widget !== null);
  }, [base, draftLoaded, project, commit]);

  const widget = loaded?.widget ?? null;
  useEffect(() => {
    if (widget) setPlatform(widget.platform);
  }, [setPlatform, widget?.platform]);

  const update = useCallback(
    (edit: (current: WidgetDraft) => WidgetDraft) => {
      const current = loadedRef.current;
      if (!current) return;
      const next = edit(current.widget);
      if (next === current.widget) return;
      commit({ ...current, widget: next, stored: { ...current.stored, widget: next, edited: true } }, true);
    },
    [commit],
  );

  const changeStored = useCallback(
    (change: (stored: StoredWizard) => StoredWizard) => {
      const current = loadedRef.current;
      if (!current) return;
      const stored = change(current.stored);
      commit({ ...current, stored, widget: stored.widget ?? current.widget }, true);
    },
    [commit],
  );

  // The checker sees the disk files plus, for a new widget, the skeleton the save adds (it follows the widget code).
  const skeletonKey = loaded && !hasManifest(loaded.base) ? widgetCodeOf(loaded.widget) : '';
  const codeBase = useMemo(
    () => (loaded ? virtualBase(loaded.base, loaded.widget, NO_PENDING_IMAGES) : null),
    // Only a new skeleton (another widget code) or new files change it, not every edit.
    [loaded?.base, skeletonKey, loaded?.widget.fixEncoding],
  );
  const planned = useMemo(() => (loaded ? plannedFiles(loaded.widget, loaded.base, pending) : []), [loaded, pending]);
  // The check that opened the files already made their code findings: the live check reuses them
  // (checking 3,000 files twice doubled the wait for the report) unless it sees other files or settings.
  const known = useMemo(
    () => (loaded && project && codeBase === loaded.base ? knownCodeFindings(loaded.base, loaded.widget, project.report) : null),
    [codeBase],
  );
  const live = useLiveCheck(codeBase, known, widget, pending);

  // The images made and not saved yet; the draft keeps their ids so a restart shows them again.
  const pendingRef = useRef<PendingImages>(NO_PENDING_IMAGES);
  const changePending = useCallback(
    (change: (current: PendingImages) => PendingImages) => {
      const next = change(pendingRef.current);
      pendingRef.current = next;
      setPending(next);
      changeStored((current) => ({ ...current, pending: storedPendingOf(next) }));
    },
    [changeStored],
  );
  const setBrandingImages = useCallback((set: PendingImageSet | null) => changePending((current) => ({ ...current, branding: set })), [changePending]);
  const setSlides = useCallback(
    (locale: string, set: PendingImageSet | null) =>
      changePending((current) => {
        const slides = { ...current.slides };
        if (set) slides[locale] = set;
        else delete slides[locale];
        return { ...current, slides };
      }),
    [changePending],
  );

  const restoring = useRef(false);
  useEffect(() => {
    if (!loaded || restoring.current) return;
    restoring.current = true;
    void restorePending(loaded.stored.pending).then((restored) => {
      // Sets made since the restore started win over the restored ones.
      changePending((current) => ({ branding: current.branding ?? restored.branding, slides: { ...restored.slides, ...current.slides } }));
    });
  }, [loaded, changePending]);

  const saver = useWizardSave(loaded, pending, () => {
    pendingRef.current = NO_PENDING_IMAGES;
    setPending(NO_PENDING_IMAGES);
    changeStored((current) => ({ ...current, edited: false, pending: NO_STORED_PENDING }));
  });

  const value = useMemo<WizardValue | null>(() => {
    if (!loaded) return null;
    const { stored } = loaded;
    const visited = new Set(stored.visited);
    const findingsOf = (step: WizardStep) => live?.byStep[step] ?? [];
    return {
      base: loaded.base,
      widget: loaded.widget,
      profile: platformProfile(loaded.widget.platform),
      isNew: !hasManifest(loaded.base),
      planned,
      unsavedFiles: planned.filter((file) => file.status !== 'unchanged').length,
      live,
      edited: stored.edited,
      update,
      pending,
      setBrandingImages,
      setSlides,
      notice,
      dismissNotice: () => setNotice(null),
      useStoredDraft: () => {
        const kept = keptDraft.current;
        setNotice(null);
        if (kept) changeStored((current) => ({ ...current, widget: kept, edited: true }));
      },
      reloadFromFiles: () => {
        setNotice(null);
        changeStored((current) => ({ ...current, widget: carryOver(loaded.widget, deriveWidget(loaded.base, loaded.widget.platform)), edited: false }));
      },
      visited,
      visit: (step) => {
        if (!visited.has(step)) changeStored((current) => ({ ...current, visited: [...current.visited, step] }));
      },
      statusOf: (step) => (live ? stepStatus(step, { draft: loaded.widget, findings: findingsOf(step), visited: visited.has(step), snapshot: live.snapshot, base: loaded.base }) : 'not-started'),
      findingsOf,
      messages: stored.messages,
      setMessage: (lang, text) =>
        changeStored((current) => {
          const messages = { ...current.messages };
          if (text === null) delete messages[lang];
          else messages[lang] = text;
          return { ...current, messages };
        }),
      save: saver.save,
      saveAsFolder: saver.saveAsFolder,
      saveState: saver.state,
    };
  }, [loaded, planned, live, update, pending, notice, changeStored, saver.save, saver.saveAsFolder, saver.state, setBrandingImages, setSlides]);

  const status = useMemo(() => ({ error: loadError }), [loadError]);
  return (
    <WizardLoadContext.Provider value={status}>
      <WizardContext.Provider value={value}>{children}</WizardContext.Provider>
    </WizardLoadContext.Provider>
  );
}

/** The wizard, or null while the widget is still being read. */
export function useWizardOrNull(): WizardValue | null {
  return useContext(WizardContext);
}

export function useWizard(): WizardValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard needs a loaded WizardProvider');
  return value;
}

/** Why the wizard could not read the widget (it was moved, or cannot be read), else null. */
export function useWizardLoadError(): ApiErrorInfo | null {
  return useContext(WizardLoadContext).error;
}
