import { describe, expect, it } from 'vitest';
import { manifestRules } from '../../../../shared/rules/manifest';
import { jsonSyntaxRule } from '../../../../shared/rules/manifest/json-syntax';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { checkWidget } from '../../../../shared/check/check-widget';
import { findingsOf, withManifestText } from './manifest-fixture';

describe('manifest/json-syntax', () => {
  it('passes a valid manifest', () => {
    expect(findingsOf(jsonSyntaxRule, validSnapshot())).toEqual([]);
  });

  it('reports a missing comma at its line and column', () => {
    const text = '{\n  "widget": {\n    "name": "widget.name"\n    "description": "widget.description"\n  }\n}\n';
    const findings = findingsOf(jsonSyntaxRule, withManifestText(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'manifest/json-syntax', severity: 'error', file: 'manifest.json', line: 4, column: 5 });
    expect(findings[0].message).toContain('a comma was expected');
  });

  it('reports every error: the comments copied from the structure page example and a trailing comma', () => {
    const text = [
      '{',
      '  "settings": {',
      '    "login": {',
      '      "name": "settings.login",',
      '      //указывает на файл локализации, в папке i18n',
      '      "type": "text",',
      '      "required": false,',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const findings = findingsOf(jsonSyntaxRule, withManifestText(text));
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings[0]).toMatchObject({ line: 5, column: 7 });
    expect(findings[0].message).toContain('comments are not allowed');
    expect(findings.some((finding) => finding.line === 7 && finding.message.includes('trailing comma'))).toBe(true);
  });

  it('reports an empty manifest.json', () => {
    const findings = findingsOf(jsonSyntaxRule, withManifestText(''));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('keeps the other manifest rules silent while the file does not parse', () => {
    const files = validWidgetFiles();
    files['manifest.json'] = '{ "widget": { "name": "" }, }';
    const report = checkWidget(snapshotFromFiles(files), { rules: manifestRules });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((finding) => finding.ruleId === 'manifest/json-syntax')).toBe(true);
  });

  it('stays silent (like every manifest rule) when manifest.json is missing: package/manifest-missing reports it', () => {
    const files = validWidgetFiles();
    delete files['manifest.json'];
    expect(checkWidget(snapshotFromFiles(files), { rules: manifestRules }).findings).toEqual([]);
  });

  it('warns about a block written twice, where only the last one counts', () => {
    const text =
      '{\n  "widget": { "name": "widget.name" },\n  "settings": { "login": { "name": "settings.login", "type": "text" } },\n' +
      '  "locations": ["settings"],\n  "settings": {}\n}\n';
    const findings = findingsOf(jsonSyntaxRule, withManifestText(text));
    expect(findings).toMatchObject([{ severity: 'warning', file: 'manifest.json', line: 5, column: 3 }]);
    expect(findings[0].message).toContain('"settings" twice (lines 3 and 5)');
  });
});
