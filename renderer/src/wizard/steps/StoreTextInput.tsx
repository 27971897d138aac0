import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateStoreText } from '../../../../shared/draft/field-validators';
import type { StoreTextField } from '../../../../shared/draft/widget-draft';
import type { PlatformProfile } from '../../../../shared/platform/profiles';
import { followsViaPattern } from '../../../../shared/rules/text/name-via';
import { storeName } from '../../../../shared/draft/new-draft';
import { Button } from '../../components/Button';
import { timed } from '../timing';
import { TextField } from '../ui/TextField';

/** "26/30": characters as a person sees them against the platform's limit; red past it. */
export function CharacterCounter({ id, count, limit }: { id: string; count: number; limit: number | null }) {
  const { t } = useTranslation();
  const over = limit !== null && count > limit;
  return (
    <span id={id} className={over ? 'counter counter--over' : 'counter'}>
      {limit === null ? (
        t('wizard.texts.countNoLimit', { count })
      ) : (
        <>
          <span aria-hidden="true">{`${count}/${limit}`}</span>
          <span className="visually-hidden">{t('wizard.texts.counterHint', { count, limit })}</span>
        </>
      )}
    </span>
  );
}

const LABEL_KEYS: Record<StoreTextField, string> = {
  name: 'wizard.texts.name',
  teaser: 'wizard.texts.teaser',
  description: 'wizard.texts.description',
  tourDescription: 'wizard.texts.tourDescription',
};

/**
 * One store text of one locale, checked on every keystroke by the same text rules
 * `widget-publisher check` runs (name length, "via Company", wrong language, .ru links, ...).
 */
export function StoreTextInput({
  field,
  locale,
  value,
  profile,
  company,
  onChange,
}: {
  field: StoreTextField;
  locale: string;
  value: string;
  profile: PlatformProfile;
  company: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const counterId = useId();
  const check = useMemo(() => timed('wp:validate-store-text', () => validateStoreText(locale, field, value, profile)), [locale, field, value, profile]);
  const multiline = field === 'description' || field === 'tourDescription';
  const canAddVia = field === 'name' && company.trim() !== '' && value.trim() !== '' && !followsViaPattern(value.trim());
  const help =
    field === 'name'
      ? t('wizard.texts.nameHelp')
      : field === 'teaser'
        ? t('wizard.texts.teaserHelp')
        : field === 'description'
          ? t('wizard.texts.descriptionHelp', { placeholders: profile.descriptionPlaceholders.join(' ') })
          : t('wizard.texts.tourDescriptionHelp');

  return (
    <TextField
      label={t(LABEL_KEYS[field])}
      value={value}
      lang={locale}
      multiline={multiline}
      rows={field === 'description' ? 6 : 3}
      onChange={onChange}
      help={help}
      problems={check.problems}
      describedBy={counterId}
      aside={
        <span className="field__aside">
          {canAddVia && (
            <Button size="sm" variant="ghost" onClick={() => onChange(storeName(value, company))}>
              {t('wizard.texts.addVia', { company: company.trim() })}
            </Button>
          )}
          <CharacterCounter id={counterId} count={check.count} limit={check.limit} />
        </span>
      }
    />
  );
}
