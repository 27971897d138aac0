import { useCallback, useState } from 'react';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo } from '../../../shared/ipc/types';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { platformProfile } from '../../../shared/platform/profiles';
import { getApi } from '../app/api';
import { useProject } from '../project/project-context';
import { joinNative, pendingSets, plannedFiles, type PendingImages } from './wizard-files';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; files: number; at: string }
  | { status: 'failed'; error: ApiErrorInfo };

/**
 * Save to folder: the changed text files (atomically, by main), then the images made in this
 * session, then a new check of what is on disk. Only ever called from the user's Save button.
 */
export function useWizardSave(loaded: { base: WidgetSnapshot; widget: WidgetDraft } | null, pending: PendingImages, onSaved: () => void) {
  const { path, project, recheck } = useProject();
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const save = useCallback(async (): Promise<boolean> => {
    if (!loaded || !project || project.kind !== 'folder') return false;
    setState({ status: 'saving' });
    try {
      const planned = plannedFiles(loaded.widget, loaded.base, pending).filter((file) => file.status !== 'unchanged');
      const texts = planned.flatMap((file) => (file.kind === 'text' && file.newText !== null ? [{ path: file.path, text: file.newText }] : []));
      if (texts.length > 0) await getApi().saveProjectFiles({ folder: path, nestedRoot: project.nestedRoot, files: texts });
      const imagesFolder = joinNative(path, project.nestedRoot, platformProfile(loaded.widget.platform).images.folder);
      for (const set of pendingSets(pending)) await getApi().writeImages(set.jobId, imagesFolder);
      onSaved();
      setState({ status: 'saved', files: planned.length, at: new Date().toISOString() });
      await recheck();
      return true;
    } catch (error) {
      setState({ status: 'failed', error: toErrorInfo(error) });
      return false;
    }
  }, [loaded, pending, project, path, recheck, onSaved]);

  return { save, state };
}
