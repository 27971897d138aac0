import { useCallback, useState } from 'react';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo } from '../../../shared/ipc/types';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { getApi } from '../app/api';
import { useRouter } from '../app/router';
import { useProject } from '../project/project-context';
import { savePlan, type PendingImages } from './wizard-files';
import { EMPTY_STORED_WIZARD, NO_STORED_PENDING, readStoredWizard, storedWizardValue } from './wizard-storage';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; files: number; at: string }
  | { status: 'failed'; error: ApiErrorInfo };

/**
 * Save to folder: the changed text files, the images made in this session and the renumbered tour
 * slides, in one request main writes atomically file by file; then a new check of what is on disk.
 * Only ever called from the user's Save button.
 *
 * A project opened from a zip cannot be written in place: Save as folder copies the zip's files into
 * an empty folder the user chooses, adds the same changes, and the wizard continues with that folder.
 */
export function useWizardSave(loaded: { base: WidgetSnapshot; widget: WidgetDraft } | null, pending: PendingImages, onSaved: () => void) {
  const { path, project, recheck, draft, updateDraft } = useProject();
  const { navigate } = useRouter();
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const save = useCallback(async (): Promise<boolean> => {
    if (!loaded || !project || project.kind !== 'folder') return false;
    setState({ status: 'saving' });
    try {
      const plan = savePlan(loaded.widget, loaded.base, pending);
      if (plan.files.length + plan.images.length + plan.renames.length + plan.deletes.length > 0) {
        await getApi().saveProjectFiles({ folder: path, nestedRoot: project.nestedRoot, files: plan.files, images: plan.images, renames: plan.renames, deletes: plan.deletes });
      }
      onSaved();
      setState({ status: 'saved', files: plan.planned.length, at: new Date().toISOString() });
      await recheck();
      return true;
    } catch (error) {
      setState({ status: 'failed', error: toErrorInfo(error) });
      return false;
    }
  }, [loaded, pending, project, path, recheck, onSaved]);

  const saveAsFolder = useCallback(async (): Promise<boolean> => {
    if (!loaded || !project || project.kind !== 'zip') return false;
    try {
      const folder = await getApi().chooseNewWidgetFolder();
      if (!folder) return false;
      setState({ status: 'saving' });
      const plan = savePlan(loaded.widget, loaded.base, pending);
      await getApi().saveProjectAsFolder({ source: path, folder, files: plan.files, images: plan.images, renames: plan.renames, deletes: plan.deletes });
      // The folder holds the draft's changes now: it starts with what the files cannot hold (company, phone, step, message).
      const stored = readStoredWizard(draft.wizard);
      const carried = { ...stored, baseline: null, edited: false, pending: NO_STORED_PENDING };
      await getApi().saveDraft(folder, { ...draft, step: 'export', wizard: storedWizardValue(carried) });
      // The zip's own draft goes back to the zip as it is: its edits live in the folder now.
      updateDraft({ wizard: storedWizardValue({ ...EMPTY_STORED_WIZARD, visited: stored.visited }) });
      setState({ status: 'saved', files: plan.planned.length, at: new Date().toISOString() });
      navigate({ name: 'project', path: folder, step: 'export', savedFrom: path });
      return true;
    } catch (error) {
      setState({ status: 'failed', error: toErrorInfo(error) });
      return false;
    }
  }, [loaded, pending, project, path, draft, updateDraft, navigate]);

  return { save, saveAsFolder, state };
}
