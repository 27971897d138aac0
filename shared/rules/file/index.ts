import type { Rule } from '../rule';

/** Rules of the `file/` group, in the order they appear in docs/rules.md. */
export const fileRules: readonly Rule[] = [];
