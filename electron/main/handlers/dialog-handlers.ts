import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultZipPath, UPLOAD_ZIP_NAME } from '../../services/widget-packer';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

type DialogChannels =
  | 'dialog:open-folder'
  | 'dialog:open-zip'
  | 'dialog:new-widget-folder'
  | 'dialog:open-images'
  | 'dialog:save-zip'
  | 'dialog:save-text';

/** The path widget.zip is offered at: next to a folder, or beside the zip that was opened. */
export function suggestedZipPath(projectPath: string): string {
  return /\.zip$/i.test(projectPath) ? join(dirname(projectPath), UPLOAD_ZIP_NAME) : defaultZipPath(projectPath);
}

export function dialogHandlers(deps: HandlerDeps): Pick<Handlers, DialogChannels> {
  const { dialogs, grants } = deps;
  return {
    'dialog:open-folder': async () => {
      const folder = await dialogs.openFolder();
      if (folder) grants.notePicked(folder);
      return folder;
    },
    'dialog:open-zip': async () => {
      const zip = await dialogs.openZip();
      if (zip) grants.notePicked(zip);
      return zip;
    },
    'dialog:new-widget-folder': async () => {
      const folder = await dialogs.newWidgetFolder();
      if (folder) {
        grants.notePicked(folder);
        grants.grantFolder(folder);
      }
      return folder;
    },
    'dialog:open-images': (multiple) => dialogs.openImages(multiple),
    'dialog:save-zip': async (projectPath) => {
      const chosen = await dialogs.saveZip(suggestedZipPath(projectPath));
      if (!chosen) return null;
      const appended = !/\.zip$/i.test(chosen);
      const path = appended ? `${chosen}.zip` : chosen;
      // The dialog asked about replacing `chosen`, not the .zip beside it: ask about that one here.
      if (appended && existsSync(path) && !(await dialogs.confirmOverwrite(path))) return null;
      grants.grantFile(path);
      return path;
    },
    'dialog:save-text': async (defaultName) => {
      const chosen = await dialogs.saveText(defaultName);
      if (chosen) grants.grantFile(chosen);
      return chosen;
    },
  };
}
