import type { MessageLanguage, MissingInput, ModerationInfo } from '../message/message-inputs';
import type { PlatformId } from '../platform/profiles';

export interface ModerationMessageRequest {
  /** The widget folder or zip: its manifest and i18n files give the name, texts and languages. */
  projectPath: string;
  /** What the wizard collected; non-empty values win over the `moderation` block of widget-publisher.json. */
  moderation: ModerationInfo;
  lang: MessageLanguage;
  update: boolean;
  platform?: PlatformId;
}

/** A message, or every input it still needs (never a message with blanks). */
export type ModerationMessageResult = { status: 'written'; text: string } | { status: 'missing'; missing: MissingInput[] };
