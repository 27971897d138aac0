import { checkWidget } from '../../../../shared/check/check-widget';
import type { Finding } from '../../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../../shared/model/snapshot';
import type { Rule } from '../../../../shared/rules/rule';

export function findingsOf(rule: Rule, snapshot: WidgetSnapshot): Finding[] {
  return checkWidget(snapshot, { rules: [rule] }).findings;
}
