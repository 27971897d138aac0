import type { Rule } from '../rule';
import { i18nEmptyValueRule } from './empty-value';
import { i18nFileMissingRule } from './file-missing';
import { i18nJsonSyntaxRule } from './json-syntax';
import { i18nStructureMismatchRule } from './structure-mismatch';

/** Rules of the `i18n/` group, in the order they appear in docs/rules.md. */
export const i18nRules: readonly Rule[] = [i18nJsonSyntaxRule, i18nFileMissingRule, i18nStructureMismatchRule, i18nEmptyValueRule];
