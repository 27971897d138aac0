import type { Rule } from '../rule';

/** Rules of the `css/` group, in the order they appear in docs/rules.md. */
export const cssRules: readonly Rule[] = [];
