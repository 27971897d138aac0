import { mkdir } from 'node:fs/promises';
import type { FileRename, ImageSetTarget, SaveAsFolderResult, SaveFileEntry, SaveFilesResult } from '../../../shared/ipc/types';
import { isImageFile, isTextFile, type WidgetSnapshot } from '../../../shared/model/snapshot';
import { refuseNonEmptyFolder } from '../../services/empty-folder';
import { UserError } from '../../services/user-error';
import { readWidget } from '../../services/widget-reader';
import { readImageTexts } from '../../services/image-text/image-text-reader';
import { applyWidgetWrite, plannedPaths, widgetPath, type WidgetWritePlan } from '../../services/widget-writer';
import { saveZipAsFolder } from '../../services/zip-to-folder';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

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

/** The images of each set, from the store where main kept them since they were made. */
async function resolveImages(deps: HandlerDeps, targets: readonly ImageSetTarget[]): Promise<WidgetWritePlan['images']> {
  const sets: WidgetWritePlan['images'] = [];
  for (const target of targets) {
    const set = await deps.imageSets.get(target.setId);
    if (!set) throw new UserError(`The images made earlier (${target.setId}) are no longer kept. Make them again in the Branding or Tour step, then save.`);
    const wanted = target.files ? new Set(target.files) : null;
    sets.push({ folder: target.folder, files: wanted ? set.images.filter((image) => wanted.has(image.file)) : set.images });
  }
  return sets;
}

async function planOf(deps: HandlerDeps, request: { files: SaveFileEntry[]; images?: ImageSetTarget[]; renames?: FileRename[]; deletes?: string[] }): Promise<WidgetWritePlan> {
  return { texts: request.files, images: await resolveImages(deps, request.images ?? []), renames: request.renames ?? [], deletes: request.deletes ?? [] };
}

type WizardChannels = 'project:read' | 'project:save-files' | 'project:save-as-folder' | 'project:prepare-new';

/** What the wizard needs beyond the shell: the widget's files to edit, and a Save that writes them. */
export function wizardHandlers(deps: HandlerDeps): Pick<Handlers, WizardChannels> {
  const { grants } = deps;
  return {
    'project:read': async (path) => {
      const { snapshot, config } = await readWidget(path);
      if (!deps.imageTextCache) return snapshotForRenderer(snapshot);
      // The words the last check read, so the wizard's live check keeps image/foreign-text's findings.
      const { texts } = await readImageTexts(snapshot, config, { cacheFolder: deps.imageTextCache, cachedOnly: true });
      return snapshotForRenderer({ ...snapshot, imageText: texts });
    },

    'project:save-files': async (request): Promise<SaveFilesResult> => {
      grants.assertInsideFolder(request.folder, 'The widget files');
      const root = request.nestedRoot ? widgetPath(request.folder, request.nestedRoot) : request.folder;
      const plan = await planOf(deps, request);
      for (const target of plannedPaths(root, plan)) grants.assertInsideFolder(target, 'The widget files');
      return { root, written: await applyWidgetWrite(root, plan) };
    },

    'project:save-as-folder': async (request): Promise<SaveAsFolderResult> => {
      grants.assertInsideFolder(request.folder, 'The widget');
      const result = await saveZipAsFolder(request.source, request.folder, await planOf(deps, request));
      grants.grantFolder(result.folder);
      return result;
    },

    'project:prepare-new': async (folder) => {
      grants.assertInsideFolder(folder, 'A new widget');
      await refuseNonEmptyFolder(folder, 'Choose a new or empty folder for the new widget, or open the existing widget instead.');
      await mkdir(folder, { recursive: true });
      return folder;
    },
  };
}
