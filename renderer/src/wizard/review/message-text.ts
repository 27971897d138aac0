import type { WidgetConfig } from '../../../../shared/config/widget-config';
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

/** What the wizard collected for the request, laid over widget-publisher.json's `moderation` block. */
export function moderationInfo(draft: ProjectDraft, widget: WidgetDraft, config: WidgetConfig | undefined): ModerationInfo {
  return {
    ...config?.moderation,
    ...given({
      integrationId: draft.integrationId,
      widgetCode: draft.widgetCode,
      accountId: draft.accountId,
      howItWorks: draft.howItWorks,
      instructions: draft.instructions,
      testData: draft.testCredentials,
      supportPhone: widget.support.phone || draft.supportPhone,
      supportEmail: widget.support.email || draft.supportEmail,
      changes: draft.changes,
    }),
  };
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
    return { status: 'written', text: writeModerationMessage({ manifest: json(snapshot, 'manifest.json'), i18n, moderation }, { lang, update, platform }) };
  } catch (error) {
    if (error instanceof MessageInputError) return { status: 'missing', missing: [...error.missing] };
    throw error;
  }
}
