import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { setBasics } from '../../../../shared/draft/draft-edits';
import { suggestNextVersion } from '../../../../shared/draft/field-validators';
import type { DraftBasics } from '../../../../shared/draft/widget-draft';
import { Button } from '../../components/Button';
import { ChoiceField } from '../ui/ChoiceField';
import { StepFrame } from '../ui/StepFrame';
import { TextField } from '../ui/TextField';
import { useWizard } from '../wizard-context';
import { versionOnDisk } from '../wizard-files';
import { useMessageLanguage } from '../../i18n/finding-text';

/** widget.version, interface_version, init_once, installation and is_showcase, each with the structure page's advice. */
export function BasicsStep() {
  const { t } = useTranslation();
  const { widget, update, base } = useWizard();
  const { basics } = widget;
  const set = (patch: Partial<DraftBasics>) => update((draft) => setBasics(draft, patch));
  const uploaded = useMemo(() => versionOnDisk(base), [base]);
  // The next upload needs a higher version than the one in the folder; once raised, nothing more to suggest.
  const lang = useMessageLanguage();
  const suggestion = uploaded === null ? null : suggestNextVersion(uploaded, lang);
  const offer = suggestion !== null && basics.version.trim() === uploaded?.trim() ? suggestion : null;
  const yesNo = [
    { value: false, label: t('wizard.basics.no') },
    { value: true, label: t('wizard.basics.yes') },
  ];

  return (
    <StepFrame step="basics" title={t('wizard.basics.title')} subtitle={t('wizard.basics.subtitle')}>
      <section className="card form-stack">
        <TextField
          label={t('wizard.basics.version')}
          value={basics.version}
          mono
          onChange={(version) => set({ version: version.trim() })}
          help={offer?.note ?? t('wizard.basics.versionHelp')}
          aside={
            offer ? (
              <Button size="sm" variant="ghost" onClick={() => set({ version: offer.version })}>
                {t('wizard.basics.useVersion', { version: offer.version })}
              </Button>
            ) : undefined
          }
        />
        <ChoiceField<number | null>
          legend={t('wizard.basics.interfaceVersion')}
          value={basics.interfaceVersion}
          choices={[
            { value: 2, label: '2' },
            { value: 1, label: t('wizard.basics.interfaceOld') },
          ]}
          onChange={(interfaceVersion) => set({ interfaceVersion })}
          help={t('wizard.basics.interfaceHelp')}
        />
        <ChoiceField<boolean | null>
          legend={t('wizard.basics.initOnce')}
          value={basics.initOnce}
          choices={yesNo}
          onChange={(initOnce) => set({ initOnce })}
          help={t('wizard.basics.initOnceHelp')}
        />
        <ChoiceField<boolean | null>
          legend={t('wizard.basics.installation')}
          value={basics.installation}
          choices={yesNo}
          onChange={(installation) => set({ installation })}
          help={t('wizard.basics.installationHelp')}
        />
        <ChoiceField<boolean | null>
          legend={t('wizard.basics.isShowcase')}
          value={basics.isShowcase}
          choices={[{ value: null, label: t('wizard.basics.notSet') }, ...yesNo]}
          onChange={(isShowcase) => set({ isShowcase })}
          help={t('wizard.basics.isShowcaseHelp')}
        />
      </section>
    </StepFrame>
  );
}
