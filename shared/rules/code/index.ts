import type { Rule } from '../rule';
import { callbacksRule } from './callbacks';
import { commentedOutRule } from './commented-out';
import { consoleTraceRule } from './console-trace';
import { debugLeftoverRule } from './debug-leftover';
import { evalRule } from './eval';
import { externalScriptRule } from './external-script';
import { globalMutationRule } from './global-mutation';
import { jsSyntaxRule } from './js-syntax';
import { minifiedRule } from './minified';
import { scriptInjectionRule } from './script-injection';
import { syncXhrRule } from './sync-xhr';
import { testLeftoverRule } from './test-leftover';
import { undeclaredReadRule } from './undeclared-read';
import { undefinedMethodRule } from './undefined-method';
import { untranslatedTextRule } from './untranslated-text';

/** Rules of the `code/` group, in the order they appear in docs/rules.md. */
export const codeRules: readonly Rule[] = [
  jsSyntaxRule,
  undeclaredReadRule,
  undefinedMethodRule,
  consoleTraceRule,
  debugLeftoverRule,
  testLeftoverRule,
  commentedOutRule,
  scriptInjectionRule,
  syncXhrRule,
  globalMutationRule,
  evalRule,
  externalScriptRule,
  minifiedRule,
  callbacksRule,
  untranslatedTextRule,
];
