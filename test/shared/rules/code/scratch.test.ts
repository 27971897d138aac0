import { it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { codeRules } from '../../../../shared/rules/code';
import { cssRules } from '../../../../shared/rules/css';
import { validSnapshot } from '../../../helpers/widget-fixture';

it('scratch', () => {
  for (const platform of ['amocrm', 'kommo'] as const) {
    const report = checkWidget(validSnapshot(platform), { rules: [...codeRules, ...cssRules] });
    console.log(platform, JSON.stringify(report.findings, null, 1));
  }
});
