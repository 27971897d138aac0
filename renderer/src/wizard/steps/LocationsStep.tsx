import { useTranslation } from 'react-i18next';
import { StepFrame } from '../ui/StepFrame';
import { useWizard } from '../wizard-context';
import { LocationList } from './LocationList';

export function LocationsStep() {
  const { t } = useTranslation();
  const { widget, update, profile } = useWizard();
  return (
    <StepFrame step="locations" title={t('wizard.locations.title')} subtitle={t('wizard.locations.subtitle')}>
      <section className="card">
        <LocationList draft={widget} profile={profile} onEdit={update} />
      </section>
    </StepFrame>
  );
}
