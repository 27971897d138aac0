import { codeRules } from './code';
import { cssRules } from './css';
import { fileRules } from './file';
import { i18nRules } from './i18n';
import { imageRules } from './image';
import { manifestRules } from './manifest';
import { packageRules } from './package';
import type { Rule } from './rule';
import { textRules } from './text';

/** Every rule the checker knows, in documentation order. Ids are a public interface. */
export const RULE_CATALOGUE: readonly Rule[] = [
  ...packageRules,
  ...manifestRules,
  ...i18nRules,
  ...textRules,
  ...fileRules,
  ...imageRules,
  ...codeRules,
  ...cssRules,
];

export function findRule(id: string): Rule | undefined {
  return RULE_CATALOGUE.find((rule) => rule.id === id);
}
