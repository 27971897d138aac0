import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleHelp } from '../../../shared/ipc/types';
import { summarizeFindings, type Finding } from '../../../shared/model/finding';
import { CountChips } from '../components/Badge';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { CheckCircleIcon } from '../components/icons';
import { SegmentedControl } from '../components/SegmentedControl';
import { FindingGroupCard } from './FindingGroupCard';
import { FINDINGS_PER_PAGE, groupFindingsByFile, groupsWithin, type SeverityFilter } from './group-findings';

/**
 * The findings of a check by file, with their counts and a severity filter. A long report is shown a
 * page at a time (whole files, about FINDINGS_PER_PAGE findings each) so it is on screen at once.
 */
export function FindingsReport({
  findings,
  ruleHelp,
  actionFor,
  notice,
}: {
  findings: readonly Finding[];
  ruleHelp: Record<string, RuleHelp>;
  actionFor?: (finding: Finding) => ReactNode;
  /** Shown under the counts (the one-click encoding fix). */
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [pages, setPages] = useState(1);
  const groups = useMemo(() => groupFindingsByFile(findings, filter), [findings, filter]);
  const shown = groupsWithin(groups, pages * FINDINGS_PER_PAGE);
  const hidden = groups.length - shown;

  if (findings.length === 0) {
    return (
      <EmptyState tone="success" icon={<CheckCircleIcon size={32} />} title={t('check.noProblemsTitle')}>
        {t('check.noProblemsText')}
      </EmptyState>
    );
  }
  const summary = summarizeFindings(findings);
  return (
    <>
      <div className="toolbar">
        <CountChips errors={summary.errors} warnings={summary.warnings} infos={summary.infos} />
        <div className="toolbar__spacer" />
        <SegmentedControl<SeverityFilter>
          label={t('check.filter')}
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPages(1);
          }}
          options={[
            { value: 'all', label: t('check.filterAll') },
            { value: 'errors', label: t('check.filterErrors') },
            { value: 'warnings', label: t('check.filterWarnings') },
          ]}
        />
      </div>
      {notice}
      <div className="finding-groups">
        {groups.slice(0, shown).map((group) => (
          <FindingGroupCard key={group.file ?? '(package)'} group={group} ruleHelp={ruleHelp} actionFor={actionFor} />
        ))}
      </div>
      {hidden > 0 && (
        <div className="finding-groups__more">
          <p className="step__subtitle">{t('check.shownFiles', { shown, total: groups.length })}</p>
          <Button variant="secondary" onClick={() => setPages(pages + 1)}>
            {t('check.showMore', { count: Math.min(hidden, groupsWithin(groups.slice(shown), FINDINGS_PER_PAGE)) })}
          </Button>
        </div>
      )}
    </>
  );
}
