import { describe, expect, it } from 'vitest';
import { setStoreText } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { liveCheck } from '../../../shared/draft/live-check';
import { newDraft } from '../../../shared/draft/new-draft';
import type { GeneratedImageView } from '../../../shared/ipc/image-types';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { joinNative, plannedFiles, textFilesToWrite, virtualBase, type PendingImages } from '../../../renderer/src/wizard/wizard-files';

const EMPTY = snapshotFromFiles({});

function image(file: string, width: number, height: number): GeneratedImageView {
  return { file, width, height, bytes: 2048, encoding: 'png', mediaType: 'image/png', data: new Uint8Array([137, 80, 78, 71]) };
}

describe('what a Save writes', () => {
  it('gives a new widget a script and a style skeleton named after its code', () => {
    const files = textFilesToWrite(newDraft('amocrm', { name: 'Deals to Telegram', company: 'Acme' }), EMPTY);
    expect(Object.keys(files).sort()).toEqual(['i18n/en.json', 'i18n/ru.json', 'manifest.json', 'script.js', 'style.css']);
    expect(files['style.css']).toContain('acme');
  });

  it('never replaces code that is already in the folder', () => {
    const withScript = snapshotFromFiles({ 'script.js': '// mine' });
    expect(textFilesToWrite(newDraft('amocrm', { name: 'Deals', company: 'Acme' }), withScript)).not.toHaveProperty('script.js');
    const existing = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT });
    const files = textFilesToWrite(draftFromWidget(existing, 'amocrm'), existing);
    expect(files).not.toHaveProperty('script.js');
    expect(files).not.toHaveProperty('style.css');
  });

  it('lists only the files that change, with images made in the session as new', () => {
    const existing = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT });
    const draft = setStoreText(draftFromWidget(existing, 'amocrm'), 'teaser', 'en', 'Deal alerts in Telegram');
    const pending: PendingImages = { branding: { jobId: 'job-1', images: [image('logo_main.png', 400, 272)] }, slides: {} };
    const planned = plannedFiles(draft, existing, pending);
    const byPath = Object.fromEntries(planned.map((file) => [file.path, file.status]));
    expect(byPath).toEqual({ 'i18n/en.json': 'changed', 'i18n/ru.json': 'unchanged', 'manifest.json': 'unchanged', 'images/logo_main.png': 'new' });
    expect(planned.find((file) => file.path === 'i18n/en.json')?.newText).toContain('Deal alerts in Telegram');
  });

  it('lets the live check see the images made in the session before they are saved', () => {
    const draft = newDraft('amocrm', { name: 'Deals', company: 'Acme' });
    const base = virtualBase(EMPTY, draft, { branding: null, slides: {} });
    const missingBefore = liveCheck(draft, base, []).findings.filter((finding) => finding.ruleId === 'image/missing' && finding.file === 'images/logo_main.png');
    expect(missingBefore).toHaveLength(1);
    const withImages = virtualBase(EMPTY, draft, { branding: { jobId: 'job-2', images: [image('logo_main.png', 400, 272)] }, slides: {} });
    expect(withImages.images['images/logo_main.png']).toMatchObject({ width: 400, height: 272, format: 'png' });
    expect(liveCheck(draft, withImages, []).findings.filter((finding) => finding.ruleId === 'image/missing' && finding.file === 'images/logo_main.png')).toEqual([]);
    expect(withImages.files.map((file) => file.path)).toContain('script.js');
  });

  it('joins paths in the folder’s own style', () => {
    expect(joinNative('/home/me/widget/', null, 'images')).toBe('/home/me/widget/images');
    expect(joinNative('C:\\Users\\me\\widget', 'widget', 'images')).toBe('C:\\Users\\me\\widget\\widget\\images');
  });
});
