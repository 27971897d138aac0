import { compareFindings, type Finding, type Severity } from '../model/finding';
import { REPORT_LIMITS } from '../platform/limits';
import { pluralRu } from '../text/plural-ru';

interface LeftOut {
  first: Finding;
  count: number;
  severity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Keeps the first `max` findings of each rule in each file (in report order) and puts one finding counting
 * the rest where the first left-out one was. A hostile file can hold hundreds of thousands of findings of one
 * rule; the report, every output format and the app then stay small. The summary counts all of them.
 */
export function capFindingsPerRuleAndFile(sorted: readonly Finding[], max: number = REPORT_LIMITS.maxFindingsPerRuleAndFile): Finding[] {
  const seen = new Map<string, number>();
  const leftOut = new Map<string, LeftOut>();
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const key = `${finding.ruleId}\u0000${finding.file ?? ''}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= max) {
      kept.push(finding);
      continue;
    }
    const rest = leftOut.get(key);
    if (!rest) leftOut.set(key, { first: finding, count: 1, severity: finding.severity });
    else {
      rest.count += 1;
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[rest.severity]) rest.severity = finding.severity;
    }
  }
  if (leftOut.size === 0) return kept;
  for (const rest of leftOut.values()) kept.push(leftOutNote(rest, max));
  return kept.sort(compareFindings);
}

function leftOutNote({ first, count, severity }: LeftOut, max: number): Finding {
  const where = first.file ?? 'the widget';
  const whereRu = first.file ?? 'виджете';
  return {
    ruleId: first.ruleId,
    severity,
    message: `${count} more ${first.ruleId} ${count === 1 ? 'finding' : 'findings'} in ${where}, from here on, ${count === 1 ? 'is' : 'are'} not listed one by one.`,
    messageRu: `Ещё ${count} ${pluralRu(count, ['замечание', 'замечания', 'замечаний'])} ${first.ruleId} в ${whereRu}, начиная с этого места, не ${count === 1 ? 'показано' : 'показаны'} по одному.`,
    file: first.file,
    line: first.line,
    column: first.column,
    locale: null,
    leftOut: count,
    help: {
      en: `A report lists the first ${max} findings of a check in a file. Fix those and check again to see the rest.`,
      ru: `В отчёте перечислены первые ${max} замечаний одной проверки в файле. Исправьте их и проверьте снова, чтобы увидеть остальные.`,
    },
  };
}
