import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { basename, join } from 'node:path';
import type { UiLanguage } from '../../shared/ipc/types';
import type { Dialogs } from './handlers';
import { MENU_LABELS } from './menu-labels';

const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'svg', 'gif', 'avif', 'tif', 'tiff'];

export interface NativeDialogOptions {
  getWindow(): BrowserWindow | null;
  getLanguage(): UiLanguage;
  /** Resolved when a save dialog opens: app.getPath('documents') throws on some Windows machines. */
  documentsFolder(): string;
}

/** Electron's dialogs, attached to the app window (sheets on macOS). */
export function nativeDialogs(options: NativeDialogOptions): Dialogs {
  const open = async (settings: OpenDialogOptions): Promise<string[]> => {
    const window = options.getWindow();
    const result = window ? await dialog.showOpenDialog(window, settings) : await dialog.showOpenDialog(settings);
    return result.canceled ? [] : result.filePaths;
  };
  const save = async (settings: SaveDialogOptions): Promise<string | null> => {
    const window = options.getWindow();
    const result = window ? await dialog.showSaveDialog(window, settings) : await dialog.showSaveDialog(settings);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const labels = () => MENU_LABELS[options.getLanguage()];
  const confirmOverwrite = async (path: string): Promise<boolean> => {
    const window = options.getWindow();
    const box = {
      type: 'warning' as const,
      buttons: [labels().replace, labels().cancel],
      defaultId: 1,
      cancelId: 1,
      message: labels().replaceQuestion(basename(path)),
      detail: path,
    };
    const result = window ? await dialog.showMessageBox(window, box) : await dialog.showMessageBox(box);
    return result.response === 0;
  };

  return {
    openFolder: async () => (await open({ title: labels().dialogOpenFolder, properties: ['openDirectory'] }))[0] ?? null,
    openZip: async () =>
      (await open({ title: labels().dialogOpenZip, properties: ['openFile'], filters: [{ name: labels().zipFilter, extensions: ['zip'] }] }))[0] ?? null,
    newWidgetFolder: async () =>
      (await open({ title: labels().dialogNewWidget, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }))[0] ?? null,
    openImages: (multiple) =>
      open({
        title: labels().dialogImages,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: [{ name: labels().imageFilter, extensions: IMAGE_EXTENSIONS }],
      }),
    saveZip: (defaultPath) => save({ title: labels().dialogSaveZip, defaultPath, filters: [{ name: labels().zipFilter, extensions: ['zip'] }] }),
    confirmOverwrite,
    saveText: (defaultName) =>
      save({ title: labels().dialogSaveText, defaultPath: join(options.documentsFolder(), defaultName), filters: [{ name: labels().textFilter, extensions: ['txt', 'md'] }] }),
  };
}
