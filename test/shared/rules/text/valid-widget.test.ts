import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { fileRules } from '../../../../shared/rules/file';
import { i18nRules } from '../../../../shared/rules/i18n';
import { textRules } from '../../../../shared/rules/text';
import { validI18n, validSnapshot } from '../../../helpers/widget-fixture';

describe('i18n, text and file rules on a valid widget', () => {
  it.each(['amocrm', 'kommo'] as const)('find nothing in the valid %s widget', (platform) => {
    const report = checkWidget(validSnapshot(platform), { platform, rules: [...i18nRules, ...textRules, ...fileRules] });
    expect(report.findings).toEqual([]);
  });

  it('register every rule id of the catalogue groups', () => {
    expect(i18nRules.map((rule) => rule.id)).toEqual(['i18n/json-syntax', 'i18n/file-missing', 'i18n/structure-mismatch', 'i18n/empty-value']);
    expect(textRules.map((rule) => rule.id)).toEqual([
      'text/name-length',
      'text/name-via',
      'text/teaser-length',
      'text/description-length',
      'text/wrong-language',
      'text/ru-domain',
      'text/placeholder',
      'text/partner-mention',
    ]);
    expect(fileRules.map((rule) => rule.id)).toEqual(['file/bom', 'file/crlf', 'file/encoding', 'file/parse-limit']);
  });
});

describe('i18n, text and file rules on long values', () => {
  it('check a 300 KB value without spaces (an embedded image, a snippet) in linear time', () => {
    const letters = 'QUJDZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo'.repeat(9000);
    const snapshot = validSnapshot('amocrm', {
      'i18n/en.json': { ...validI18n('en'), blob: { image: `data:image/png;base64,${letters}example.${letters}` } },
      'i18n/ru.json': { ...validI18n('ru'), blob: { image: `${letters}Ж${letters}` } },
    });
    // A quadratic scan would not finish within the test timeout; no wall-clock assertion (the machine is shared).
    const report = checkWidget(snapshot, { rules: [...i18nRules, ...textRules, ...fileRules] });
    expect(report.findings.map((finding) => finding.ruleId)).toEqual([]);
  });
});
