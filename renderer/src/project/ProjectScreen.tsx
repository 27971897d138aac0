import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onAppEvent } from '../app/app-events';
import { useRouter } from '../app/router';
import { PlatformBadge } from '../components/Badge';
import { Banner } from '../components/Banner';
import { Button, IconButton } from '../components/Button';
import { ArchiveIcon, ArrowLeftIcon, DownloadIcon, FolderIcon, RefreshIcon, SettingsIcon } from '../components/icons';
import { ProgressBar } from '../components/ProgressBar';
import { RestoreNoticeBanner } from '../wizard/ui/RestoreNoticeBanner';
import { useStepMemory } from '../wizard/use-step-memory';
import { WizardProvider, useWizardLoadError, useWizardOrNull } from '../wizard/wizard-context';
import { ExportStatus } from './ExportStatus';
import { hasManifestFile, OpenedReport } from './OpenedReport';
import { useExportGate } from './use-export-gate';
import { ProjectProvider, useProject } from './project-context';
import { findStep, PROJECT_STEPS, type StepStatus } from './steps';

function StatusDot({ status }: { status: StepStatus }) {
  if (status === 'none') return null;
  return <span className={`status-dot status-dot--${status}`} aria-hidden="true" />;
}

function ProjectBody({ stepId, onOpenPreferences }: { stepId: string; onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const { navigate, route } = useRouter();
  const { path, project, check, checkProgress, recheck, cancelCheck, exportZip, exportState, draft, draftStatus } = useProject();
  const step = findStep(stepId);
  const wizard = useWizardOrNull();
  const wizardError = useWizardLoadError();
  useStepMemory(step.id);
  const goToStep = (id: string) => {
    if (route.name === 'project') navigate({ ...route, step: id });
  };
  // Export from the menu when it cannot run (errors, changes waiting for Save): Review says why and offers Save.
  const gate = useExportGate();
  const blockedRef = useRef(false);
  blockedRef.current = gate.reason !== null;
  const requestExport = useCallback(() => {
    if (blockedRef.current && route.name === 'project') navigate({ ...route, step: 'export' });
    else void exportZip();
  }, [exportZip, navigate, route]);

  useEffect(() => onAppEvent('export-requested', requestExport), [requestExport]);

  const checking = check.status === 'running';
  const name = project?.name ?? path.split(/[\\/]/).pop() ?? path;

  return (
    <div className="project">
      <header className="project-header">
        <Button variant="ghost" size="sm" icon={<ArrowLeftIcon size={16} />} onClick={() => navigate({ name: 'start' })}>
          {t('project.backToStart')}
        </Button>
        <div className="project-header__main">
          <div className="project-header__title-row">
            <span className="project-header__kind" aria-hidden="true">
              {project?.kind === 'zip' ? <ArchiveIcon size={22} /> : <FolderIcon size={22} />}
            </span>
            <h1 className="project-header__title" title={name}>
              {name}
            </h1>
            {project && <PlatformBadge platform={wizard?.widget.platform ?? project.platform} />}
          </div>
          <p className="project-header__path mono-path" title={path}>
            {path}
          </p>
        </div>
        <div className="project-header__actions">
          <Button variant="secondary" icon={<RefreshIcon size={16} />} busy={checking} onClick={() => void recheck()}>
            {t('project.recheck')}
          </Button>
          <Button
            variant="primary"
            icon={<DownloadIcon size={16} />}
            blockedReason={gate.reason}
            busy={exportState.status === 'running'}
            onClick={requestExport}
          >
            {t('project.export')}
          </Button>
          <IconButton variant="ghost" label={t('common.preferences')} icon={<SettingsIcon size={18} />} onClick={onOpenPreferences} />
        </div>
      </header>

      <div className="project-layout">
        <nav className="sidebar" aria-label={t('project.stepsLabel')}>
          <ol className="sidebar__steps">
            {PROJECT_STEPS.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={item.id === step.id ? 'sidebar__step sidebar__step--active' : 'sidebar__step'}
                  aria-current={item.id === step.id ? 'step' : undefined}
                  onClick={() => goToStep(item.id)}
                >
                  {item.icon}
                  <span>{t(item.titleKey)}</span>
                  {project && <StatusDot status={item.status({ project, draft, wizard })} />}
                </button>
              </li>
            ))}
          </ol>
          <p className="sidebar__footer" aria-live="polite">
            {draftStatus === 'saved' && t('project.draftSaved')}
            {draftStatus === 'session-only' && t('project.draftSessionOnly')}
            {draftStatus === 'failed' && <span className="text-error">{t('project.draftFailed')}</span>}
          </p>
        </nav>

        <main className="project-content">
          {step.id !== 'export' && <ExportStatus onShowErrors={() => goToStep('check')} />}

          {checking && (
            <div className="check-progress" aria-live="polite">
              <div className="check-progress__row">
                <span>{checkProgress?.title ?? t('project.checking')}</span>
                <Button size="sm" variant="ghost" onClick={cancelCheck}>
                  {t('project.cancelCheck')}
                </Button>
              </div>
              <ProgressBar value={checkProgress?.value ?? null} label={t('project.checking')} />
            </div>
          )}

          {check.status === 'failed' && (
            <Banner
              tone="error"
              title={t('project.openFailedTitle')}
              actions={
                <Button size="sm" onClick={() => void recheck()}>
                  {t('common.retry')}
                </Button>
              }
            >
              {check.error.message}
            </Banner>
          )}
          {check.status === 'cancelled' && !project && <Banner tone="info">{t('project.checkCancelled')}</Banner>}

          {wizardError && !wizard && <Banner tone="error" title={t('project.openFailedTitle')}>{wizardError.message}</Banner>}
          <RestoreNoticeBanner />
          {project && wizard && <step.Component />}
          {project && !wizard && !wizardError && (step.id === 'check' && hasManifestFile(project) ? <OpenedReport project={project} /> : <p className="step__subtitle">{t('wizard.loading')}</p>)}
        </main>
      </div>
    </div>
  );
}

export function ProjectScreen({
  path,
  stepId,
  platform,
  onOpenPreferences,
}: {
  path: string;
  stepId: string;
  platform?: 'amocrm' | 'kommo';
  onOpenPreferences: () => void;
}) {
  return (
    <ProjectProvider key={path} path={path} platform={platform}>
      <WizardProvider>
        <ProjectBody stepId={stepId} onOpenPreferences={onOpenPreferences} />
      </WizardProvider>
    </ProjectProvider>
  );
}
