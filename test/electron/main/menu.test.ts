import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { RecentProject } from '../../../shared/ipc/types';
import { PLATFORM_PROFILES } from '../../../shared/platform/profiles';
import { buildMenuTemplate, type MenuInput } from '../../../electron/main/menu';

const recent: RecentProject[] = [
  { path: '/w/deals', name: 'Deals via Acme', platform: 'amocrm', kind: 'folder', lastOpened: '2025-01-01T00:00:00Z', lastResult: null, missing: false },
  { path: '/w/gone', name: 'Gone via Acme', platform: 'kommo', kind: 'zip', lastOpened: '2025-01-01T00:00:00Z', lastResult: null, missing: true },
];

function menu(overrides: Partial<MenuInput> = {}) {
  const input: MenuInput = { os: 'linux', appName: 'Widget Publisher', language: 'en', recent, isDevelopment: false, send: vi.fn(), openExternal: vi.fn(), ...overrides };
  return { template: buildMenuTemplate(input), input };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('application menu', () => {
  it('has File with New, Open folder, Open zip, Open recent and Export, each sending its command', () => {
    const { template, input } = menu();
    const file = submenu(byLabel(template, '&File'));
    click(byLabel(file, 'New Widget…'));
    click(byLabel(file, 'Open Widget Folder…'));
    click(byLabel(file, 'Open widget.zip…'));
    click(byLabel(file, 'Export widget.zip…'));
    expect(vi.mocked(input.send).mock.calls.map(([command]) => command.command)).toEqual(['new-widget', 'open-folder', 'open-zip', 'export']);
    expect(byLabel(file, 'New Widget…')?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('lists recent projects; a missing one is shown but cannot be opened', () => {
    const { template, input } = menu();
    const recentItems = submenu(byLabel(submenu(byLabel(template, '&File')), 'Open Recent'));
    expect(recentItems.map((item) => [item.label, item.enabled])).toEqual([
      ['Deals via Acme', true],
      ['Gone via Acme (missing)', false],
    ]);
    click(recentItems[0]);
    expect(input.send).toHaveBeenCalledWith({ command: 'open-recent', path: '/w/deals' });
    const empty = submenu(byLabel(submenu(byLabel(menu({ recent: [] }).template, '&File')), 'Open Recent'));
    expect(empty).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('on macOS puts the app menu first with Preferences, and File has no Quit', () => {
    const { template } = menu({ os: 'darwin' });
    expect(template[0].label).toBe('Widget Publisher');
    expect(submenu(template[0]).some((item) => item.label === 'Preferences…')).toBe(true);
    expect(submenu(byLabel(template, '&File')).some((item) => item.role === 'quit')).toBe(false);
    expect(template.some((item) => item.role === 'window')).toBe(true);
  });

  it('names the product in About, Hide and Quit, and speaks Russian in every role item of the Russian UI', () => {
    const english = menu({ os: 'darwin' }).template;
    expect(submenu(english[0]).filter((item) => item.role).map((item) => item.label)).toEqual([
      'About Widget Publisher',
      'Services',
      'Hide Widget Publisher',
      'Hide Others',
      'Show All',
      'Quit Widget Publisher',
    ]);
    const russian = menu({ os: 'darwin', language: 'ru' }).template;
    const roleItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [...(item.role && item.role !== 'help' && item.role !== 'window' ? [item] : []), ...roleItems(submenu(item))]);
    const labels = roleItems(russian).map((item) => String(item.label));
    expect(labels.length).toBeGreaterThan(15);
    for (const label of labels) expect(label, label).toMatch(/[а-яё]/i);
    expect(labels).toContain('Завершить Widget Publisher');
    expect(submenu(byLabel(menu({ os: 'linux', language: 'ru' }).template, '&Файл')).at(-1)).toMatchObject({ role: 'quit', label: 'Завершить Widget Publisher' });
  });

  it('on Windows and Linux keeps Preferences and Quit in File', () => {
    const { template } = menu({ os: 'win32' });
    expect(template[0].label).toBe('&File');
    const file = submenu(template[0]);
    expect(file.some((item) => item.label === 'Preferences…')).toBe(true);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('links Help to the checklists of both platforms, through openExternal', () => {
    const { template, input } = menu();
    const help = submenu(template.find((item) => item.role === 'help'));
    help.filter((item) => item.click).forEach(click);
    const urls = vi.mocked(input.openExternal).mock.calls.map(([url]) => url);
    expect(urls).toContain(PLATFORM_PROFILES.amocrm.links.checklist);
    expect(urls).toContain(PLATFORM_PROFILES.kommo.links.checklist);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('speaks Russian when the UI does, and hides developer tools in a release', () => {
    const { template } = menu({ language: 'ru' });
    expect(template[0].label).toBe('&Файл');
    const view = submenu(template.find((item) => item.label === '&Вид'));
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const devView = submenu(menu({ isDevelopment: true }).template.find((item) => item.label === '&View'));
    expect(devView.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
