import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentProject, UiLanguage } from '../../shared/ipc/types';
import { PLATFORM_IDS, platformProfile } from '../../shared/platform/profiles';
import { MENU_LABELS, type LabelledRole } from './menu-labels';

export interface MenuInput {
  /** process.platform: macOS gets the app menu and keeps Preferences there. */
  os: string;
  appName: string;
  language: UiLanguage;
  recent: readonly RecentProject[];
  /** Developer tools only in an unpackaged build. */
  isDevelopment: boolean;
  send(command: MenuCommand): void;
  openExternal(url: string): void;
}

/** The application menu as data (Menu.buildFromTemplate turns it into a menu), so it is testable. */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[input.language];
  const isMac = input.os === 'darwin';
  const role = (name: LabelledRole): MenuItemConstructorOptions => ({ role: name, label: labels.roles[name](input.appName) });
  const preferences: MenuItemConstructorOptions = {
    label: labels.preferences,
    accelerator: 'CmdOrCtrl+,',
    click: () => input.send({ command: 'preferences' }),
  };

  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: labels.noRecent, enabled: false }]
      : input.recent.map((project) => ({
          label: project.missing ? `${project.name} (${labels.missing})` : project.name,
          sublabel: project.path,
          enabled: !project.missing,
          click: () => input.send({ command: 'open-recent', path: project.path }),
        }));

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.newWidget, accelerator: 'CmdOrCtrl+N', click: () => input.send({ command: 'new-widget' }) },
      { label: labels.openFolder, accelerator: 'CmdOrCtrl+O', click: () => input.send({ command: 'open-folder' }) },
      { label: labels.openZip, accelerator: 'CmdOrCtrl+Shift+O', click: () => input.send({ command: 'open-zip' }) },
      { label: labels.openRecent, submenu: recentItems },
      { type: 'separator' },
      { label: labels.exportZip, accelerator: 'CmdOrCtrl+E', click: () => input.send({ command: 'export' }) },
      ...(isMac ? [] : ([{ type: 'separator' }, preferences, { type: 'separator' }, role('quit')] as MenuItemConstructorOptions[])),
      ...(isMac ? ([{ type: 'separator' }, role('close')] as MenuItemConstructorOptions[]) : []),
    ],
  };

  const helpLinks: MenuItemConstructorOptions[] = PLATFORM_IDS.flatMap((id, index) => {
    const profile = platformProfile(id);
    const links: MenuItemConstructorOptions[] = [
      { label: labels.checklist(profile.displayName), click: () => input.openExternal(profile.links.checklist) },
      { label: labels.structure(profile.displayName), click: () => input.openExternal(profile.links.structure) },
      { label: labels.upload(profile.displayName), click: () => input.openExternal(profile.links.upload) },
    ];
    return index === 0 ? links : [{ type: 'separator' }, ...links];
  });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: input.appName,
      submenu: [
        role('about'),
        { type: 'separator' },
        preferences,
        { type: 'separator' },
        role('services'),
        { type: 'separator' },
        role('hide'),
        role('hideOthers'),
        role('unhide'),
        { type: 'separator' },
        role('quit'),
      ],
    });
  }
  template.push(file);
  template.push({
    label: labels.edit,
    submenu: [
      role('undo'),
      role('redo'),
      { type: 'separator' },
      role('cut'),
      role('copy'),
      role('paste'),
      role('selectAll'),
    ],
  });
  template.push({
    label: labels.view,
    submenu: [
      ...(input.isDevelopment ? ([role('reload'), role('toggleDevTools'), { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      { type: 'separator' },
      role('togglefullscreen'),
    ],
  });
  if (isMac) {
    template.push({ role: 'window', label: labels.window, submenu: [role('minimize'), role('zoom'), { type: 'separator' }, role('front')] });
  }
  template.push({ role: 'help', label: labels.help, submenu: helpLinks });
  return template;
}
