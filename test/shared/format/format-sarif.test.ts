import { describe, expect, it } from 'vitest';
import { formatSarif, sarifLevel } from '../../../shared/format/format-sarif';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';
import { DEFECT_FINDINGS, FAKE_RULES, finding, reportOf } from './report-fixture';
import { assertSarifShape } from './sarif-shape';

const TOOL = { name: 'widget-publisher', version: '1.2.3' };

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn?: number } } }>;
}

function sarif(findings = DEFECT_FINDINGS, options = {}) {
  return JSON.parse(formatSarif(reportOf(findings), TOOL, { rules: FAKE_RULES, ...options }));
}

function resultFor(log: { runs: Array<{ results: SarifResult[] }> }, ruleId: string): SarifResult {
  const result = log.runs[0].results.find((candidate) => candidate.ruleId === ruleId);
  if (!result) throw new Error(`no result for ${ruleId}`);
  return result;
}

describe('formatSarif', () => {
  it('carries the English messages only, never the Russian ones', () => {
    const output = formatSarif(reportOf(DEFECT_FINDINGS), TOOL, { rules: FAKE_RULES });
    expect(output).not.toContain('messageRu');
    expect(output).not.toContain('Название содержит');
    expect(resultFor(sarif(), 'text/name-length').message.text).toBe('[en] The name is 34 characters; the store allows 30. Shorten "widget.name".');
  });

  it('is a SARIF 2.1.0 log with the required fields', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    assertSarifShape(log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'widget-publisher', version: '1.2.3' });
  });

  it('maps error, warning and info to SARIF levels error, warning and note', () => {
    expect([sarifLevel('error'), sarifLevel('warning'), sarifLevel('info')]).toEqual(['error', 'warning', 'note']);
    const log = sarif();
    expect(resultFor(log, 'text/name-length').level).toBe('error');
    expect(resultFor(log, 'code/eval').level).toBe('warning');
    expect(resultFor(log, 'manifest/legacy-keys').level).toBe('note');
  });

  it('describes the rules from the catalogue, with their first source as help', () => {
    const driverRules = sarif().runs[0].tool.driver.rules;
    expect(driverRules.map((rule: { id: string }) => rule.id)).toEqual(FAKE_RULES.map((rule) => rule.id));
    expect(driverRules[0]).toMatchObject({
      id: 'package/junk-file',
      shortDescription: { text: 'No junk files in the package.' },
      fullDescription: { text: FAKE_RULES[0].docs },
      helpUri: FAKE_RULES[0].sources[0].url,
      defaultConfiguration: { level: 'error' },
    });
    expect(driverRules[3].defaultConfiguration.level).toBe('note');
  });

  it('points each result at its rule and its file, line and column', () => {
    const log = sarif();
    const name = resultFor(log, 'text/name-length');
    expect(log.runs[0].tool.driver.rules[name.ruleIndex as number].id).toBe('text/name-length');
    expect(name.message.text).toBe('[en] The name is 34 characters; the store allows 30. Shorten "widget.name".');
    expect(name.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'i18n/en.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 13 },
    });
    const image = resultFor(log, 'image/dimensions');
    expect(image.ruleIndex).toBeUndefined();
    expect(image.locations?.[0].physicalLocation).toEqual({ artifactLocation: { uri: 'images/logo.png', uriBaseId: '%SRCROOT%' } });
  });

  it('locates package-level findings at manifest.json, or nowhere when there is no manifest', () => {
    expect(resultFor(sarif(), 'package/junk-file').locations?.[0].physicalLocation.artifactLocation.uri).toBe('manifest.json');
    expect(resultFor(sarif(DEFECT_FINDINGS, { packageLocation: null }), 'package/junk-file').locations).toBeUndefined();
  });

  it('prefixes paths with the widget folder inside the repository and encodes them as URIs', () => {
    const log = sarif([finding({ ruleId: 'code/eval', message: 'm', file: 'my lib/a.js', line: 1, column: 2 })], { uriPrefix: 'widgets/deals/' });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('widgets/deals/my%20lib/a.js');
    assertSarifShape(log);
  });

  it('lists the whole catalogue by default', () => {
    const log = JSON.parse(formatSarif(reportOf([]), TOOL));
    expect(log.runs[0].tool.driver.rules).toHaveLength(RULE_CATALOGUE.length);
    expect(log.runs[0].results).toEqual([]);
    assertSarifShape(log);
  });
});
