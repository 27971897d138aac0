import type { CheckReport } from '../check/check-widget';
import type { Finding, Severity } from '../model/finding';
import { RULE_CATALOGUE } from '../rules/catalogue';
import type { Rule } from '../rules/rule';
import type { ToolInfo } from './tool-info';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_SRCROOT = '%SRCROOT%';

export interface SarifFormatOptions {
  /** Rules listed in the driver; the whole catalogue by default. */
  rules?: readonly Rule[];
  /**
   * POSIX path of the widget root relative to the repository root (`widgets/deals`), so code scanning
   * finds `widgets/deals/script.js`. Empty when the widget is the repository root.
   */
  uriPrefix?: string;
  /**
   * Where findings about the whole package are shown. Code scanning wants a location on every result,
   * so they point at manifest.json; null (no manifest in the widget) leaves them without one.
   */
  packageLocation?: string | null;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF 2.1.0 levels: our info is SARIF's note. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(report: CheckReport, tool: ToolInfo, options: SarifFormatOptions = {}): string {
  const rules = options.rules ?? RULE_CATALOGUE;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const packageLocation = options.packageLocation === undefined ? 'manifest.json' : options.packageLocation;
  const prefix = (options.uriPrefix ?? '').replace(/^\.\/?/, '').replace(/\/+$/, '');

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            rules: rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        properties: { platform: report.platform },
        results: report.findings.map((finding) => sarifResult(finding, ruleIndex, prefix, packageLocation)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: Rule) {
  const helpUri = rule.sources[0]?.url;
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.docs },
    ...(helpUri ? { helpUri } : {}),
    help: { text: `${rule.docs}\n\nSources:\n${rule.sources.map((source) => `- ${source.section}: ${source.url}`).join('\n')}` },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: { tags: [rule.id.split('/')[0]] },
  };
}

function sarifResult(finding: Finding, ruleIndex: Map<string, number>, prefix: string, packageLocation: string | null) {
  const index = ruleIndex.get(finding.ruleId);
  const file = finding.file ?? packageLocation;
  const text = finding.locale ? `[${finding.locale}] ${finding.message}` : finding.message;
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: sarifLevel(finding.severity),
    // SARIF viewers show `markdown` when they render it and `text` otherwise: the advice goes under the message there.
    message: finding.help ? { text, markdown: `${text}\n\n**help:** ${finding.help.en}` } : { text },
    ...(file === null ? {} : { locations: [sarifLocation(finding, prefix ? `${prefix}/${file}` : file)] }),
    ...(finding.locale || finding.help
      ? { properties: { ...(finding.locale ? { locale: finding.locale } : {}), ...(finding.help ? { help: finding.help.en } : {}) } }
      : {}),
  };
}

function sarifLocation(finding: Finding, path: string) {
  const uri = path.split('/').map(encodeURIComponent).join('/');
  const region =
    finding.line === null ? undefined : { startLine: finding.line, ...(finding.column === null ? {} : { startColumn: finding.column }) };
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: SARIF_SRCROOT },
      ...(region ? { region } : {}),
    },
  };
}
