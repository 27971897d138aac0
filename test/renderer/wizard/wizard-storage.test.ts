import { describe, expect, it } from 'vitest';
import { setPrivacyPolicy, setStoreText, setSupport } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { EMPTY_STORED_WIZARD, NO_STORED_PENDING, readStoredWizard, restoreWidget, storedPendingOf, storedWizardValue, widgetFingerprint } from '../../../renderer/src/wizard/wizard-storage';

function widgetFiles(enName = 'Deals to Telegram via Acme') {
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = enName;
  return snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': en, 'i18n/ru.json': validI18n('ru'), 'script.js': VALID_SCRIPT });
}

describe('the wizard draft across sessions', () => {
  it('comes back as it was left when the files did not change', () => {
    const base = widgetFiles();
    let edited = setStoreText(draftFromWidget(base, 'amocrm'), 'name', 'en', 'Deals via Acme');
    edited = setSupport(edited, { phone: '+1 555 0100' });
    const stored = readStoredWizard(storedWizardValue({ widget: edited, baseline: widgetFingerprint(base), edited: true, visited: ['texts'], messages: { ru: 'Здравствуйте' }, pending: NO_STORED_PENDING }));
    const restored = restoreWidget(stored, base, 'amocrm');
    expect(restored.notice).toBe('restored');
    expect(restored.widget.texts.name.values.en).toBe('Deals via Acme');
    expect(stored.visited).toEqual(['texts']);
    expect(stored.messages.ru).toBe('Здравствуйте');
  });

  it('reads files that changed on disk, keeping what only the draft holds', () => {
    const before = widgetFiles();
    let edited = setStoreText(draftFromWidget(before, 'amocrm'), 'name', 'en', 'Deals via Acme');
    edited = setSupport(edited, { phone: '+1 555 0100' });
    edited = setPrivacyPolicy(edited, 'en', 'https://acme.io/privacy');
    edited = { ...edited, company: 'Acme Inc', branding: { ...edited.branding, logoSource: '/home/me/logo.svg', padding: 12 } };
    const stored = { widget: edited, baseline: widgetFingerprint(before), edited: true, visited: [], messages: {}, pending: NO_STORED_PENDING };
    const after = widgetFiles('Deals to Telegram, edited elsewhere');
    expect(widgetFingerprint(after)).not.toBe(widgetFingerprint(before));
    const restored = restoreWidget(stored, after, 'amocrm');
    expect(restored.notice).toBe('files-changed');
    expect(restored.widget.texts.name.values.en).toBe('Deals to Telegram, edited elsewhere');
    expect(restored.widget.support.phone).toBe('+1 555 0100');
    expect(restored.widget.support.privacyPolicy.en).toBe('https://acme.io/privacy');
    expect(restored.widget.company).toBe('Acme Inc');
    expect(restored.widget.branding).toMatchObject({ logoSource: '/home/me/logo.svg', padding: 12 });
  });

  it('says nothing when an untouched draft meets changed files, and starts from the files without a draft', () => {
    const before = widgetFiles();
    const untouched = { widget: draftFromWidget(before, 'amocrm'), baseline: widgetFingerprint(before), edited: false, visited: [], messages: {}, pending: NO_STORED_PENDING };
    const changed = widgetFiles('Deals, renamed');
    expect(restoreWidget(untouched, changed, 'amocrm')).toMatchObject({ notice: null, widget: { texts: { name: { values: { en: 'Deals, renamed' } } } } });
    expect(restoreWidget(readStoredWizard(undefined), before, 'kommo').widget.platform).toBe('kommo');
  });

  it('drops a stored draft of another shape instead of half-trusting it', () => {
    const stored = readStoredWizard({ widget: { draftVersion: 999, platform: 'amocrm' }, baseline: 7, edited: 'yes', visited: ['texts', 3], messages: { ru: 1, en: 'Hello' } });
    expect(stored).toEqual({ widget: null, baseline: null, edited: false, visited: ['texts'], messages: { en: 'Hello' }, pending: NO_STORED_PENDING });
  });

  it('remembers the ids of images made and not saved, and nothing that is not such an id', () => {
    const setId = 'set-mabc123-0123456789ab';
    const pending = storedPendingOf({ branding: { setId, images: [], key: '{"fit":"contain"}' }, slides: { en: { setId: 'set-mabc124-0123456789ac', images: [] } } });
    expect(pending).toEqual({ branding: { setId, key: '{"fit":"contain"}' }, slides: { en: 'set-mabc124-0123456789ac' } });
    expect(readStoredWizard(storedWizardValue({ ...EMPTY_STORED_WIZARD, pending })).pending).toEqual(pending);
    const tampered = readStoredWizard({ pending: { branding: { setId: '../../etc/passwd' }, slides: { en: 'job-1', ru: setId, es: 7 } } });
    expect(tampered.pending).toEqual({ branding: null, slides: { ru: setId } });
  });
});
