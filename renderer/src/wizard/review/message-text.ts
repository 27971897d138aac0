import { moderationOf } from '../../../../shared/draft/draft-config';
import type { ProjectDraft } from '../../../../shared/ipc/draft';
import { MessageInputError, writeModerationMessage, type MessageLanguage, type MissingInput, type ModerationInfo } from '../../../../shared/message/moderation-message';
import type { WidgetSnapshot } from '../../../../shared/model/snapshot';
import type { PlatformId } from '../../../../shared/platform/profiles';
import { decodeText } from '../../../../shared/text/text-decoding';
import type { WidgetDraft } from '../../../../shared/draft/widget-draft';

export type MessageResult = { status: 'written'; text: string } | { status: 'missing'; missing: MissingInput[] };

function json(snapshot: WidgetSnapshot, path: string): unknown {
  const bytes = snapshot.files.find((file) => file.path === path)?.bytes;
  if (!bytes) return undefined;
  try {
    return JSON.parse(decodeText(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

function given(values: Record<string, string | undefined>): ModerationInfo {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));
}

/** The answers earlier versions kept only in the app's project store: still used until typed again in the wizard. */
function legacyAnswers(draft: ProjectDraft): ModerationInfo {
  return given({
    integrationId: draft.integrationId,
    accountId: draft.accountId,
    howItWorks: draft.howItWorks,
    instructions: draft.instructions,
    supportPhone: draft.supportPhone,
    supportEmail: draft.supportEmail,
    changes: draft.changes,
  });
}

/** A moderation answer as the form shows it: the draft's, else one kept from an earlier version. */
export function moderationAnswer(draft: ProjectDraft, widget: WidgetDraft, key: keyof ModerationInfo): string {
  const value = moderationOf(widget)[key] ?? legacyAnswers(draft)[key];
  return typeof value === 'string' ? value : '';
}

/**
 * What the request says: widget-publisher.json's `moderation` block as the wizard edits it (with the
 * widget code from Start and the phone and privacy links from Support), the test logins kept
 * encrypted in the app, and the support email of the widget.
 */
export function moderationInfo(draft: ProjectDraft, widget: WidgetDraft): ModerationInfo {
  const moderation = moderationOf(widget);
  const testData = moderation.noTestData ? undefined : (given({ testData: draft.testCredentials }).testData ?? moderation.testData);
  return {
    ...legacyAnswers(draft),
    ...moderation,
    ...given({ testData, supportEmail: widget.support.email }),
  };
}

/** Test data is an explicit answer: logins given, or "none needed" chosen; never assumed. */
export function testDataChoice(draft: ProjectDraft, widget: WidgetDraft): 'needed' | 'none' | null {
  const moderation = moderationOf(widget);
  if (moderation.noTestData) return 'none';
  if ((draft.testCredentials ?? '').trim() !== '' || moderation.testData) return 'needed';
  return null;
}

/**
 * The moderation request for the widget as the save leaves it (the live snapshot), written by the
 * same shared writer the CLI uses; every missing input is listed instead of a blank.
 */
export function composeMessage(snapshot: WidgetSnapshot, moderation: ModerationInfo, lang: MessageLanguage, update: boolean, platform: PlatformId): MessageResult {
  const i18n: Record<string, unknown> = {};
  for (const file of snapshot.files) {
    const locale = /^i18n\/([^/]+)\.json$/.exec(file.path)?.[1];
    if (locale) i18n[locale] = json(snapshot, file.path);
  }
  try {
    const text = writeModerationMessage({ manifest: json(snapshot, 'manifest.json'), i18n, moderation }, { lang, update, platform });
    return { status: 'written', text };
  } catch (error) {
    // Test data is one of them until it is given or "none needed" is chosen: never assumed.
    if (error instanceof MessageInputError) return { status: 'missing', missing: [...error.missing] };
    throw error;
  }
}

