import { compareFindings, type Finding } from '../model/finding';
import { REPORT_LIMITS } from '../platform/limits';
import { pluralRu } from '../text/plural-ru';

interface LeftOut {
  first: Finding;
  count: number;
}

/**
 * Keeps the first `max` findings of each rule in each file (in report order) and puts one finding counting
 * the rest where the first left-out one was. A hostile file can hold hundreds of thousands of findings of one
 * rule; the report, every output format and the app then stay small. The left-out ones are counted by
 * severity (one note per severity), so `summarizeFindings` of the capped list equals that of the whole one.
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
    const restKey = `${key}\u0000${finding.severity}`;
    const rest = leftOut.get(restKey);
    if (rest) rest.count += 1;
    else leftOut.set(restKey, { first: finding, count: 1 });
  }
  if (leftOut.size === 0) return kept;
  for (const rest of leftOut.values()) kept.push(leftOutNote(rest, max));
  return kept.sort(compareFindings);
}

function leftOutNote({ first, count }: LeftOut, max: number): Finding {
  const where = first.file ?? 'the widget';
  const whereRu = first.file ?? 'виджете';
  return {
    ruleId: first.ruleId,
    severity: first.severity,
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
