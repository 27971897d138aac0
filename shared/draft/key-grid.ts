/**
 * The Locales step: every i18n key across the draft's locales, with missing and empty values
 * marked, editable in place; adding a locale copies the key structure with empty values.
 */
import { draftI18nTexts, type I18nOwner } from './draft-texts';
import { editDraft, type WidgetDraft } from './widget-draft';

// As i18n/empty-value reads "empty": whitespace, or the invisible characters editors leave behind.
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

export function isBlankText(value: string): boolean {
  return BLANK.test(value);
}

export interface KeyGridRow {
  key: string;
  /** Who edits the key elsewhere in the wizard (store texts, a settings field, a block); `other` when only the grid does. */
  owners: I18nOwner[];
  /** Value per draft locale; null when the key is missing from that locale. */
  values: Record<string, string | null>;
  /** Locales whose file lacks the key (i18n/structure-mismatch). */
  missing: string[];
  /** Locales where the value is blank (i18n/empty-value). */
  empty: string[];
}

export function i18nKeyGrid(draft: WidgetDraft): KeyGridRow[] {
  const rows = new Map<string, KeyGridRow>();
  for (const { owner, text } of draftI18nTexts(draft)) {
    const existing = rows.get(text.key);
    if (existing) {
      existing.owners.push(owner);
      continue;
    }
    const values: Record<string, string | null> = {};
    const missing: string[] = [];
    const empty: string[] = [];
    for (const locale of draft.locales) {
      const value = Object.hasOwn(text.values, locale) ? text.values[locale] : null;
      values[locale] = value;
      if (value === null) missing.push(locale);
      else if (isBlankText(value)) empty.push(locale);
    }
    rows.set(text.key, { key: text.key, owners: [owner], values, missing, empty });
  }
  return [...rows.values()];
}

/** Sets one value of one key, in every part of the draft that shows that key. */
export function setI18nValue(draft: WidgetDraft, key: string, locale: string, value: string): WidgetDraft {
  return editDraft(draft, (next) => {
    for (const { text } of draftI18nTexts(next)) {
      if (text.key === key) text.values[locale] = value;
    }
  });
}

/** A key only the grid knows (a `userLang.*` text of script.js), with empty values in every locale. */
export function addI18nKey(draft: WidgetDraft, key: string): WidgetDraft {
  return editDraft(draft, (next) => {
    next.removedI18nKeys = next.removedI18nKeys.filter((removed) => removed !== key);
    if (draftI18nTexts(next).some((owned) => owned.text.key === key)) return;
    next.i18nKeys.push({ key, values: Object.fromEntries(next.locales.map((locale) => [locale, ''])) });
  });
}

/** Removes a key only the grid owns from every locale file (keys of store texts or settings are removed with their field). */
export function removeI18nKey(draft: WidgetDraft, key: string): WidgetDraft {
  return editDraft(draft, (next) => {
    next.i18nKeys = next.i18nKeys.filter((text) => text.key !== key);
    if (!draftI18nTexts(next).some((owned) => owned.text.key === key) && !next.removedI18nKeys.includes(key)) {
      next.removedI18nKeys.push(key);
    }
  });
}

/**
 * Adds a locale: every key gets an empty value in it (values the widget already had for it, from
 * a file of an undeclared locale, are kept), plus an empty privacy link and, when the widget has a
 * tour, an empty slide list.
 */
export function addLocale(draft: WidgetDraft, locale: string): WidgetDraft {
  const code = locale.trim();
  if (code === '' || draft.locales.includes(code)) return draft;
  return editDraft(draft, (next) => {
    next.locales.push(code);
    for (const { text } of draftI18nTexts(next)) {
      if (!Object.hasOwn(text.values, code)) text.values[code] = '';
    }
    if (!Object.hasOwn(next.support.privacyPolicy, code)) next.support.privacyPolicy[code] = '';
    const hasTour = next.tour.isTour !== null || Object.keys(next.tour.images).length > 0;
    if (hasTour && !Object.hasOwn(next.tour.images, code)) next.tour.images[code] = [];
  });
}

/**
 * Drops a locale from `widget.locale` and the tour. Its texts stay in the draft (adding the locale
 * back restores them) and its i18n file is not written any more.
 */
export function removeLocale(draft: WidgetDraft, locale: string): WidgetDraft {
  if (!draft.locales.includes(locale)) return draft;
  return editDraft(draft, (next) => {
    next.locales = next.locales.filter((existing) => existing !== locale);
    delete next.tour.images[locale];
  });
}

export function moveLocale(draft: WidgetDraft, from: number, to: number): WidgetDraft {
  return editDraft(draft, (next) => {
    next.locales = moveItem(next.locales, from, to);
  });
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  if (from < 0 || from >= moved.length || to < 0 || to >= moved.length) return moved;
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item);
  return moved;
}
