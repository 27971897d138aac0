/**
 * What the wizard keeps in the project's autosaved draft (ProjectDraft.wizard), and how a stored
 * draft meets the files on disk when the project is opened again.
 */
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { parseWidgetDraft } from '../../../shared/draft/draft-schema';
import { IMAGE_SET_ID_PATTERN } from '../../../shared/ipc/image-types';
import { newDraft } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import type { PlatformId } from '../../../shared/platform/profiles';
import { WIDGET_CODE_PATTERN } from '../../../shared/scaffold/widget-scaffold';
import { hasManifest, type PendingImages } from './wizard-files';

export type MessageLang = 'ru' | 'en';

export interface StoredWizard {
  widget: WidgetDraft | null;
  /** Fingerprint of manifest.json and the i18n files the draft was made from, or last saved over. */
  baseline: string | null;
  /** The user changed the draft after it was made from the files or saved. */
  edited: boolean;
  /** Steps the user opened (a step never opened and never filled shows no status). */
  visited: string[];
  /** The moderation message as the user edited it, per language. */
  messages: Partial<Record<MessageLang, string>>;
  /** Image sets made but not saved yet (main keeps them on disk under these ids). */
  pending: StoredPending;
}

export interface StoredPending {
  branding: { setId: string; key: string | null } | null;
  /** Slide set id per locale. */
  slides: Record<string, string>;
}

export const NO_STORED_PENDING: StoredPending = { branding: null, slides: {} };

export const EMPTY_STORED_WIZARD: StoredWizard = { widget: null, baseline: null, edited: false, visited: [], messages: {}, pending: NO_STORED_PENDING };

function readStoredPending(value: unknown): StoredPending {
  if (!isRecord(value)) return NO_STORED_PENDING;
  const branding = isRecord(value.branding) && typeof value.branding.setId === 'string' && IMAGE_SET_ID_PATTERN.test(value.branding.setId)
    ? { setId: value.branding.setId, key: typeof value.branding.key === 'string' ? value.branding.key : null }
    : null;
  const slides = isRecord(value.slides)
    ? Object.fromEntries(Object.entries(value.slides).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && IMAGE_SET_ID_PATTERN.test(entry[1])))
    : {};
  return { branding, slides };
}

/** What the draft remembers of the pending images: only their ids, never their bytes. */
export function storedPendingOf(pending: PendingImages): StoredPending {
  return {
    branding: pending.branding ? { setId: pending.branding.setId, key: pending.branding.key ?? null } : null,
    slides: Object.fromEntries(Object.entries(pending.slides).map(([locale, set]) => [locale, set.setId])),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored wizard state; anything unreadable (an older shape, a hand-edited store) is dropped, never half-trusted. */
export function readStoredWizard(value: unknown): StoredWizard {
  if (!isRecord(value)) return { ...EMPTY_STORED_WIZARD };
  const messages = isRecord(value.messages) ? value.messages : {};
  return {
    // A draft stored before the wizard edited widget-publisher.json has no `config`: restoreWidget reads it from the files.
    widget: parseWidgetDraft(value.widget) as WidgetDraft | null,
    baseline: typeof value.baseline === 'string' ? value.baseline : null,
    edited: value.edited === true,
    visited: Array.isArray(value.visited) ? value.visited.filter((step): step is string => typeof step === 'string').slice(0, 32) : [],
    messages: Object.fromEntries((['ru', 'en'] as const).flatMap((lang) => (typeof messages[lang] === 'string' ? [[lang, messages[lang]]] : []))),
    pending: readStoredPending(value.pending),
  };
}

/** As ProjectDraft.wizard stores it (plain JSON). */
export function storedWizardValue(stored: StoredWizard): Record<string, never> {
  return JSON.parse(JSON.stringify(stored)) as Record<string, never>;
}

/** FNV-1a over the files the draft edits: tells whether they changed on disk since the draft was stored. */
export function widgetFingerprint(snapshot: WidgetSnapshot): string {
  let hash = 0x811c9dc5;
  const mix = (byte: number) => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  const files = snapshot.files.filter((file) => file.path === 'manifest.json' || /^i18n\/[^/]+\.json$/.test(file.path));
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    for (const char of file.path) mix(char.charCodeAt(0) & 0xff);
    mix(0);
    for (const byte of file.bytes ?? []) mix(byte);
    mix(0);
  }
  return `${files.length}-${hash.toString(16)}`;
}

/** The draft the files stand for: pre-filled from them, or a blank page when there is no manifest yet. */
export function deriveWidget(base: WidgetSnapshot, platform: PlatformId): WidgetDraft {
  return hasManifest(base) ? draftFromWidget(base, platform) : newDraft(platform, { name: '', company: '' });
}

/** What the files cannot hold (the company, the phone, privacy links, image options) survives a reload from them. */
export function carryOver(from: WidgetDraft, into: WidgetDraft): WidgetDraft {
  const next = structuredClone(into);
  next.company = from.company.trim() !== '' ? from.company : next.company;
  if (WIDGET_CODE_PATTERN.test(from.code)) next.code = from.code;
  if (from.support.phone.trim() !== '') next.support.phone = from.support.phone;
  for (const [locale, link] of Object.entries(from.support.privacyPolicy)) {
    if (link.trim() !== '') next.support.privacyPolicy[locale] = link;
  }
  next.branding = { ...from.branding };
  return next;
}

/** 'restored': unsaved edits came back; 'files-changed': the files changed on disk since, so the wizard reloaded from them. */
export type RestoreNotice = 'restored' | 'files-changed' | null;

export interface Restored {
  widget: WidgetDraft;
  notice: RestoreNotice;
}

export function restoreWidget(stored: StoredWizard, base: WidgetSnapshot, platform: PlatformId): Restored {
  const derived = deriveWidget(base, stored.widget?.platform ?? platform);
  const kept = stored.widget && stored.widget.config === undefined ? { ...stored.widget, config: derived.config } : stored.widget;
  if (!kept) return { widget: derived, notice: null };
  if (stored.baseline === widgetFingerprint(base)) return { widget: kept, notice: stored.edited && hasManifest(base) ? 'restored' : null };
  return { widget: carryOver(kept, derived), notice: stored.edited ? 'files-changed' : null };
}
