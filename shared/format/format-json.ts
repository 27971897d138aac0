import type { CheckReport } from '../check/check-widget';
import type { ToolInfo } from './tool-info';

/**
 * The machine-readable report. Its keys are a public interface (CI scripts read them):
 * `{tool, platform, findings, summary, manual}` and nothing else.
 */
export function formatJson(report: CheckReport, tool: ToolInfo): string {
  const output = {
    tool: { name: tool.name, version: tool.version },
    platform: report.platform,
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      locale: finding.locale,
    })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
    manual: report.manual.map((item) => ({ id: item.id, section: item.section, text: { en: item.text.en, ru: item.text.ru } })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
