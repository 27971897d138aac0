import { useEffect, type ReactNode } from 'react';
import type { WizardStep } from '../../../../shared/draft/wizard-steps';
import type { Finding } from '../../../../shared/model/finding';
import { useWizard } from '../wizard-context';
import { StepFindings } from './StepFindings';

/** A wizard step: its heading, the findings it fixes, then its form. Opening it marks it visited. */
export function StepFrame({
  step,
  title,
  subtitle,
  children,
  showFindings = true,
  shownInFields,
}: {
  step: WizardStep | 'start';
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  showFindings?: boolean;
  /** Findings the step's form shows under their own fields: listed there once, never again at the top. */
  shownInFields?: (finding: Finding) => boolean;
}) {
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
      {showFindings && step !== 'start' && <StepFindings findings={shownInFields ? findingsOf(step).filter((finding) => !shownInFields(finding)) : findingsOf(step)} />}
      {children}
    </section>
  );
}
