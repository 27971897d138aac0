import type { Rule } from '../rule';

/** Rules of the `code/` group, in the order they appear in docs/rules.md. */
export const codeRules: readonly Rule[] = [];
