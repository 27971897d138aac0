import type { Rule } from '../rule';

/** Rules of the `package/` group, in the order they appear in docs/rules.md. */
export const packageRules: readonly Rule[] = [];
