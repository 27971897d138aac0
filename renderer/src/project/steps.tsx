import type { ComponentType, ReactNode } from 'react';
import type { WizardStep } from '../../../shared/draft/wizard-steps';
import type { ProjectDraft } from '../../../shared/ipc/draft';
import type { OpenedProject } from '../../../shared/ipc/types';
import { ListChecksIcon, PackageIcon } from '../components/icons';
import { BasicsStep } from '../wizard/steps/BasicsStep';
import { BrandingStep } from '../wizard/steps/BrandingStep';
import { LocalesStep } from '../wizard/steps/LocalesStep';
import { LocationsStep } from '../wizard/steps/LocationsStep';
import { SettingsStep } from '../wizard/steps/SettingsStep';
import { StartStep } from '../wizard/steps/StartStep';
import { SupportStep } from '../wizard/steps/SupportStep';
import { TextsStep } from '../wizard/steps/TextsStep';
import { TourStep } from '../wizard/steps/TourStep';
import { FlagIcon, FormIcon, GlobeIcon, ImageIcon, LifebuoyIcon, PinIcon, SlidersIcon, SlidesIcon, TextIcon } from '../wizard/ui/step-icons';
import type { WizardValue } from '../wizard/wizard-context';
import { CheckStep } from './CheckStep';
import { ExportStep } from './ExportStep';
import type { ProjectStepId } from './step-ids';

export type StepStatus = 'error' | 'warning' | 'done' | 'none';

export interface StepStatusContext {
  project: OpenedProject;
  draft: ProjectDraft;
  /** Null while the widget is being read. */
  wizard: WizardValue | null;
}

/**
 * A step of the project screen (the wizard's steps): the sidebar, routing and status dots come
 * from this list.
 */
export interface ProjectStepDefinition {
  id: ProjectStepId;
  /** i18n key of the step's name. */
  titleKey: string;
  icon: ReactNode;
  Component: ComponentType;
  status(context: StepStatusContext): StepStatus;
}

/** A step's dot from the live check: red with an error, amber with a warning, green when done, none before it is started. */
function wizardStatus(step: WizardStep) {
  return ({ wizard }: StepStatusContext): StepStatus => {
    if (!wizard) return 'none';
    const state = wizard.statusOf(step);
    if (state === 'not-started') return 'none';
    if (state === 'done') return 'done';
    return wizard.findingsOf(step).some((finding) => finding.severity === 'error') ? 'error' : 'warning';
  };
}

function wizardStep(id: Exclude<WizardStep, 'code' | 'review'>, icon: ReactNode, Component: ComponentType): ProjectStepDefinition {
  return { id, titleKey: `steps.${id}`, icon, Component, status: wizardStatus(id) };
}

export const PROJECT_STEPS: readonly ProjectStepDefinition[] = [
  { id: 'start', titleKey: 'steps.start', icon: <FlagIcon />, Component: StartStep, status: () => 'none' },
  wizardStep('basics', <SlidersIcon />, BasicsStep),
  wizardStep('texts', <TextIcon />, TextsStep),
  wizardStep('locales', <GlobeIcon />, LocalesStep),
  wizardStep('locations', <PinIcon />, LocationsStep),
  wizardStep('settings', <FormIcon />, SettingsStep),
  wizardStep('support', <LifebuoyIcon />, SupportStep),
  wizardStep('branding', <ImageIcon />, BrandingStep),
  wizardStep('tour', <SlidesIcon />, TourStep),
  { id: 'check', titleKey: 'steps.check', icon: <ListChecksIcon size={18} />, Component: CheckStep, status: wizardStatus('code') },
  {
    id: 'export',
    titleKey: 'steps.export',
    icon: <PackageIcon size={18} />,
    Component: ExportStep,
    status: ({ project, draft, wizard }) => {
      if (!wizard?.live || wizard.live.findings.some((finding) => finding.severity === 'error')) return 'none';
      const confirmed = new Set(draft.manualConfirmed ?? []);
      return project.report.manual.every((item) => confirmed.has(item.id)) ? 'done' : 'none';
    },
  },
];

export const DEFAULT_STEP_ID = 'check';

export function isStepId(id: string): id is ProjectStepId {
  return PROJECT_STEPS.some((step) => step.id === id);
}

export function findStep(id: string): ProjectStepDefinition {
  return PROJECT_STEPS.find((step) => step.id === id) ?? (PROJECT_STEPS.find((step) => step.id === DEFAULT_STEP_ID) as ProjectStepDefinition);
}
