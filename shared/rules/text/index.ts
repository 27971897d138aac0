import type { Rule } from '../rule';
import { textDescriptionLengthRule } from './description-length';
import { textNameLengthRule } from './name-length';
import { textNameViaRule } from './name-via';
import { textPartnerMentionRule } from './partner-mention';
import { textPlaceholderRule } from './placeholder';
import { textRuDomainRule } from './ru-domain';
import { textTeaserLengthRule } from './teaser-length';
import { textWrongLanguageRule } from './wrong-language';

/** Rules of the `text/` group, in the order they appear in docs/rules.md. */
export const textRules: readonly Rule[] = [
  textNameLengthRule,
  textNameViaRule,
  textTeaserLengthRule,
  textDescriptionLengthRule,
  textWrongLanguageRule,
  textRuDomainRule,
  textPlaceholderRule,
  textPartnerMentionRule,
];
