import { chmod, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveFilesResult } from '../../../shared/ipc/types';
import { isImageFile, isTextFile, type WidgetSnapshot } from '../../../shared/model/snapshot';
import { writeFileAtomic } from '../../services/atomic-write';
import { UserError } from '../../services/user-error';
import { readWidget } from '../../services/widget-reader';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';
import { refuseNonEmptyFolder } from './new-widget-handlers';

/** Images up to this size travel with the snapshot, so the wizard can show the ones already in the widget. */
const MAX_PREVIEW_IMAGE_BYTES = 2_000_000;

/** The snapshot without the bytes the renderer never looks at (fonts, archives, large media). */
export function snapshotForRenderer(snapshot: WidgetSnapshot): WidgetSnapshot {
  return {
    ...snapshot,
    files: snapshot.files.map((file) => {
      const keep = isTextFile(file.path) || (isImageFile(file.path) && file.size <= MAX_PREVIEW_IMAGE_BYTES);
      return keep ? file : { ...file, bytes: null };
    }),
  };
}

async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return null;
  }
}

type WizardChannels = 'project:read' | 'project:save-files' | 'project:prepare-new';

/** What the wizard needs beyond the shell: the widget's files to edit, and a Save that writes them. */
export function wizardHandlers(deps: HandlerDeps): Pick<Handlers, WizardChannels> {
  const { grants } = deps;
  return {
    'project:read': async (path) => snapshotForRenderer((await readWidget(path)).snapshot),

    'project:save-files': async (request): Promise<SaveFilesResult> => {
      grants.assertInsideFolder(request.folder, 'The widget files');
      const root = request.nestedRoot ? join(request.folder, ...request.nestedRoot.split('/')) : request.folder;
      const targets = request.files.map((file) => ({ file, target: join(root, ...file.path.split('/')) }));
      for (const { target } of targets) grants.assertInsideFolder(target, 'The widget files');
      for (const { file, target } of targets) {
        const mode = await modeOf(target);
        try {
          await writeFileAtomic(target, file.text);
          // The atomic write makes a new file; an existing one keeps its permissions.
          if (mode !== null) await chmod(target, mode);
        } catch (error) {
          throw new UserError(`Cannot write ${target}: ${(error as Error).message}. Files listed before it were saved; check the folder's permissions and save again.`, file.path);
        }
      }
      return { root, written: request.files.map((file) => file.path) };
    },

    'project:prepare-new': async (folder) => {
      grants.assertInsideFolder(folder, 'A new widget');
      await refuseNonEmptyFolder(folder);
      await mkdir(folder, { recursive: true });
      return folder;
    },
  };
}
