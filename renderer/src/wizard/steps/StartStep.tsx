import { useTranslation } from 'react-i18next';
import { WIDGET_CODE_PATTERN } from '../../../../shared/scaffold/widget-scaffold';
import { useProjectActions } from '../../app/project-actions';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { ArchiveIcon, FolderIcon, PlusIcon } from '../../components/icons';
import { useProject } from '../../project/project-context';
import { TextField } from '../ui/TextField';
import { StepFrame } from '../ui/StepFrame';
import { PlatformChoice } from './PlatformChoice';
import { useWizard } from '../wizard-context';

/** Where the widget comes from, which marketplace it is for, and who makes it. */
export function StartStep() {
  const { t } = useTranslation();
  const { project, path, actionError } = useProject();
  const { widget, update, isNew, unsavedFiles, reloadFromFiles, saveAsFolder, saveState } = useWizard();
  const actions = useProjectActions(() => undefined);
  const codeProblem = widget.code !== '' && !WIDGET_CODE_PATTERN.test(widget.code);
  const source = isNew ? t('wizard.start.sourceNew') : project?.kind === 'zip' ? t('wizard.start.sourceZip') : t('wizard.start.sourceFolder');

  return (
    <StepFrame step="start" title={t('wizard.start.title')} subtitle={t('wizard.start.subtitle')} showFindings={false}>
      {actionError && <Banner tone="error">{actionError.message}</Banner>}
      <section className="card form-stack">
        <div className="field">
          <span className="field__label">{source}</span>
          <p className="mono-path start-step__path" title={path}>
            {path}
          </p>
          {isNew && <p className="field__help">{t('wizard.start.newHint')}</p>}
          {project?.kind === 'zip' && (
            <>
              <p className="field__help">{t('wizard.start.zipHint')}</p>
              <div>
                <Button size="sm" icon={<FolderIcon size={16} />} busy={saveState.status === 'saving'} onClick={() => void saveAsFolder()}>
                  {t('wizard.start.saveAsFolder')}
                </Button>
              </div>
              {saveState.status === 'failed' && <Banner tone="error">{saveState.error.message}</Banner>}
            </>
          )}
        </div>
        <PlatformChoice />
        <div className="field-row">
          <TextField
            label={t('wizard.start.company')}
            value={widget.company}
            onChange={(company) => update((draft) => ({ ...draft, company }))}
            help={t('wizard.start.companyHelp')}
          />
          <TextField
            label={t('wizard.start.code')}
            value={widget.code}
            mono
            onChange={(code) => update((draft) => ({ ...draft, code: code.trim() }))}
            help={isNew ? t('wizard.start.codeHelpNew') : t('wizard.start.codeHelp')}
            problems={codeProblem ? [{ severity: 'error', message: t('wizard.start.codeProblem') }] : []}
          />
        </div>
      </section>

      {unsavedFiles > 0 && !isNew && (
        <Banner
          tone="info"
          title={t('wizard.start.editedTitle')}
          actions={
            <Button size="sm" onClick={reloadFromFiles}>
              {t('wizard.start.reload')}
            </Button>
          }
        >
          {t('wizard.start.editedText')}
        </Banner>
      )}

      <section className="card" aria-labelledby="start-other">
        <h2 id="start-other">{t('wizard.start.otherTitle')}</h2>
        <div className="start-step__actions">
          <Button icon={<PlusIcon size={16} />} onClick={actions.newWidget}>
            {t('start.newWidget')}
          </Button>
          <Button icon={<FolderIcon size={16} />} onClick={() => void actions.openFolder()}>
            {t('start.openFolder')}
          </Button>
          <Button icon={<ArchiveIcon size={16} />} onClick={() => void actions.openZip()}>
            {t('start.openZip')}
          </Button>
        </div>
      </section>
    </StepFrame>
  );
}
