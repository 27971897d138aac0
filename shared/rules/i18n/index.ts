import type { Rule } from '../rule';

/** Rules of the `i18n/` group, in the order they appear in docs/rules.md. */
export const i18nRules: readonly Rule[] = [];
