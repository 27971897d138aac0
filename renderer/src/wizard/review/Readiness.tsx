import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS } from '../../../../shared/draft/wizard-steps';
import { summarizeFindings } from '../../../../shared/model/finding';
import { useRouter } from '../../app/router';
import { CountChips } from '../../components/Badge';
import { projectStepOf } from '../../project/step-ids';
import { useWizard } from '../wizard-context';

/** Where the widget stands, step by step: what is done, what needs work, with a way to go there. */
export function Readiness({ manualDone, manualTotal, unsaved }: { manualDone: number; manualTotal: number; unsaved: number }) {
  const { t } = useTranslation();
  const { findingsOf, statusOf, live } = useWizard();
  const total = summarizeFindings(live?.findings ?? []);
  const { navigate, route } = useRouter();
  const steps = WIZARD_STEPS.filter((step) => step !== 'review');
  return (
    <div className="readiness">
      <ul className="readiness__steps">
        {steps.map((step) => {
          const id = projectStepOf(step);
          const status = statusOf(step);
          const summary = summarizeFindings(findingsOf(step));
          return (
            <li key={step} className={`readiness__step readiness__step--${status}`}>
              <span className={`status-dot status-dot--${status === 'done' ? 'done' : summary.errors > 0 ? 'error' : status === 'needs-work' ? 'warning' : 'none'}`} aria-hidden="true" />
              <button type="button" className="link-button" onClick={() => route.name === 'project' && navigate({ ...route, step: id })}>
                {t(`steps.${id}`)}
              </button>
              <span className="readiness__state">{t(`wizard.review.state.${status}`)}</span>
              <CountChips errors={summary.errors} warnings={summary.warnings} />
            </li>
          );
        })}
      </ul>
      <p className="readiness__extra">
        {total.errors + total.warnings === 0 ? <span className="pill pill--success">{t('wizard.review.noFindings')}</span> : <CountChips errors={total.errors} warnings={total.warnings} />}
        <span className={manualDone === manualTotal ? 'pill pill--success' : 'pill'}>{t('export.manualProgress', { done: manualDone, total: manualTotal })}</span>
        <span className={unsaved === 0 ? 'pill pill--success' : 'pill'}>{unsaved === 0 ? t('wizard.review.allSaved') : t('wizard.review.filesToWrite', { count: unsaved })}</span>
      </p>
    </div>
  );
}
