import type { Rule } from '../rule';
import { externalStylesheetRule } from './external-stylesheet';
import { globalSelectorRule } from './global-selector';
import { systemClassRule } from './system-class';

/** Rules of the `css/` group, in the order they appear in docs/rules.md. */
export const cssRules: readonly Rule[] = [globalSelectorRule, systemClassRule, externalStylesheetRule];
