import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setStoreText } from '../../../../shared/draft/draft-edits';
import { isStoreTextFieldFinding } from '../../../../shared/draft/field-validators';
import { STORE_TEXT_FIELDS } from '../../../../shared/draft/widget-draft';
import { LocaleTabs } from '../ui/LocaleTabs';
import { StepFrame } from '../ui/StepFrame';
import { useWizard } from '../wizard-context';
import { StoreTextInput } from './StoreTextInput';

/** Name, teaser, description and tour text, a tab per locale, each with its live counter. */
export function TextsStep() {
  const { t } = useTranslation();
  const { widget, update, profile, findingsOf } = useWizard();
  const [chosen, setChosen] = useState(widget.locales[0] ?? '');
  const locale = widget.locales.includes(chosen) ? chosen : (widget.locales[0] ?? '');
  const problemsIn = (code: string) => findingsOf('texts').filter((finding) => finding.locale === code && finding.severity !== 'info').length;

  return (
    <StepFrame step="texts" title={t('wizard.texts.title')} subtitle={t('wizard.texts.subtitle')} shownInFields={isStoreTextFieldFinding}>
      {widget.locales.length === 0 ? (
        <p className="step__subtitle">{t('wizard.texts.noLocales')}</p>
      ) : (
        <LocaleTabs
          label={t('wizard.texts.localesLabel')}
          locales={widget.locales}
          active={locale}
          onChange={setChosen}
          marker={(code) => (problemsIn(code) > 0 ? <span className="tab-count">{problemsIn(code)}</span> : null)}
        >
          <div className="card form-stack" key={locale}>
            {STORE_TEXT_FIELDS.map((field) => (
              <StoreTextInput
                key={field}
                field={field}
                locale={locale}
                value={widget.texts[field].values[locale] ?? ''}
                profile={profile}
                company={widget.company}
                onChange={(value) => update((draft) => setStoreText(draft, field, locale, value))}
              />
            ))}
          </div>
        </LocaleTabs>
      )}
    </StepFrame>
  );
}
