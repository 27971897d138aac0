import type { Rule } from '../rule';

/** Rules of the `image/` group, in the order they appear in docs/rules.md. */
export const imageRules: readonly Rule[] = [];
