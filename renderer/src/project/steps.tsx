import type { ComponentType, ReactNode } from 'react';
import type { ProjectDraft } from '../../../shared/ipc/draft';
import type { OpenedProject } from '../../../shared/ipc/types';
import { ListChecksIcon, PackageIcon } from '../components/icons';
import { CheckStep } from './CheckStep';
import { ExportStep } from './ExportStep';

export type StepStatus = 'error' | 'warning' | 'done' | 'none';

/**
 * A step of the project screen. The wizard adds its steps here (basics, texts, branding, ...):
 * the sidebar, routing and status dots come for free.
 */
export interface ProjectStepDefinition {
  id: string;
  /** i18n key of the step's name. */
  titleKey: string;
  icon: ReactNode;
  Component: ComponentType;
  status(project: OpenedProject, draft: ProjectDraft): StepStatus;
}

export const PROJECT_STEPS: readonly ProjectStepDefinition[] = [
  {
    id: 'check',
    titleKey: 'steps.check',
    icon: <ListChecksIcon size={18} />,
    Component: CheckStep,
    status: (project) => (project.report.summary.errors > 0 ? 'error' : project.report.summary.warnings > 0 ? 'warning' : 'done'),
  },
  {
    id: 'export',
    titleKey: 'steps.export',
    icon: <PackageIcon size={18} />,
    Component: ExportStep,
    status: (project, draft) => {
      if (project.report.summary.errors > 0) return 'none';
      const confirmed = new Set(draft.manualConfirmed ?? []);
      return project.report.manual.every((item) => confirmed.has(item.id)) ? 'done' : 'none';
    },
  },
];

export const DEFAULT_STEP_ID = PROJECT_STEPS[0].id;

export function findStep(id: string): ProjectStepDefinition {
  return PROJECT_STEPS.find((step) => step.id === id) ?? PROJECT_STEPS[0];
}
