import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { useWizardOrNull } from '../wizard-context';

/** Says what reopening did with the draft: brought unsaved edits back, or read files that changed meanwhile. */
export function RestoreNoticeBanner() {
  const { t } = useTranslation();
  const wizard = useWizardOrNull();
  if (!wizard?.notice) return null;
  if (wizard.notice === 'restored') {
    return (
      <Banner
        tone="info"
        title={t('wizard.notice.restoredTitle')}
        onDismiss={wizard.dismissNotice}
        actions={
          <Button size="sm" onClick={wizard.reloadFromFiles}>
            {t('wizard.start.reload')}
          </Button>
        }
      >
        {t('wizard.notice.restoredText')}
      </Banner>
    );
  }
  return (
    <Banner
      tone="warning"
      title={t('wizard.notice.filesChangedTitle')}
      onDismiss={wizard.dismissNotice}
      actions={
        <Button size="sm" onClick={wizard.useStoredDraft}>
          {t('wizard.notice.useDraft')}
        </Button>
      }
    >
      {t('wizard.notice.filesChangedText')}
    </Banner>
  );
}
