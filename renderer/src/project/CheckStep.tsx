import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/draft/wizard-steps';
import type { Finding } from '../../../shared/model/finding';
import { summarizeFindings } from '../../../shared/model/finding';
import { useRouter } from '../app/router';
import { Banner } from '../components/Banner';
import { CountChips } from '../components/Badge';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { CheckCircleIcon, WrenchIcon } from '../components/icons';
import { SegmentedControl } from '../components/SegmentedControl';
import { StepFrame } from '../wizard/ui/StepFrame';
import { useWizard } from '../wizard/wizard-context';
import { encodingFixes } from '../wizard/wizard-files';
import { CheckSettings } from '../wizard/check-settings/CheckSettings';
import { FindingGroupCard } from './FindingGroupCard';
import { groupFindingsByFile, type SeverityFilter } from './group-findings';
import { useProject } from './project-context';
import { projectStepOf } from './step-ids';

/** The findings "Fix BOM and line endings" fixes (the same repair as the fix command, done by Save). */
const ENCODING_RULE_IDS = new Set(['file/bom', 'file/crlf']);

/**
 * Code check: every finding of the widget as the save would leave it, grouped by file, each with
 * how to fix it, its source page, and the step that fixes it; BOM and CRLF are fixed in one click.
 */
export function CheckStep() {
  const { t } = useTranslation();
  const { project, actionError } = useProject();
  const { live, profile, widget, base, update } = useWizard();
  const encodingFixCount = useMemo(() => Object.keys(encodingFixes({ ...widget, fixEncoding: true }, base)).length, [widget, base]);
  const { navigate, route } = useRouter();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const findings = useMemo(() => live?.findings ?? [], [live]);
  const groups = useMemo(() => groupFindingsByFile(findings, filter), [findings, filter]);
  const stepOf = useMemo(() => {
    const steps = new Map<Finding, WizardStep>();
    for (const [step, list] of Object.entries(live?.byStep ?? {})) for (const finding of list) steps.set(finding, step as WizardStep);
    return steps;
  }, [live]);
  const ruleHelp = useMemo(() => live?.ruleHelp ?? {}, [live]);
  if (!project) return null;

  const summary = summarizeFindings(findings);
  const fixable = !widget.fixEncoding && encodingFixCount > 0 && findings.some((finding) => ENCODING_RULE_IDS.has(finding.ruleId));
  const actionFor = (finding: Finding) => {
    const step = stepOf.get(finding);
    if (!step || step === 'code' || step === 'review' || route.name !== 'project') return null;
    const target = projectStepOf(step);
    return (
      <button type="button" className="link-button" onClick={() => navigate({ ...route, step: target })}>
        {t('wizard.findings.openStep', { step: t(`steps.${target}`) })}
      </button>
    );
  };

  return (
    <StepFrame step="code" title={t('check.title')} subtitle={t('check.subtitle', { platform: profile.displayName })} showFindings={false}>
      {widget.fixEncoding && (
        <Banner
          tone="success"
          title={t('check.fixOnSaveTitle', { count: encodingFixCount })}
          actions={
            <Button size="sm" onClick={() => update((draft) => ({ ...draft, fixEncoding: false }))}>
              {t('common.undo')}
            </Button>
          }
        >
          {t('check.fixOnSaveText')}
        </Banner>
      )}
      {actionError && <Banner tone="error" title={t('errors.title')}>{actionError.message}</Banner>}

      {live === null ? (
        <p className="step__subtitle">{t('project.checking')}</p>
      ) : findings.length === 0 ? (
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
                <Button variant="primary" size="sm" icon={<WrenchIcon size={16} />} onClick={() => update((draft) => ({ ...draft, fixEncoding: true }))}>
                  {t('check.fixOnSave', { count: encodingFixCount })}
                </Button>
              }
            />
          )}
        </>
      )}

      <div className="finding-groups">
        {groups.map((group) => (
          <FindingGroupCard key={group.file ?? '(package)'} group={group} ruleHelp={ruleHelp} actionFor={actionFor} />
        ))}
      </div>

      <CheckSettings />
    </StepFrame>
  );
}
