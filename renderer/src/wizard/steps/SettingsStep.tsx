import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { StepFrame } from '../ui/StepFrame';
import { useWizard } from '../wizard-context';
import { FieldListEditor } from './FieldListEditor';

export function SettingsStep() {
  const { t } = useTranslation();
  const { widget, update, profile } = useWizard();
  return (
    <StepFrame step="settings" title={t('wizard.settings.title')} subtitle={t('wizard.settings.subtitle')}>
      {widget.basics.installation === false && <Banner tone="info">{t('wizard.settings.noInstallation')}</Banner>}
      <section className="card">
        <FieldListEditor draft={widget} list="settings" profile={profile} onEdit={update} />
      </section>
    </StepFrame>
  );
}
