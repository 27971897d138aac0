import type { PlatformProfile } from '../../platform/profiles';
import { visibleLength, visibleText } from '../../text/visible-length';
import { defineRule, type Rule, type RuleSource } from '../rule';
import { quote, storeTextPlace, storeTexts, type StoreField } from './store-texts';

interface LengthRuleSpec {
  id: string;
  field: StoreField;
  limit: (profile: PlatformProfile) => number;
  summary: string;
  docs: string;
  sources: readonly RuleSource[];
}

/** A store text limit, counted as a person sees the text: grapheme clusters, without HTML tags. */
export function defineLengthRule(spec: LengthRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    defaultSeverity: 'error',
    summary: spec.summary,
    docs: spec.docs,
    sources: spec.sources,
    check(context, report) {
      const limit = spec.limit(context.profile);
      for (const text of storeTexts(context, spec.field)) {
        const length = visibleLength(text.text);
        if (length <= limit) continue;
        const visible = visibleText(text.text);
        const counted = visible !== text.text.trim() ? ' (counted as users see it: HTML tags removed, entities decoded)' : '';
        const forLocale = text.locale === null ? 'in every locale' : `for ${text.locale}`;
        report({
          file: text.file,
          line: text.line,
          column: text.column,
          locale: text.locale,
          message:
            `The ${text.spec.label} ${forLocale}, ${quote(visible)}, is ${length} characters long${counted}; ` +
            `${context.profile.displayName} allows at most ${limit}. Shorten it by ${length - limit} in ${storeTextPlace(text)}.`,
        });
      }
    },
  });
}
