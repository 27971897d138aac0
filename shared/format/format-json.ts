import type { CheckReport } from '../check/check-widget';
import type { ToolInfo } from './tool-info';

/**
 * The machine-readable report. Its keys are a public interface (CI scripts read them):
 * `{tool, platform, platformSource, findings, summary, manual}` and nothing else. Each finding's `help` is the
 * English advice, or null on a finding without one.
 */
export function formatJson(report: CheckReport, tool: ToolInfo): string {
  const output = {
    tool: { name: tool.name, version: tool.version },
    platform: report.platform,
    platformSource: report.platformSource ?? null,
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      locale: finding.locale,
      help: finding.help?.en ?? null,
    })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
    manual: report.manual.map((item) => ({ id: item.id, section: item.section, text: { en: item.text.en, ru: item.text.ru } })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
