import type { PlatformProfile } from '../../platform/profiles';
import { countRu } from '../../text/plural-ru';
import { visibleLength, visibleText } from '../../text/visible-length';
import { defineRule, type Rule, type RuleSource } from '../rule';
import { quote, storeTextAction, storeTexts, type StoreField } from './store-texts';

interface LengthRuleSpec {
  id: string;
  field: StoreField;
  limit: (profile: PlatformProfile) => number;
  summary: string;
  summaryRu: string;
  docs: string;
  sources: readonly RuleSource[];
}

/** A store text limit, counted as a person sees the text: grapheme clusters, without HTML tags. */
const CHARACTERS_RU = ['символ', 'символа', 'символов'] as const;

export function defineLengthRule(spec: LengthRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    defaultSeverity: 'error',
    summary: spec.summary,
    summaryRu: spec.summaryRu,
    docs: spec.docs,
    sources: spec.sources,
    check(context, report) {
      const limit = spec.limit(context.profile);
      for (const text of storeTexts(context, spec.field)) {
        const length = visibleLength(text.text);
        if (length <= limit) continue;
        const visible = visibleText(text.text);
        const cleaned = visible !== text.text.trim();
        const counted = cleaned ? ' (counted as users see it: HTML tags removed, entities decoded)' : '';
        const countedRu = cleaned ? ' (считая так, как видит пользователь: без HTML-тегов, с раскодированными сущностями)' : '';
        const forLocale = text.locale === null ? 'in every locale' : `for ${text.locale}`;
        const forLocaleRu = text.locale === null ? 'во всех локалях' : `для локали ${text.locale}`;
        report({
          file: text.file,
          line: text.line,
          column: text.column,
          locale: text.locale,
          message: {
            en: `The ${text.spec.label} ${forLocale} is ${length} characters long; ${context.profile.displayName} allows at most ${limit}`,
            ru: `${text.spec.labelRu} ${forLocaleRu}: ${countRu(length, CHARACTERS_RU)}, а ${context.profile.displayName} допускает не больше ${limit}`,
          },
          help: {
            en: `Shorten it by ${length - limit}${counted}: ${quote(visible)}.`,
            ru: `Сократите на ${countRu(length - limit, CHARACTERS_RU)}${countedRu}: ${quote(visible)}.`,
          },
          actions: [storeTextAction(text)],
        });
      }
    },
  });
}
