import { useEffect, type ReactNode } from 'react';
import type { WizardStep } from '../../../../shared/draft/wizard-steps';
import { useWizard } from '../wizard-context';
import { StepFindings } from './StepFindings';

/** A wizard step: its heading, the findings it fixes, then its form. Opening it marks it visited. */
export function StepFrame({ step, title, subtitle, children, showFindings = true }: { step: WizardStep | 'start'; title: string; subtitle?: ReactNode; children: ReactNode; showFindings?: boolean }) {
  const { visit, findingsOf } = useWizard();
  useEffect(() => {
    visit(step);
    // Once per step shown; `visit` changes with every edit.
  }, [step]);
  return (
    <section className="step" aria-labelledby="step-title">
      <header className="step__header">
        <h1 id="step-title">{title}</h1>
        {subtitle && <p className="step__subtitle">{subtitle}</p>}
      </header>
      {showFindings && step !== 'start' && <StepFindings findings={findingsOf(step)} />}
      {children}
    </section>
  );
}
