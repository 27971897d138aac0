import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FixSummary } from '../../../shared/ipc/types';
import { platformProfile } from '../../../shared/platform/profiles';
import { Banner } from '../components/Banner';
import { CountChips } from '../components/Badge';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { CheckCircleIcon, WrenchIcon } from '../components/icons';
import { SegmentedControl } from '../components/SegmentedControl';
import { FindingGroupCard } from './FindingGroupCard';
import { groupFindingsByFile, type SeverityFilter } from './group-findings';
import { useProject } from './project-context';

export function CheckStep() {
  const { t } = useTranslation();
  const { project, fix, fixing, actionError } = useProject();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [fixed, setFixed] = useState<FixSummary | null>(null);
  const findings = project?.report.findings ?? [];
  const groups = useMemo(() => groupFindingsByFile(findings, filter), [findings, filter]);
  if (!project) return null;

  const { summary } = project.report;
  const fixable = findings.some((finding) => project.fixableRuleIds.includes(finding.ruleId));

  return (
    <section className="step" aria-labelledby="step-title">
      <header className="step__header">
        <h1 id="step-title">{t('check.title')}</h1>
        <p className="step__subtitle">{t('check.subtitle', { platform: platformProfile(project.platform).displayName })}</p>
      </header>

      {fixed && (
        <Banner tone="success" onDismiss={() => setFixed(null)}>
          {fixed.fixed.length > 0 ? t('check.fixedFiles', { count: fixed.fixed.length }) : t('check.nothingFixed')}
        </Banner>
      )}
      {actionError && <Banner tone="error" title={t('errors.title')}>{actionError.message}</Banner>}

      {findings.length === 0 ? (
        <EmptyState tone="success" icon={<CheckCircleIcon size={32} />} title={t('check.noProblemsTitle')}>
          {t('check.noProblemsText')}
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <CountChips errors={summary.errors} warnings={summary.warnings} infos={summary.infos} />
            <div className="toolbar__spacer" />
            <SegmentedControl<SeverityFilter>
              label={t('check.filter')}
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: t('check.filterAll') },
                { value: 'errors', label: t('check.filterErrors') },
                { value: 'warnings', label: t('check.filterWarnings') },
              ]}
            />
          </div>

          {fixable && (
            <Banner
              tone="info"
              title={t('check.fixableHint')}
              actions={
                <Button
                  variant="primary"
                  size="sm"
                  icon={<WrenchIcon size={16} />}
                  busy={fixing}
                  onClick={async () => setFixed(await fix())}
                >
                  {fixing ? t('check.fixing') : t('check.fix')}
                </Button>
              }
            />
          )}
        </>
      )}


      <div className="finding-groups">
        {groups.map((group) => (
          <FindingGroupCard key={group.file ?? '(package)'} group={group} ruleHelp={project.ruleHelp} />
        ))}
      </div>
    </section>
  );
}
