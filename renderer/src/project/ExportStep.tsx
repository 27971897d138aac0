import { useTranslation } from 'react-i18next';
import { summarizeFindings } from '../../../shared/model/finding';
import { useRouter } from '../app/router';
import { Banner } from '../components/Banner';
import { Button } from '../components/Button';
import { DownloadIcon } from '../components/icons';
import { FilesPreview } from '../wizard/review/FilesPreview';
import { ModerationMessage } from '../wizard/review/ModerationMessage';
import { Readiness } from '../wizard/review/Readiness';
import { UnusedFiles } from '../wizard/review/UnusedFiles';
import { StepFrame } from '../wizard/ui/StepFrame';
import { useWizard } from '../wizard/wizard-context';
import { ExportStatus } from './ExportStatus';
import { ManualChecklist } from './ManualChecklist';
import { useProject } from './project-context';
import { useExportGate } from './use-export-gate';

/** Review and export: readiness, the manual checklist, the files a Save writes, Save, Export, and the moderation request. */
export function ExportStep() {
  const { t } = useTranslation();
  const { navigate, route } = useRouter();
  const { project, exportZip, exportState, draft } = useProject();
  const { live, save, saveAsFolder, saveState, planned, unsavedFiles: unsaved } = useWizard();
  const gate = useExportGate();
  if (!project) return null;
  const { errors } = summarizeFindings(live?.findings ?? []);
  const confirmed = new Set(draft.manualConfirmed ?? []);
  const manualDone = project.report.manual.filter((item) => confirmed.has(item.id)).length;
  const isFolder = project.kind === 'folder';

  return (
    <StepFrame step="review" title={t('export.title')} subtitle={t('export.subtitle')} showFindings={false}>
      {route.name === 'project' && route.savedFrom && (
        <Banner tone="success" title={t('wizard.review.savedFromZipTitle')} onDismiss={() => navigate({ ...route, savedFrom: undefined })}>
          {t('wizard.review.savedFromZip', { zip: route.savedFrom })}
        </Banner>
      )}
      {!isFolder && (unsaved > 0 || project.nestedRoot !== null) ? (
        <Banner
          tone={errors > 0 ? 'warning' : 'info'}
          title={t('wizard.review.zipTitle')}
          actions={
            <Button size="sm" variant="primary" busy={saveState.status === 'saving'} onClick={() => void saveAsFolder()}>
              {t('wizard.review.saveAsFolder')}
            </Button>
          }
        >
          {t('wizard.review.zipUnsaved')}
        </Banner>
      ) : errors > 0 ? (
        <Banner tone="warning" title={t('export.blockedTitle')}>
          {t('export.blockedText', { count: errors })}
        </Banner>
      ) : unsaved > 0 ? (
        <Banner
          tone="info"
          title={t('wizard.review.saveFirstTitle')}
          actions={
            <Button size="sm" variant="primary" busy={saveState.status === 'saving'} onClick={() => void save()}>
              {t('wizard.review.save')}
            </Button>
          }
        >
          {t('wizard.review.saveFirstText', { count: unsaved })}
        </Banner>
      ) : (
        <Banner tone="success" title={t('export.readyTitle')}>
          {t('export.readyText')}
        </Banner>
      )}

      <section className="card" aria-labelledby="readiness-title">
        <h2 id="readiness-title">{t('wizard.review.readinessTitle')}</h2>
        <Readiness manualDone={manualDone} manualTotal={project.report.manual.length} unsaved={unsaved} />
      </section>

      <ManualChecklist items={project.report.manual} findings={project.report.findings} />

      <UnusedFiles />

      <section className="card form-stack" aria-labelledby="files-title">
        <div>
          <h2 id="files-title">{t('wizard.review.filesTitle')}</h2>
          <p className="card__subtitle">{isFolder ? t('wizard.review.filesHelp') : t('wizard.review.zipHelp')}</p>
        </div>
        <FilesPreview files={planned} />
        {saveState.status === 'failed' && <Banner tone="error" title={t('wizard.review.saveFailed')}>{saveState.error.message}</Banner>}
        {saveState.status === 'saved' && unsaved === 0 && <Banner tone="success">{t('wizard.review.saved', { count: saveState.files })}</Banner>}
        <div className="export-actions">
          {isFolder ? (
            <Button variant={unsaved > 0 ? 'primary' : 'secondary'} disabled={unsaved === 0} busy={saveState.status === 'saving'} onClick={() => void save()}>
              {t('wizard.review.save')}
            </Button>
          ) : (
            <Button variant={unsaved > 0 ? 'primary' : 'secondary'} busy={saveState.status === 'saving'} onClick={() => void saveAsFolder()}>
              {t('wizard.review.saveAsFolder')}
            </Button>
          )}
        </div>
        {!isFolder && unsaved === 0 && <p className="field__help">{t('wizard.review.zipClean')}</p>}
      </section>

      <section className="card form-stack" aria-labelledby="export-title">
        <div>
          <h2 id="export-title">{t('wizard.review.exportTitle')}</h2>
          <p className="card__subtitle">{t('wizard.review.exportHelp')}</p>
        </div>
        <div className="export-actions">
          <Button variant="primary" icon={<DownloadIcon size={18} />} blockedReason={gate.reason} busy={exportState.status === 'running'} onClick={() => void exportZip()}>
            {t('project.export')}
          </Button>
        </div>
        <ExportStatus onShowErrors={() => route.name === 'project' && navigate({ ...route, step: 'check' })} />
      </section>

      <section className="card form-stack" aria-labelledby="message-title">
        <div>
          <h2 id="message-title">{t('wizard.message.title')}</h2>
          <p className="card__subtitle">{t('wizard.message.subtitle')}</p>
        </div>
        <ModerationMessage />
      </section>
    </StepFrame>
  );
}
