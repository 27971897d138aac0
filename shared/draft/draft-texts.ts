/**
 * Every i18n text of a draft with the part of the wizard that owns it. One key may be owned twice
 * (a dp field reusing a settings label): an edit goes to every owner, so they never disagree.
 */
import { STORE_TEXT_FIELDS, type BlockKey, type I18nText, type StoreTextField, type WidgetDraft } from './widget-draft';

export type I18nOwner =
  | { kind: 'store-text'; field: StoreTextField }
  | { kind: 'settings-field'; code: string }
  | { kind: 'block'; block: BlockKey; part: string }
  | { kind: 'other' };

export interface OwnedI18nText {
  owner: I18nOwner;
  /** The draft's own object: mutating it (inside editDraft) edits the draft. */
  text: I18nText;
}

/** Label key of a settings field, as the structure page writes it. */
export function settingsLabelKey(code: string): string {
  return `settings.${code}`;
}

/** Label key of a Digital Pipeline settings field, as Kommo's manifest reference writes it. */
export function dpLabelKey(code: string): string {
  return `dp.${code}`;
}

/** In the order a new i18n file lists them: store texts, settings labels, block texts, the rest. */
export function draftI18nTexts(draft: WidgetDraft): OwnedI18nText[] {
  const owned: OwnedI18nText[] = STORE_TEXT_FIELDS.map((field) => ({
    owner: { kind: 'store-text', field },
    text: draft.texts[field],
  }));
  for (const field of draft.settingsFields) owned.push({ owner: { kind: 'settings-field', code: field.code }, text: field.label });

  const removed = new Set<string>(draft.removedBlocks);
  const { dp, advanced, amoforms_settings: forms } = draft.blocks;
  if (dp && !removed.has('dp')) {
    if (dp.title) owned.push({ owner: { kind: 'block', block: 'dp', part: 'title' }, text: dp.title });
    for (const field of dp.fields) owned.push({ owner: { kind: 'block', block: 'dp', part: `field:${field.code}` }, text: field.label });
  }
  if (advanced && !removed.has('advanced')) owned.push({ owner: { kind: 'block', block: 'advanced', part: 'title' }, text: advanced.title });
  if (forms && !removed.has('amoforms_settings')) {
    owned.push({ owner: { kind: 'block', block: 'amoforms_settings', part: 'title' }, text: forms.title });
    if (forms.errorText) owned.push({ owner: { kind: 'block', block: 'amoforms_settings', part: 'error_text' }, text: forms.errorText });
  }
  for (const text of draft.i18nKeys) owned.push({ owner: { kind: 'other' }, text });
  return owned;
}

/** Every distinct key of the draft, first owner first. */
export function draftI18nKeySet(draft: WidgetDraft): Set<string> {
  return new Set(draftI18nTexts(draft).map((owned) => owned.text.key));
}
