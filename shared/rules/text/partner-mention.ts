import { defineRule, SOURCES } from '../rule';
import { positionInString } from '../i18n/i18n-entries';
import { quote, scannedTexts } from './store-texts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The profile's phrases, tolerant of how people write them: any letter case, inflected endings
 * ("партнёрами amoCRM", "amoCRM Partners"), е/ё, and spaces or hyphens between the words.
 */
export function partnerPattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = phrases.map((phrase) =>
    phrase
      .trim()
      .split(/\s+/)
      .map((word) => `${wordPattern(word)}\\p{L}*`)
      .join('[\\s\\u00a0-]+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu');
}

function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/[её]/giu, '[её]');
}

/**
 * A test every text partnerPattern matches passes: it holds the longest word of one of the phrases, matched the
 * same way. The full pattern (letter classes in any case, a look-behind) costs milliseconds to compile on its
 * first use; most widgets' texts fail this test and never need it.
 */
export function partnerWordTest(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const words = phrases.map((phrase) => wordPattern(phrase.trim().split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest))));
  return new RegExp([...new Set(words)].join('|'), 'iu');
}

export const textPartnerMentionRule = defineRule({
  id: 'text/partner-mention',
  defaultSeverity: 'warning',
  summary: 'Texts do not mention or encourage buying CRM subscriptions via CRM partners.',
  summaryRu: 'Тексты не упоминают покупку подписок на CRM через партнёров CRM и не призывают к ней.',
  docs:
    'The checklist forbids mentioning or encouraging buying amoCRM / Kommo subscriptions via amoCRM / Kommo ' +
    'Partners. The rule looks through every i18n text and the store texts for the partner wording of the ' +
    'platform (e.g. "amoCRM partner", "партнёр amoCRM", "Kommo Partners") and asks you to remove it or to make ' +
    'sure the text does not invite users to buy subscriptions through a partner.',
  sources: [
    SOURCES.amocrmChecklist('General: "Your integration does not mention or encourage buying amoCRM subscriptions via amoCRM Partners"'),
    SOURCES.kommoChecklist('General: "Your integration does not mention or encourage buying Kommo subscriptions via Kommo Partners"'),
  ],
  check(context, report) {
    const wordTest = partnerWordTest(context.profile.partnerWords);
    if (!wordTest) return;
    for (const text of scannedTexts(context)) {
      if (!wordTest.test(text.value)) continue;
      const pattern = context.cache(`partner-pattern:${context.profile.id}`, () => partnerPattern(context.profile.partnerWords)) as RegExp;
      const match = pattern.exec(text.value);
      if (!match) continue;
      const position = text.i18n ? positionInString(text.i18n.file, text.i18n.entry, match[0]) : { line: text.line, column: text.column };
      report({
        file: text.file,
        ...position,
        locale: text.locale,
        message: { en: `"${text.key}" mentions "${match[0]}" (${quote(text.value, 50)})`, ru: `"${text.key}" упоминает "${match[0]}" (${quote(text.value, 50)})` },
        help: {
          en: `The marketplace does not allow mentioning or encouraging buying ${context.profile.displayName} subscriptions via ${context.profile.displayName} partners: remove it.`,
          ru: `Маркетплейс не разрешает упоминать покупку подписок ${context.profile.displayName} через партнёров ${context.profile.displayName} или призывать к ней: удалите это.`,
        },
      });
    }
  },
});
