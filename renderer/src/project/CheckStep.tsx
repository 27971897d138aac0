import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/draft/wizard-steps';
import type { Finding } from '../../../shared/model/finding';
import { useRouter } from '../app/router';
import { Banner } from '../components/Banner';
import { Button } from '../components/Button';
import { WrenchIcon } from '../components/icons';
import { StepFrame } from '../wizard/ui/StepFrame';
import { useWizard } from '../wizard/wizard-context';
import { encodingFixes } from '../wizard/wizard-files';
import { CheckSettings } from '../wizard/check-settings/CheckSettings';
import { FindingsReport } from './FindingsReport';
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
  const { live, profile, widget, base, update, isNew } = useWizard();
  const encodingFixCount = useMemo(() => Object.keys(encodingFixes({ ...widget, fixEncoding: true }, base)).length, [widget, base]);
  const { navigate, route } = useRouter();
  // Until the live check of the draft answers, the report of the check that opened the files is shown
  // (a new widget has none worth showing: the wizard checks the skeleton it adds).
  const findings = useMemo(() => live?.findings ?? (isNew ? null : project?.report.findings) ?? null, [live, isNew, project]);
  const stepOf = useMemo(() => {
    const steps = new Map<Finding, WizardStep>();
    for (const [step, list] of Object.entries(live?.byStep ?? {})) for (const finding of list) steps.set(finding, step as WizardStep);
    return steps;
  }, [live]);
  const ruleHelp = useMemo(() => live?.ruleHelp ?? project?.ruleHelp ?? {}, [live, project]);
  if (!project) return null;

  const fixable = !widget.fixEncoding && encodingFixCount > 0 && live !== null && findings !== null && findings.some((finding) => ENCODING_RULE_IDS.has(finding.ruleId));
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

      {findings === null ? (
        <p className="step__subtitle">{t('project.checking')}</p>
      ) : (
        <FindingsReport
          findings={findings}
          ruleHelp={ruleHelp}
          actionFor={actionFor}
          notice={
            fixable && (
              <Banner
                tone="info"
                title={t('check.fixableHint')}
                actions={
                  <Button variant="primary" size="sm" icon={<WrenchIcon size={16} />} onClick={() => update((draft) => ({ ...draft, fixEncoding: true }))}>
                    {t('check.fixOnSave', { count: encodingFixCount })}
                  </Button>
                }
              />
            )
          }
        />
      )}

      <CheckSettings />
    </StepFrame>
  );
}
