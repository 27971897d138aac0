import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { i18nEmptyValueRule } from '../../../../shared/rules/i18n/empty-value';
import { validI18n, validSnapshot } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>) => checkWidget(snapshot, { rules: [i18nEmptyValueRule] }).findings;

describe('i18n/empty-value', () => {
  it('reports empty and whitespace-only texts with key, line and locale', () => {
    const en = validI18n('en');
    (en.widget as Record<string, string>).short_description = '';
    (en.settings as Record<string, string>).api_key = ' \u200b\t';
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': en }));
    expect(findings.map((finding) => [finding.line, finding.locale])).toEqual([
      [4, 'en'],
      [9, 'en'],
    ]);
    expect(said(findings[0])).toContain('"widget.short_description" is empty');
    expect(findings[0].file).toBe('i18n/en.json');
    expect(findings[1].message).toContain('only whitespace');
  });

  it('finds empty texts inside lists and in a file with a syntax error', () => {
    const findings = run(validSnapshot('amocrm', { 'i18n/ru.json': '{"list": ["a", ""], "b": "",}' }));
    expect(findings.map((finding) => finding.message.split(' is ')[0])).toEqual(['"list[1]"', '"b"']);
  });

  it('passes filled texts, short ones, numbers and placeholders', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'))).toEqual([]);
    const en = validI18n('en');
    en.misc = { ok: 'OK', dot: '.', count: 0, flag: false, host: '#HOST#' };
    expect(run(validSnapshot('amocrm', { 'i18n/en.json': en }))).toEqual([]);
  });
});
