import { useTranslation } from 'react-i18next';
import type { DraftEdit } from '../wizard-context';
import { setI18nValue } from '../../../../shared/draft/key-grid';
import type { I18nText, WidgetDraft } from '../../../../shared/draft/widget-draft';
import { TextField } from '../ui/TextField';

/** One input per locale for a text the manifest refers to by i18n key (a label, a block title). */
export function I18nTextInputs({ label, text, draft, onEdit }: { label: string; text: I18nText; draft: WidgetDraft; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  return (
    <div className="i18n-inputs">
      {draft.locales.map((locale) => {
        const value = text.values[locale];
        return (
          <TextField
            key={locale}
            lang={locale}
            label={`${label} (${locale})`}
            value={value ?? ''}
            placeholder={value === undefined ? t('wizard.locales.missing') : undefined}
            problems={value === undefined || value.trim() === '' ? [{ severity: 'warning', message: t('wizard.locales.emptyValue', { key: text.key, locale }) }] : []}
            onChange={(next) => onEdit((current) => setI18nValue(current, text.key, locale, next))}
          />
        );
      })}
    </div>
  );
}
