import { useTranslation } from 'react-i18next';
import { setPrivacyPolicy, setSupport } from '../../../../shared/draft/draft-edits';
import { StepFrame } from '../ui/StepFrame';
import { TextField, type FieldProblem } from '../ui/TextField';
import { useWizard } from '../wizard-context';

function linkProblems(value: string, message: string): FieldProblem[] {
  return value.trim() !== '' && !/^https:\/\/\S+$/i.test(value.trim()) ? [{ severity: 'error', message }] : [];
}

/** widget.support (link, email), plus the phone and privacy links the moderation request and checklist ask for. */
export function SupportStep() {
  const { t } = useTranslation();
  const { widget, update } = useWizard();
  const { support } = widget;
  const emailProblem: FieldProblem[] = support.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(support.email.trim()) ? [{ severity: 'error', message: t('wizard.support.emailProblem') }] : [];
  return (
    <StepFrame step="support" title={t('wizard.support.title')} subtitle={t('wizard.support.subtitle')}>
      <section className="card form-stack">
        <TextField
          label={t('wizard.support.link')}
          type="url"
          mono
          value={support.link}
          placeholder="https://"
          help={t('wizard.support.linkHelp')}
          problems={linkProblems(support.link, t('wizard.locations.httpsOnly'))}
          onChange={(link) => update((draft) => setSupport(draft, { link: link.trim() }))}
        />
        <div className="field-row">
          <TextField
            label={t('wizard.support.email')}
            type="email"
            value={support.email}
            help={t('wizard.support.emailHelp')}
            problems={emailProblem}
            onChange={(email) => update((draft) => setSupport(draft, { email: email.trim() }))}
          />
          <TextField label={t('wizard.support.phone')} type="tel" value={support.phone} help={t('wizard.support.phoneHelp')} onChange={(phone) => update((draft) => setSupport(draft, { phone }))} />
        </div>
      </section>
      <section className="card form-stack" aria-labelledby="privacy-title">
        <div>
          <h2 id="privacy-title">{t('wizard.support.privacyTitle')}</h2>
          <p className="card__subtitle">{t('wizard.support.privacyHelp')}</p>
        </div>
        {widget.locales.map((locale) => (
          <TextField
            key={locale}
            label={t('wizard.support.privacy', { locale })}
            type="url"
            mono
            value={support.privacyPolicy[locale] ?? ''}
            placeholder="https://"
            problems={linkProblems(support.privacyPolicy[locale] ?? '', t('wizard.locations.httpsOnly'))}
            onChange={(link) => update((draft) => setPrivacyPolicy(draft, locale, link.trim()))}
          />
        ))}
      </section>
    </StepFrame>
  );
}
