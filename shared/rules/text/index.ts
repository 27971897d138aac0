import type { Rule } from '../rule';

/** Rules of the `text/` group, in the order they appear in docs/rules.md. */
export const textRules: readonly Rule[] = [];
