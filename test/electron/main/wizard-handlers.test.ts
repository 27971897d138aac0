import { existsSync, mkdtempSync } from 'node:fs';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IpcEnvelope } from '../../../shared/ipc/types';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { describeError } from '../../../electron/main/error-info';
import { createHandlers, PathGrants, type Dialogs } from '../../../electron/main/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc-handle';
import { ImageSetStore } from '../../../electron/services/image-set-store';
import { JobRunner } from '../../../electron/services/jobs';
import { SettingsStore, type KeyValueFile } from '../../../electron/services/settings-store';
import { removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree, zipWithJszip } from '../services/widget-on-disk';

vi.mock('electron', () => ({ default: {}, ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));

const tempDir = tempFolder;
afterAll(removeTempFolders);

function rig(): { dispatch: Dispatch; grants: PathGrants } {
  let data: Record<string, unknown> = {};
  const file: KeyValueFile = {
    path: '/mem/config.json',
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      data = structuredClone(value);
    },
  };
  const settings = new SettingsStore(file, { cipher: { isAvailable: () => false, encrypt: (text) => text, decrypt: (text) => text }, defaultLanguage: 'en', exists: existsSync });
  const none = async () => null;
  const dialogs: Dialogs = { openFolder: none, openZip: none, newWidgetFolder: none, openImages: async () => [], saveZip: none, saveText: none, confirmOverwrite: async () => false };
  const grants = new PathGrants();
  const handlers = createHandlers({
    app: { name: 'Widget Publisher', version: '1.0.0', os: 'linux' },
    settings,
    jobs: new JobRunner({ onProgress: () => undefined, describeError: (error) => describeError(error, () => undefined) }),
    dialogs,
    grants,
    imageSets: new ImageSetStore(mkdtempSync(join(tmpdir(), 'wp-image-sets-'))),
    desktop: { revealInFolder: () => undefined, openExternal: async () => undefined, writeClipboard: () => undefined },
    onPreferencesChanged: () => undefined,
    onRecentChanged: () => undefined,
    onCloseReady: () => undefined,
    onPageStarted: () => undefined,
  });
  return { dispatch: createDispatcher(handlers, (error) => describeError(error, () => undefined)), grants };
}

async function envelope<T>(dispatch: Dispatch, channel: string, ...args: unknown[]): Promise<IpcEnvelope<T>> {
  return (await dispatch(channel, args)) as IpcEnvelope<T>;
}

describe('the wizard’s channels', () => {
  it('reads a widget with the bytes of its text files and images, never of other binaries', async () => {
    const root = join(await tempDir('wp-wizard-read-'), 'widget');
    await writeTree(root, { ...(await validWidgetOnDiskFiles('amocrm')), 'fonts/brand.woff2': new Uint8Array(64) });
    const result = await envelope<WidgetSnapshot>(rig().dispatch, 'project:read', root);
    expect(result.ok).toBe(true);
    const files = Object.fromEntries((result as { value: WidgetSnapshot }).value.files.map((entry) => [entry.path, entry.bytes]));
    expect(files['manifest.json']).toBeInstanceOf(Uint8Array);
    expect(files['images/logo_main.png']).toBeInstanceOf(Uint8Array);
    expect(files['fonts/brand.woff2']).toBeNull();
  });

  it('saves files only inside a folder opened in this session, atomically, keeping permissions', async () => {
    const { dispatch, grants } = rig();
    const folder = await tempDir('wp-wizard-save-');
    await writeFile(join(folder, 'script.js'), 'old');
    await chmod(join(folder, 'script.js'), 0o640);
    const request = { folder, nestedRoot: null, files: [{ path: 'script.js', text: 'new' }, { path: 'i18n/en.json', text: '{}\n' }] };

    expect(await envelope(dispatch, 'project:save-files', request)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await expect(readFile(join(folder, 'script.js'), 'utf8')).resolves.toBe('old');

    grants.grantFolder(folder);
    expect(await envelope(dispatch, 'project:save-files', request)).toMatchObject({ ok: true, value: { root: folder, written: ['script.js', 'i18n/en.json'] } });
    await expect(readFile(join(folder, 'script.js'), 'utf8')).resolves.toBe('new');
    await expect(readFile(join(folder, 'i18n', 'en.json'), 'utf8')).resolves.toBe('{}\n');
    expect((await stat(join(folder, 'script.js'))).mode & 0o777).toBe(0o640);
  });

  it('writes into the nested root the widget was read from', async () => {
    const { dispatch, grants } = rig();
    const folder = await tempDir('wp-wizard-nested-');
    grants.grantFolder(folder);
    await envelope(dispatch, 'project:save-files', { folder, nestedRoot: 'widget', files: [{ path: 'manifest.json', text: '{}' }] });
    expect(existsSync(join(folder, 'widget', 'manifest.json'))).toBe(true);
  });

  it('refuses paths that leave the widget before anything is written', async () => {
    const { dispatch, grants } = rig();
    const folder = await tempDir('wp-wizard-escape-');
    grants.grantFolder(folder);
    for (const path of ['../outside.txt', '/etc/passwd', 'images\\logo.png', 'a//b.json', 'C:/x.json']) {
      const result = await envelope(dispatch, 'project:save-files', { folder, nestedRoot: null, files: [{ path, text: 'x' }] });
      expect(result, path).toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
    }
    expect(existsSync(join(folder, '..', 'outside.txt'))).toBe(false);
    expect(await envelope(dispatch, 'project:save-files', { folder, nestedRoot: '..', files: [{ path: 'x.json', text: 'x' }] })).toMatchObject({ ok: false });
  });

  it('prepares a new widget folder only when it is empty, and makes it when it is not there yet', async () => {
    const { dispatch, grants } = rig();
    const parent = await tempDir('wp-wizard-new-');
    const fresh = join(parent, 'acme-deals');
    expect(await envelope(dispatch, 'project:prepare-new', fresh)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    grants.grantFolder(fresh);
    expect(await envelope(dispatch, 'project:prepare-new', fresh)).toEqual({ ok: true, value: fresh });
    expect((await stat(fresh)).isDirectory()).toBe(true);
    await writeFile(join(fresh, 'notes.txt'), 'x');
    const full = await envelope(dispatch, 'project:prepare-new', fresh);
    expect(full).toMatchObject({ ok: false, error: { kind: 'user' } });
    expect((full as { error: { message: string } }).error.message).toContain('is not empty');
  });

  it('saves a zip as a folder only where the user chose, and goes on saving there', async () => {
    const { dispatch, grants } = rig();
    const source = join(await tempDir('wp-wizard-zip-'), 'widget.zip');
    await writeFile(source, await zipWithJszip(Object.fromEntries(Object.entries(await validWidgetOnDiskFiles('amocrm')).map(([path, content]) => [`widget/${path}`, content]))));
    const folder = join(await tempDir('wp-wizard-zip-out-'), 'acme');
    const request = { source, folder, files: [{ path: 'i18n/en.json', text: '{"widget": {}}\n' }] };
    expect(await envelope(dispatch, 'project:save-as-folder', request)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(existsSync(folder)).toBe(false);

    grants.grantFolder(folder);
    const saved = await envelope<{ folder: string; copied: number; written: string[] }>(dispatch, 'project:save-as-folder', request);
    expect(saved).toMatchObject({ ok: true, value: { folder, written: ['i18n/en.json'] } });
    expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
    expect(existsSync(join(folder, 'widget'))).toBe(false);
    await expect(readFile(join(folder, 'i18n', 'en.json'), 'utf8')).resolves.toBe('{"widget": {}}\n');
    expect(await envelope(dispatch, 'project:save-files', { folder, nestedRoot: null, files: [{ path: 'style.css', text: '.acme {}\n' }] })).toMatchObject({ ok: true });
  });

  it('refuses images main no longer keeps before writing anything, and rename paths that leave the widget', async () => {
    const { dispatch, grants } = rig();
    const folder = await tempDir('wp-wizard-sets-');
    grants.grantFolder(folder);
    const lost = await envelope(dispatch, 'project:save-files', {
      folder,
      nestedRoot: null,
      files: [{ path: 'manifest.json', text: '{}' }],
      images: [{ setId: 'set-aaaaaa-000000000000', folder: 'images' }],
    });
    expect(lost).toMatchObject({ ok: false, error: { kind: 'user' } });
    expect((lost as { error: { message: string } }).error.message).toContain('Make them again');
    expect(existsSync(join(folder, 'manifest.json'))).toBe(false);
    const escape = await envelope(dispatch, 'project:save-files', { folder, nestedRoot: null, files: [], renames: [{ from: 'images/tour_1_en.png', to: '../tour.png' }] });
    expect(escape).toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
  });
});
