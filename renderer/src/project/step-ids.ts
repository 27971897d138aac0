import type { WizardStep } from '../../../shared/draft/wizard-steps';

/** The project screen's step ids; the code check and review keep the shell's ids `check` and `export`. */
export type ProjectStepId = 'start' | Exclude<WizardStep, 'code' | 'review'> | 'check' | 'export';

export function projectStepOf(step: WizardStep): ProjectStepId {
  if (step === 'code') return 'check';
  if (step === 'review') return 'export';
  return step;
}
