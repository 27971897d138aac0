import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { i18nJsonSyntaxRule } from '../../../../shared/rules/i18n/json-syntax';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>) => checkWidget(snapshot, { rules: [i18nJsonSyntaxRule] }).findings;

describe('i18n/json-syntax', () => {
  it('reports a trailing comma at its own line and column, naming the locale', () => {
    const text = '{\n  "widget": {\n    "name": "Deals via Acme",\n  }\n}\n';
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': text }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', line: 3, column: 29, locale: 'en', severity: 'error' });
    expect(findings[0].message).toContain('trailing comma');
  });

  it('reports each error of a file separately', () => {
    const text = "{\n  'widget': 1,\n  \"a\": // note\n  2\n}";
    const findings = run(validSnapshot('amocrm', { 'i18n/ru.json': text }));
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings.every((finding) => finding.locale === 'ru')).toBe(true);
    expect(findings[0].line).toBe(2);
    expect(findings.some((finding) => finding.line === 3 && finding.message.includes('comments'))).toBe(true);
  });

  it('reports an empty file and a file that is not an object', () => {
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': '', 'i18n/ru.json': '["a", "b"]' }));
    expect(findings.map((finding) => [finding.file, finding.line])).toEqual([
      ['i18n/en.json', 1],
      ['i18n/ru.json', 1],
    ]);
    expect(said(findings[1])).toContain('must be one object');
  });

  it('passes valid files, with a BOM (file/bom reports it) and with non-ASCII texts', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'))).toEqual([]);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"widget": {"name": "Сделки via Acme"}}')]);
    expect(run(validSnapshot('amocrm', { 'i18n/ru.json': withBom }))).toEqual([]);
  });

  it('warns about a key written twice in one object, naming both lines and the locale', () => {
    const text = '{\n  "widget": {\n    "name": "Old name via Acme",\n    "name": "Deals via Acme",\n    "short_description": "Deals"\n  },\n  "settings": { "name": "Name" }\n}\n';
    const findings = run(validSnapshot('amocrm', { 'i18n/en.json': text }));
    expect(findings).toMatchObject([{ file: 'i18n/en.json', line: 4, column: 5, locale: 'en', severity: 'warning' }]);
    expect(said(findings[0])).toContain('"widget.name" is here twice (lines 3 and 4)');
    // The same key in two different objects is no duplicate.
    expect(run(validSnapshot('amocrm'))).toEqual([]);
  });
});
