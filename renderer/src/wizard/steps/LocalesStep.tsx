import { useTranslation } from 'react-i18next';
import { addLocale, removeLocale } from '../../../../shared/draft/key-grid';
import { StepFrame } from '../ui/StepFrame';
import { useWizard } from '../wizard-context';
import { KeyGrid } from './KeyGrid';

/** The locales the widget declares (one i18n file each) and every translation key across them. */
export function LocalesStep() {
  const { t } = useTranslation();
  const { widget, update, profile } = useWizard();
  // The declared locales in the key grid's column order, then the others the platform offers.
  const offered = [...widget.locales, ...profile.locales.filter((locale) => !widget.locales.includes(locale))];

  const toggle = (locale: string, on: boolean) => update((draft) => (on ? addLocale(draft, locale) : removeLocale(draft, locale)));

  return (
    <StepFrame step="locales" title={t('wizard.locales.title')} subtitle={t('wizard.locales.subtitle', { platform: profile.displayName })}>
      <section className="card">
        <fieldset className="locale-picker">
          <legend>{t('wizard.locales.choose')}</legend>
          <div className="locale-picker__options">
            {offered.map((locale) => {
              const declared = widget.locales.includes(locale);
              const foreign = !profile.locales.includes(locale);
              return (
                <label key={locale} className={declared ? 'choice choice--active' : 'choice'}>
                  <input type="checkbox" checked={declared} disabled={declared && widget.locales.length === 1} onChange={(event) => toggle(locale, event.target.checked)} />
                  <span>
                    {t(`wizard.localeNames.${locale}`, { defaultValue: locale })} <code>{locale}</code>
                    {foreign && <span className="chip chip--error">{t('wizard.locales.notOffered')}</span>}
                  </span>
                </label>
              );
            })}
          </div>
          <p className="field__help">{t('wizard.locales.chooseHelp')}</p>
        </fieldset>
      </section>
      <section className="card" aria-labelledby="key-grid-title">
        <h2 id="key-grid-title">{t('wizard.locales.gridTitle')}</h2>
        <p className="card__subtitle">{t('wizard.locales.gridHelp')}</p>
        <KeyGrid draft={widget} onEdit={update} />
      </section>
    </StepFrame>
  );
}
