/**
 * Edits the wizard's forms make. Each returns a changed copy of the draft; the input is never
 * mutated, so React state and the autosave can compare references.
 */
import { findLocation, platformProfile } from '../platform/profiles';
import { defaultBlock, isBlockNeeded, JSON_BLOCK_KEYS } from './draft-blocks';
import { dpLabelKey, draftI18nTexts, settingsLabelKey } from './draft-texts';
import { moveItem, setI18nValue } from './key-grid';
import {
  editDraft,
  type BlockKey,
  type BrandingOptions,
  type DraftBasics,
  type DraftBlocks,
  type DraftSupport,
  type SettingsField,
  type StoreTextField,
  type WidgetDraft,
} from './widget-draft';

export function setStoreText(draft: WidgetDraft, field: StoreTextField, locale: string, value: string): WidgetDraft {
  return setI18nValue(draft, draft.texts[field].key, locale, value);
}

export function setBasics(draft: WidgetDraft, patch: Partial<DraftBasics>): WidgetDraft {
  return editDraft(draft, (next) => Object.assign(next.basics, patch));
}

export function setSupport(draft: WidgetDraft, patch: Partial<Omit<DraftSupport, 'privacyPolicy'>>): WidgetDraft {
  return editDraft(draft, (next) => Object.assign(next.support, patch));
}

export function setPrivacyPolicy(draft: WidgetDraft, locale: string, link: string): WidgetDraft {
  return editDraft(draft, (next) => {
    next.support.privacyPolicy[locale] = link;
  });
}

export function setBranding(draft: WidgetDraft, patch: Partial<BrandingOptions>): WidgetDraft {
  return editDraft(draft, (next) => Object.assign(next.branding, patch));
}

/**
 * Tour images of one locale as manifest paths (`/images/tour_1_en.png`), in the order the tour
 * shows them. The first slides of a widget without a tour turn it on: is_tour false is deprecated.
 */
export function setTourImages(draft: WidgetDraft, locale: string, paths: readonly string[]): WidgetDraft {
  return editDraft(draft, (next) => {
    next.tour.images[locale] = [...paths];
    if (next.tour.isTour === null && paths.length > 0) next.tour.isTour = true;
  });
}

// Settings fields: the `settings` block, or the Digital Pipeline block's own `dp.settings`.

export type FieldList = 'settings' | 'dp';

function fieldsOf(draft: WidgetDraft, list: FieldList): SettingsField[] {
  if (list === 'settings') return draft.settingsFields;
  draft.blocks.dp ??= defaultBlock('dp', draft);
  return draft.blocks.dp.fields;
}

function labelKeyFor(list: FieldList, code: string): string {
  return list === 'settings' ? settingsLabelKey(code) : dpLabelKey(code);
}

/** After a key lost its owner: delete it from the files unless another part of the draft still uses it. */
function forgetKeyIfUnused(draft: WidgetDraft, key: string): void {
  if (draftI18nTexts(draft).some((owned) => owned.text.key === key)) return;
  if (!draft.removedI18nKeys.includes(key)) draft.removedI18nKeys.push(key);
}

/** Values a key already has in the draft (a label shared with another field, or a grid row), to adopt them. */
function adoptValues(draft: WidgetDraft, key: string): Record<string, string> {
  const owned = draftI18nTexts(draft).find((text) => text.text.key === key);
  const values: Record<string, string> = Object.fromEntries(draft.locales.map((locale) => [locale, '']));
  return owned ? { ...values, ...owned.text.values } : values;
}

function claimKey(draft: WidgetDraft, key: string): Record<string, string> {
  const values = adoptValues(draft, key);
  draft.i18nKeys = draft.i18nKeys.filter((text) => text.key !== key);
  draft.removedI18nKeys = draft.removedI18nKeys.filter((removed) => removed !== key);
  return values;
}

export interface NewField {
  code: string;
  type?: string;
  required?: boolean;
}

export function addSettingsField(draft: WidgetDraft, field: NewField, list: FieldList = 'settings'): WidgetDraft {
  return editDraft(draft, (next) => {
    const key = labelKeyFor(list, field.code);
    const values = claimKey(next, key);
    fieldsOf(next, list).push({ code: field.code, label: { key, values }, type: field.type ?? 'text', required: field.required ?? false });
  });
}

export interface FieldPatch {
  code?: string;
  type?: string;
  required?: boolean | null;
}

/** Renaming a field's code renames its label key too when the label used the usual `settings.<code>`. */
export function updateSettingsField(draft: WidgetDraft, index: number, patch: FieldPatch, list: FieldList = 'settings'): WidgetDraft {
  return editDraft(draft, (next) => {
    const field = fieldsOf(next, list)[index];
    if (!field) return;
    if (patch.type !== undefined) field.type = patch.type;
    if (patch.required !== undefined) field.required = patch.required;
    if (patch.code === undefined || patch.code === field.code) return;
    const oldKey = field.label.key;
    const usualKey = oldKey === labelKeyFor(list, field.code);
    field.code = patch.code;
    if (!usualKey) return;
    const newKey = labelKeyFor(list, patch.code);
    const adopted = claimKey(next, newKey);
    field.label = { key: newKey, values: { ...adopted, ...field.label.values } };
    forgetKeyIfUnused(next, oldKey);
  });
}

export function removeSettingsField(draft: WidgetDraft, index: number, list: FieldList = 'settings'): WidgetDraft {
  return editDraft(draft, (next) => {
    const fields = fieldsOf(next, list);
    const [removed] = fields.splice(index, 1);
    if (removed) forgetKeyIfUnused(next, removed.label.key);
  });
}

export function moveSettingsField(draft: WidgetDraft, from: number, to: number, list: FieldList = 'settings'): WidgetDraft {
  return editDraft(draft, (next) => {
    const moved = moveItem(fieldsOf(next, list), from, to);
    if (list === 'settings') next.settingsFields = moved;
    else if (next.blocks.dp) next.blocks.dp.fields = moved;
  });
}

// Locations and the blocks they need (which one is platform data: LocationSpec.block).

/** The block form a location opens, created with its defaults when the draft has none yet. */
export function ensureBlock(draft: WidgetDraft, key: BlockKey): WidgetDraft {
  return editDraft(draft, (next) => ensureBlockIn(next, key));
}

function ensureBlockIn(draft: WidgetDraft, key: BlockKey): void {
  draft.removedBlocks = draft.removedBlocks.filter((removed) => removed !== key);
  if (draft.blocks[key]) return;
  const block = defaultBlock(key, draft);
  // A default title key the widget already has in its i18n files keeps its texts.
  if ('title' in block && block.title) block.title.values = claimKey(draft, block.title.key);
  (draft.blocks as Record<BlockKey, unknown>)[key] = block;
  for (const i18nKey of JSON_BLOCK_KEYS[key] ?? []) {
    if (draftI18nTexts(draft).some((owned) => owned.text.key === i18nKey)) continue;
    const values = claimKey(draft, i18nKey);
    draft.i18nKeys.push({ key: i18nKey, values });
  }
}

export function setBlock<K extends BlockKey>(draft: WidgetDraft, key: K, patch: Partial<NonNullable<DraftBlocks[K]>>): WidgetDraft {
  return editDraft(draft, (next) => {
    ensureBlockIn(next, key);
    Object.assign(next.blocks[key] as object, patch);
  });
}

/**
 * Turns an area on (with the right-panel flag `-1` where the platform allows a suffix) or off.
 * On, its block is created; off, a block no other location needs is removed on save (its data
 * stays in the draft, so turning the area back on restores the form).
 */
export function setLocation(draft: WidgetDraft, area: string, enabled: boolean): WidgetDraft {
  const profile = platformProfile(draft.platform);
  const spec = findLocation(profile, area);
  return editDraft(draft, (next) => {
    const present = next.locations.some((location) => location.area === area);
    if (enabled && !present) next.locations.push({ area, panel: spec?.acceptsPanelSuffix ? '1' : null });
    if (!enabled) next.locations = next.locations.filter((location) => location.area !== area);
    const key = spec?.block?.key as BlockKey | undefined;
    if (!key) return;
    if (enabled) ensureBlockIn(next, key);
    else if (!isBlockNeeded(next, profile, key) && !next.removedBlocks.includes(key)) next.removedBlocks.push(key);
  });
}

/** `-1`: the widget uses the right panel there; `-0`: it only initialises; null: no suffix (the platform's default, 1). */
export function setLocationPanel(draft: WidgetDraft, area: string, panel: '0' | '1' | null): WidgetDraft {
  return editDraft(draft, (next) => {
    for (const location of next.locations) {
      if (location.area === area) location.panel = panel;
    }
  });
}

export function moveLocation(draft: WidgetDraft, from: number, to: number): WidgetDraft {
  return editDraft(draft, (next) => {
    next.locations = moveItem(next.locations, from, to);
  });
}
