import type { Finding } from '../../shared/model/finding';

/** A finding as a reader sees it on any surface: the short what+where, then the advice under it. */
export function said(finding: Finding | undefined, lang: 'en' | 'ru' = 'en'): string {
  if (!finding) return '';
  const message = lang === 'ru' ? finding.messageRu : finding.message;
  const help = finding.help?.[lang];
  return help ? `${message}\nhelp: ${help}` : message;
}
