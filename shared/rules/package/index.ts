import type { Rule } from '../rule';
import { junkFileRule } from './junk-file';
import { manifestMissingRule } from './manifest-missing';
import { nestedRootRule } from './nested-root';
import { requiredFileRule } from './required-file';
import { unsafeEntryRule } from './unsafe-entry';
import { unusedFileRule } from './unused-file';

/** Rules of the `package/` group, in the order they appear in docs/rules.md. */
export const packageRules: readonly Rule[] = [
  manifestMissingRule,
  nestedRootRule,
  requiredFileRule,
  junkFileRule,
  unusedFileRule,
  unsafeEntryRule,
];
