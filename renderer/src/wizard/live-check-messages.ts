/**
 * What the page and the live check job send each other. Kept apart from the job so the page can
 * prepare messages without loading the checker.
 */
import type { KnownCodeFindings } from '../../../shared/draft/code-findings';
import type { LiveCheck } from '../../../shared/draft/live-check';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { isTextFile, type WidgetSnapshot } from '../../../shared/model/snapshot';
import type { PendingImages } from './wizard-files';

export type LiveCheckMessage =
  /** `known`: the code findings of these very files, made by the check that opened them. */
  | { type: 'base'; base: WidgetSnapshot; known?: KnownCodeFindings | null }
  /** Checked with the draft's own settings (configForCheck), not the file's. */
  | { type: 'check'; id: number; widget: WidgetDraft; pending: PendingImages };

export interface LiveCheckReply {
  id: number;
  result: LiveCheck;
  /** Time spent checking, in milliseconds. */
  ms: number;
}

/** Rules read image facts, never image bytes: keep them out of the copies sent between threads. */
export function withoutImageBytes(snapshot: WidgetSnapshot): WidgetSnapshot {
  return { ...snapshot, files: snapshot.files.map((file) => (isTextFile(file.path) ? file : { ...file, bytes: null })) };
}

export function withoutPendingBytes(pending: PendingImages): PendingImages {
  const strip = (set: PendingImages['branding']) => (set ? { ...set, images: set.images.map((image) => ({ ...image, data: new Uint8Array(0) })) } : null);
  return { branding: strip(pending.branding), slides: Object.fromEntries(Object.entries(pending.slides).map(([locale, set]) => [locale, strip(set)!])) };
}
