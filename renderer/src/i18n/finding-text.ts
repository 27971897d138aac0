import { useTranslation } from 'react-i18next';
import type { RuleHelp } from '../../../shared/ipc/types';

/** A checker text in both languages (a Finding, a live field problem); messageRu is absent on texts the UI translates itself. */
export interface BilingualText {
  message: string;
  messageRu?: string;
}

export type MessageLanguage = 'en' | 'ru';

export function messageLanguageOf(uiLanguage: string | undefined): MessageLanguage {
  return (uiLanguage ?? '').toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** The text to show in this UI language: Russian in the Russian UI when the checker wrote it, else English. */
export function messageIn(uiLanguage: string | undefined, text: BilingualText): string {
  return messageLanguageOf(uiLanguage) === 'ru' && text.messageRu ? text.messageRu : text.message;
}

/** A rule's one-line "how to fix" in this UI language: summaryRu in the Russian UI, else the English summary. */
export function ruleSummaryIn(uiLanguage: string | undefined, help: RuleHelp): string {
  return messageLanguageOf(uiLanguage) === 'ru' && help.summaryRu ? help.summaryRu : help.summary;
}

/** `ruleSummaryIn` bound to the current UI language. */
export function useRuleSummary(): (help: RuleHelp) => string {
  const { i18n } = useTranslation();
  return (help) => ruleSummaryIn(i18n.language, help);
}

/** The UI language as the checker's message language, for code that asks shared/ for texts. */
export function useMessageLanguage(): MessageLanguage {
  const { i18n } = useTranslation();
  return messageLanguageOf(i18n.language);
}

/** `messageIn` bound to the current UI language. */
export function useMessageText(): (text: BilingualText) => string {
  const { i18n } = useTranslation();
  return (text) => messageIn(i18n.language, text);
}
