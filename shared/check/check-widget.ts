import type { WidgetSnapshot } from '../model/snapshot';
import { RULE_CATALOGUE } from '../rules/catalogue';
import { refineBundleFindings } from './bundle-findings';
import { runRules, type CheckOptions, type CheckReport } from './run-rules';

export { resolvePlatform, type CheckOptions, type CheckReport } from './run-rules';

/** Run every rule (or `options.rules`) over an already-read widget. Pure: no files are touched. */
export function checkWidget(snapshot: WidgetSnapshot, options: CheckOptions = {}): CheckReport {
  return runRules(snapshot, options.rules ?? RULE_CATALOGUE, { refine: refineBundleFindings, ...options });
}
