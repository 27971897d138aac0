import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { addSettingsField } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import { addI18nKey, addLocale, i18nKeyGrid, removeLocale, setI18nValue } from '../../../shared/draft/key-grid';
import { validSnapshot, validWidgetFiles } from '../../helpers/widget-fixture';

function defectiveSnapshot() {
  const en = structuredClone(validWidgetFiles()['i18n/en.json']) as Record<string, Record<string, string>>;
  en.userLang = { send: 'Send', cancel: '  ' };
  const ru = structuredClone(validWidgetFiles()['i18n/ru.json']) as Record<string, Record<string, string>>;
  ru.userLang = { send: '' };
  return validSnapshot('amocrm', { 'i18n/en.json': en, 'i18n/ru.json': ru });
}

describe('i18nKeyGrid', () => {
  it('lists every key once, with the locales that miss it and those where it is blank', () => {
    const grid = i18nKeyGrid(draftFromWidget(defectiveSnapshot(), 'amocrm'));
    expect(grid.map((row) => row.key)).toEqual([
      'widget.name',
      'widget.short_description',
      'widget.description',
      'widget.tour_description',
      'settings.api_key',
      'userLang.send',
      'userLang.cancel',
    ]);
    const send = grid.find((row) => row.key === 'userLang.send');
    expect(send).toMatchObject({ values: { ru: '', en: 'Send' }, missing: [], empty: ['ru'], owners: [{ kind: 'other' }] });
    const cancel = grid.find((row) => row.key === 'userLang.cancel');
    expect(cancel).toMatchObject({ values: { ru: null, en: '  ' }, missing: ['ru'], empty: ['en'] });
    const name = grid.find((row) => row.key === 'widget.name');
    expect(name).toMatchObject({ missing: [], empty: [], owners: [{ kind: 'store-text', field: 'name' }] });
  });

  it('marks nothing on a complete widget', () => {
    const grid = i18nKeyGrid(draftFromWidget(validSnapshot(), 'amocrm'));
    expect(grid.flatMap((row) => [...row.missing, ...row.empty])).toEqual([]);
  });

  it('agrees with the checker: fixing the marked cells clears the i18n findings', () => {
    const snapshot = defectiveSnapshot();
    let draft = draftFromWidget(snapshot, 'amocrm');
    const i18nRules = (d: typeof draft) =>
      checkWidget(draftSnapshot(d, snapshot), { platform: 'amocrm' }).findings.filter((finding) => finding.ruleId.startsWith('i18n/'));
    expect(i18nRules(draft).map((finding) => finding.ruleId).sort()).toEqual(['i18n/empty-value', 'i18n/empty-value', 'i18n/structure-mismatch']);
    for (const row of i18nKeyGrid(draft)) {
      for (const locale of [...row.missing, ...row.empty]) draft = setI18nValue(draft, row.key, locale, `${row.key} (${locale})`);
    }
    expect(i18nRules(draft)).toEqual([]);
  });

  it('edits a key in every place that shows it', () => {
    let draft = addSettingsField(draftFromWidget(validSnapshot(), 'amocrm'), { code: 'message' }, 'dp');
    draft = addSettingsField(draft, { code: 'message' });
    draft.blocks.dp!.fields[0].label.key = 'settings.message';
    draft = setI18nValue(draft, 'settings.message', 'en', 'Message');
    expect(draft.settingsFields[1].label.values.en).toBe('Message');
    expect(draft.blocks.dp!.fields[0].label.values.en).toBe('Message');
    const row = i18nKeyGrid(draft).find((entry) => entry.key === 'settings.message');
    expect(row?.owners.map((owner) => owner.kind)).toEqual(['settings-field', 'block']);
  });
});

describe('addLocale', () => {
  it('copies the key structure with empty values, so the new file only lacks its texts', () => {
    const snapshot = validSnapshot();
    let draft = addI18nKey(draftFromWidget(snapshot, 'amocrm'), 'userLang.send');
    draft = addLocale(draft, 'es');
    expect(draft.locales).toEqual(['ru', 'en', 'es']);
    const grid = i18nKeyGrid(draft);
    expect(grid.every((row) => row.values.es === '' && row.empty.includes('es') && row.missing.length === 0)).toBe(true);
    expect(draft.tour.images.es).toEqual([]);
    expect(draft.support.privacyPolicy.es).toBe('');

    const findings = checkWidget(draftSnapshot(draft, snapshot), { platform: 'amocrm' }).findings;
    expect(findings.filter((finding) => finding.ruleId === 'i18n/structure-mismatch' || finding.ruleId === 'i18n/file-missing')).toEqual([]);
    expect(findings.some((finding) => finding.ruleId === 'i18n/empty-value' && finding.locale === 'es')).toBe(true);
  });

  it('is a no-op for a locale that is already there, and removeLocale undoes it', () => {
    const draft = draftFromWidget(validSnapshot(), 'amocrm');
    expect(addLocale(draft, 'en')).toBe(draft);
    expect(removeLocale(addLocale(draft, 'es'), 'es').locales).toEqual(['ru', 'en']);
  });
});
