import { describe, expect, it } from 'vitest';
import { setStoreText, setTourImages } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { liveCheck } from '../../../shared/draft/live-check';
import { newDraft } from '../../../shared/draft/new-draft';
import { setPlatform } from '../../../shared/draft/draft-config';
import type { GeneratedImageView } from '../../../shared/ipc/image-types';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { joinNative, plannedFiles, savePlan, textFilesToWrite, virtualBase, type PendingImages } from '../../../renderer/src/wizard/wizard-files';

const EMPTY = snapshotFromFiles({});
const NO_IMAGES: PendingImages = { branding: null, slides: {} };

function image(file: string, width: number, height: number): GeneratedImageView {
  return { file, width, height, bytes: 2048, encoding: 'png', mediaType: 'image/png', data: new Uint8Array([137, 80, 78, 71]) };
}

describe('what a Save writes', () => {
  it('gives a new widget a script and a style skeleton named after its code', () => {
    const files = textFilesToWrite(newDraft('amocrm', { name: 'Deals to Telegram', company: 'Acme' }), EMPTY);
    expect(Object.keys(files).sort()).toEqual(['i18n/en.json', 'i18n/ru.json', 'manifest.json', 'script.js', 'style.css', 'widget-publisher.json']);
    expect(files['style.css']).toContain('acme');
    // The marketplace chosen for a new widget is saved with it, so the command line checks it the same way.
    expect(JSON.parse(files['widget-publisher.json'])).toMatchObject({ platform: 'amocrm', moderation: { widgetCode: 'acme_deals_to_telegram' } });
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
    const pending: PendingImages = { branding: { setId: 'set-mabc123-0123456789ab', images: [image('logo_main.png', 400, 272)] }, slides: {} };
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
    const withImages = virtualBase(EMPTY, draft, { branding: { setId: 'set-mabc123-0123456789ac', images: [image('logo_main.png', 400, 272)] }, slides: {} });
    expect(withImages.images['images/logo_main.png']).toMatchObject({ width: 400, height: 272, format: 'png' });
    expect(liveCheck(draft, withImages, []).findings.filter((finding) => finding.ruleId === 'image/missing' && finding.file === 'images/logo_main.png')).toEqual([]);
    expect(withImages.files.map((file) => file.path)).toContain('script.js');
  });

  it('renumbers reordered slides on disk and lists them in the manifest by their new names', () => {
    const manifest = validManifest() as { tour: { tour_images: Record<string, string[]> } };
    manifest.tour.tour_images.en = ['/images/tour_1_en.png', '/images/tour_2_en.png'];
    const existing = snapshotFromFiles({ 'manifest.json': manifest, 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT, 'images/tour_1_en.png': 'a', 'images/tour_2_en.png': 'b' });
    const reordered = setTourImages(draftFromWidget(existing, 'amocrm'), 'en', ['/images/tour_2_en.png', '/images/tour_1_en.png']);
    const planned = plannedFiles(reordered, existing, { branding: null, slides: {} });
    expect(planned.filter((file) => file.status === 'renamed').map((file) => [file.renamedFrom, file.path])).toEqual([
      ['images/tour_2_en.png', 'images/tour_1_en.png'],
      ['images/tour_1_en.png', 'images/tour_2_en.png'],
    ]);
    const manifestText = planned.find((file) => file.path === 'manifest.json');
    expect(manifestText?.status).toBe('unchanged');
    expect(savePlan(reordered, existing, { branding: null, slides: {} }).renames).toHaveLength(2);
  });

  it('writes only the new slides still in the tour, under the names of their places', () => {
    const draft = setTourImages(newDraft('amocrm', { name: 'Deals', company: 'Acme' }), 'en', ['/images/tour_3_en.png', '/images/tour_1_en.png']);
    const slides = { setId: 'set-mabc123-0123456789ad', images: [image('tour_1_en.png', 1188, 616), image('tour_2_en.png', 1188, 616), image('tour_3_en.png', 1188, 616)] };
    const pending: PendingImages = { branding: null, slides: { en: slides } };
    const plan = savePlan(draft, EMPTY, pending);
    expect(plan.images).toEqual([{ setId: slides.setId, folder: 'images', files: ['tour_1_en.png', 'tour_3_en.png'] }]);
    expect(plan.renames).toEqual([
      { from: 'images/tour_3_en.png', to: 'images/tour_1_en.png' },
      { from: 'images/tour_1_en.png', to: 'images/tour_2_en.png' },
    ]);
    expect(plan.planned.filter((file) => file.kind === 'image').map((file) => `${file.path} ${file.status}`)).toEqual(['images/tour_1_en.png new', 'images/tour_2_en.png new']);
    const manifest = JSON.parse(plan.files.find((file) => file.path === 'manifest.json')?.text ?? '{}') as { tour: { tour_images: Record<string, string[]> } };
    expect(manifest.tour.tour_images.en).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png']);
  });

  it('leaves widget-publisher.json alone when nothing in it changes, and edits it in place when the platform is confirmed', () => {
    const configText = '{\n    "ignore": ["docs/"],\n    "moderation": { "accountId": "31234567" }\n}\n';
    const existing = { ...snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT }), configText };
    const draft = draftFromWidget(existing, 'kommo');
    expect(draft.config).toEqual({ ignore: ['docs/'], moderation: { accountId: '31234567' } });
    // Opening a widget (the platform guessed, a widget code derived) changes no file.
    expect(plannedFiles(draft, existing, NO_IMAGES).filter((file) => file.status !== 'unchanged')).toEqual([]);
    const confirmed = setPlatform(draft, 'kommo');
    const planned = plannedFiles(confirmed, existing, NO_IMAGES).find((file) => file.path === 'widget-publisher.json');
    expect(planned?.status).toBe('changed');
    const written = planned?.newText ?? '';
    expect(written).toContain('\n    "platform": "kommo"');
    expect(JSON.parse(written)).toEqual({ ignore: ['docs/'], moderation: { accountId: '31234567', widgetCode: draft.code }, platform: 'kommo' });
  });

  it('deletes on Save the slides the wizard replaced or removed, and the files chosen in Review, and shows them as deleted', () => {
    const manifest = validManifest() as { tour: { tour_images: Record<string, string[]> } };
    manifest.tour.tour_images.en = ['/images/tour_1_en.jpg', '/images/tour_2_en.jpg'];
    const existing = snapshotFromFiles({
      'manifest.json': manifest, 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT,
      'images/tour_1_en.jpg': 'a', 'images/tour_2_en.jpg': 'b', 'README.md': '# readme', 'screenshots/one.png': 'c',
    });
    const opened = draftFromWidget(existing, 'amocrm');
    expect(savePlan(opened, existing, NO_IMAGES).deletes).toEqual([]);
    // The second JPEG is replaced by a PNG slide made in the session: the JPEG is left unused.
    const replaced = setTourImages(opened, 'en', ['/images/tour_1_en.jpg', '/images/tour_2_en.png']);
    const pending: PendingImages = { branding: null, slides: { en: { setId: 'set-mabc123-0123456789ae', images: [image('tour_2_en.png', 1188, 616)] } } };
    const withChoices = { ...replaced, removedFiles: ['screenshots/'] };
    const plan = savePlan(withChoices, existing, pending);
    expect(plan.deletes).toEqual(['images/tour_2_en.jpg', 'screenshots/']);
    expect(plan.planned.filter((file) => file.status === 'removed').map((file) => file.path)).toEqual(['images/tour_2_en.jpg', 'screenshots/']);
    // The live check already sees the widget without them.
    const seen = virtualBase(existing, withChoices, pending).files.map((file) => file.path);
    expect(seen).not.toContain('images/tour_2_en.jpg');
    expect(seen).not.toContain('screenshots/one.png');
    expect(seen).toContain('README.md');
  });

  it('makes the BOM and line-ending fix part of Save: planned as changed files, checked as fixed, nothing written before', () => {
    const broken = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID_SCRIPT.replace(/\n/g, '\r\n'))]);
    const existing = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'script.js': broken });
    const draft = draftFromWidget(existing, 'amocrm');
    expect(plannedFiles(draft, existing, NO_IMAGES).find((file) => file.path === 'script.js')).toBeUndefined();
    const fixing = { ...draft, fixEncoding: true };
    const planned = plannedFiles(fixing, existing, NO_IMAGES).find((file) => file.path === 'script.js');
    expect(planned?.status).toBe('changed');
    expect(planned?.newText).toBe(VALID_SCRIPT);
    const rules = liveCheck(fixing, virtualBase(existing, fixing, NO_IMAGES), []).findings.map((finding) => finding.ruleId);
    expect(rules).not.toContain('file/bom');
    expect(rules).not.toContain('file/crlf');
  });

  it('joins paths in the folder’s own style', () => {
    expect(joinNative('/home/me/widget/', null, 'images')).toBe('/home/me/widget/images');
    expect(joinNative('C:\\Users\\me\\widget', 'widget', 'images')).toBe('C:\\Users\\me\\widget\\widget\\images');
  });
});
