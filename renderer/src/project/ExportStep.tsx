import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { Button } from '../components/Button';
import { DownloadIcon } from '../components/icons';
import { ManualChecklist } from './ManualChecklist';
import { useProject } from './project-context';

export function ExportStep() {
  const { t } = useTranslation();
  const { project, exportZip, exportState } = useProject();
  if (!project) return null;
  const { errors } = project.report.summary;

  return (
    <section className="step" aria-labelledby="step-title">
      <header className="step__header">
        <h1 id="step-title">{t('export.title')}</h1>
        <p className="step__subtitle">{t('export.subtitle')}</p>
      </header>

      {errors > 0 ? (
        <Banner tone="warning" title={t('export.blockedTitle')}>
          {t('export.blockedText', { count: errors })}
        </Banner>
      ) : (
        <Banner tone="success" title={t('export.readyTitle')}>
          {t('export.readyText')}
        </Banner>
      )}

      <div className="export-actions">
        <Button variant="primary" icon={<DownloadIcon size={18} />} busy={exportState.status === 'running'} onClick={() => void exportZip()}>
          {t('project.export')}
        </Button>
      </div>

      <ManualChecklist items={project.report.manual} />
    </section>
  );
}
