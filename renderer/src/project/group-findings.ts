import type { Finding, FindingSummary, Severity } from '../../../shared/model/finding';

export interface FindingGroup {
  /** null: findings about the package as a whole. */
  file: string | null;
  findings: Finding[];
  summary: FindingSummary;
}

export type SeverityFilter = 'all' | 'errors' | 'warnings';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function matchesFilter(finding: Finding, filter: SeverityFilter): boolean {
  if (filter === 'errors') return finding.severity === 'error';
  if (filter === 'warnings') return finding.severity === 'warning';
  return true;
}

/**
 * Findings grouped by file like ESLint's output: the package-level group first, then files with
 * errors before files with only warnings, then by path; inside a file, by line.
 */
export function groupFindingsByFile(findings: readonly Finding[], filter: SeverityFilter = 'all'): FindingGroup[] {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    if (!matchesFilter(finding, filter)) continue;
    const list = groups.get(finding.file) ?? [];
    list.push(finding);
    groups.set(finding.file, list);
  }
  const result: FindingGroup[] = [...groups.entries()].map(([file, list]) => {
    const sorted = [...list].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    return {
      file,
      findings: sorted,
      summary: {
        errors: list.filter((finding) => finding.severity === 'error').length,
        warnings: list.filter((finding) => finding.severity === 'warning').length,
        infos: list.filter((finding) => finding.severity === 'info').length,
      },
    };
  });
  return result.sort((a, b) => {
    if (a.file === null) return -1;
    if (b.file === null) return 1;
    const aHasErrors = a.summary.errors > 0 ? 0 : 1;
    const bHasErrors = b.summary.errors > 0 ? 0 : 1;
    if (aHasErrors !== bHasErrors) return aHasErrors - bHasErrors;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/** Findings shown at once, and added by each "Show more": thousands of rows would hold up the report's first paint. */
export const FINDINGS_PER_PAGE = 200;

/** How many of `groups` (whole files, at least one) hold the first `findingLimit` findings. */
export function groupsWithin(groups: readonly FindingGroup[], findingLimit: number): number {
  let shown = 0;
  let findings = 0;
  while (shown < groups.length && (shown === 0 || findings + groups[shown].findings.length <= findingLimit)) {
    findings += groups[shown].findings.length;
    shown += 1;
  }
  return shown;
}
