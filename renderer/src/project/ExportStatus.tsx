import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { Button } from '../components/Button';
import { ProgressBar } from '../components/ProgressBar';
import { formatBytes } from '../i18n/format';
import { getApi } from '../app/api';
import { useRevealLabel } from '../app/use-reveal-label';
import { useWizardOrNull } from '../wizard/wizard-context';
import { useProject } from './project-context';

/** Where an export stands: progress with cancel, then written, refused, cancelled or failed. */
export function ExportStatus({ onShowErrors }: { onShowErrors: () => void }) {
  const { t, i18n } = useTranslation();
  const revealLabel = useRevealLabel();
  const { exportState, exportProgress, cancelExport, dismissExport } = useProject();
  // Changes made after the export are not in the zip: the notice says so instead of staying "ready".
  const changedSince = (useWizardOrNull()?.unsavedFiles ?? 0) > 0;

  if (exportState.status === 'idle') return null;
  if (exportState.status === 'running') {
    return (
      <div className="export-progress" aria-live="polite">
        <div className="export-progress__row">
          <span className="export-progress__title">{exportProgress?.title ?? t('export.progressTitle')}</span>
          <Button size="sm" variant="ghost" onClick={cancelExport}>
            {t('common.cancel')}
          </Button>
        </div>
        <ProgressBar value={exportProgress?.value ?? null} label={t('export.progressTitle')} />
      </div>
    );
  }
  if (exportState.status === 'cancelled') {
    return (
      <Banner tone="info" onDismiss={dismissExport}>
        {t('export.cancelled')}
      </Banner>
    );
  }
  if (exportState.status === 'failed') {
    return (
      <Banner tone="error" title={t('export.failedTitle')} onDismiss={dismissExport}>
        {exportState.error.message}
      </Banner>
    );
  }
  const result = exportState.value;
  if (result.status === 'refused') {
    return (
      <Banner
        tone="error"
        title={t('export.refusedTitle')}
        onDismiss={dismissExport}
        actions={
          <Button size="sm" onClick={onShowErrors}>
            {t('export.showErrors')}
          </Button>
        }
      >
        {t('export.refusedText', { count: result.report.summary.errors })}
      </Banner>
    );
  }
  return (
    <Banner
      tone="success"
      title={t('export.writtenTitle')}
      onDismiss={dismissExport}
      actions={
        <>
          <Button size="sm" onClick={() => void getApi().revealInFolder(result.path)}>
            {revealLabel}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => void getApi().copyText(result.path)}>
            {t('common.copyPath')}
          </Button>
        </>
      }
    >
      <p className="mono-path">{result.path}</p>
      <p>{t('export.writtenText', { files: t('counts.files', { count: result.files }), size: formatBytes(result.bytes, i18n.language) })}</p>
      {changedSince && (
        <p>
          <strong>{t('export.writtenStale')}</strong>
        </p>
      )}
    </Banner>
  );
}
