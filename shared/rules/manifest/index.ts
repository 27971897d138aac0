import type { Rule } from '../rule';

/** Rules of the `manifest/` group, in the order they appear in docs/rules.md. */
export const manifestRules: readonly Rule[] = [];
