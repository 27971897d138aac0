import { useTranslation } from 'react-i18next';
import { summarizeFindings } from '../../../shared/model/finding';
import { useWizardOrNull } from '../wizard/wizard-context';
import { useProject } from './project-context';

export interface ExportGate {
  /** Why Export cannot run now, in the UI language; null when it can. */
  reason: string | null;
}

/**
 * One answer to "can I export now?" for every Export button (the header's, Review's, the menu's):
 * the widget as the wizard would save it must have no error, and no change may wait for Save.
 */
export function useExportGate(): ExportGate {
  const { t } = useTranslation();
  const { project, check } = useProject();
  const wizard = useWizardOrNull();
  if (!project || check.status === 'running') return { reason: t('export.gate.checking') };
  if (!wizard?.live) return { reason: t('export.gate.checking') };
  const { errors } = summarizeFindings(wizard.live.findings);
  if (errors > 0) return { reason: t('export.gate.errors', { count: errors }) };
  if (wizard.unsavedFiles > 0) return { reason: project.kind === 'zip' ? t('export.gate.zipUnsaved') : t('export.gate.unsaved', { count: wizard.unsavedFiles }) };
  return { reason: null };
}
