import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftEdit } from '../wizard-context';
import type { I18nOwner } from '../../../../shared/draft/draft-texts';
import { validateI18nKey } from '../../../../shared/draft/field-validators';
import { addI18nKey, i18nKeyGrid, removeI18nKey, setI18nValue, type KeyGridRow } from '../../../../shared/draft/key-grid';
import type { WidgetDraft } from '../../../../shared/draft/widget-draft';
import { Button } from '../../components/Button';
import { CloseIcon, PlusIcon } from '../../components/icons';
import { useMessageLanguage } from '../../i18n/finding-text';

function ownerLabel(owner: I18nOwner, t: (key: string, options?: Record<string, string>) => string): string {
  switch (owner.kind) {
    case 'store-text':
      return t('wizard.locales.ownerStoreText');
    case 'settings-field':
      return t('wizard.locales.ownerSettings', { code: owner.code });
    case 'block':
      return t('wizard.locales.ownerBlock', { block: owner.block });
    case 'other':
      return t('wizard.locales.ownerOther');
  }
}

function cellClass(row: KeyGridRow, locale: string): string {
  if (row.missing.includes(locale)) return 'key-grid__cell key-grid__cell--missing';
  if (row.empty.includes(locale)) return 'key-grid__cell key-grid__cell--empty';
  return 'key-grid__cell';
}

/**
 * Every i18n key across the draft's locales: a missing value (the key is not in that file) and an
 * empty one are marked differently, and each cell is edited in place.
 */
export function KeyGrid({ draft, onEdit }: { draft: WidgetDraft; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [newKey, setNewKey] = useState('');
  const rows = useMemo(() => i18nKeyGrid(draft), [draft]);
  const shown = onlyProblems ? rows.filter((row) => row.missing.length > 0 || row.empty.length > 0) : rows;
  const withProblems = rows.filter((row) => row.missing.length > 0 || row.empty.length > 0).length;
  const lang = useMessageLanguage();
  const keyProblems = newKey.trim() === '' ? [] : validateI18nKey(draft, newKey, lang);

  const add = () => {
    if (newKey.trim() === '' || keyProblems.length > 0) return;
    onEdit((current) => addI18nKey(current, newKey.trim()));
    setNewKey('');
  };

  return (
    <div className="key-grid">
      <div className="toolbar">
        <p className="key-grid__summary">
          {t('wizard.locales.keyCount', { count: rows.length })}
          {withProblems > 0 && <span className="chip chip--warning">{t('wizard.locales.keysWithProblems', { count: withProblems })}</span>}
        </p>
        <div className="toolbar__spacer" />
        <label className="checkbox checkbox--inline">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
          <span>{t('wizard.locales.onlyProblems')}</span>
        </label>
      </div>
      <div className="key-grid__scroll">
        <table className="key-grid__table">
          <thead>
            <tr>
              <th scope="col">{t('wizard.locales.key')}</th>
              {draft.locales.map((locale) => (
                <th scope="col" key={locale}>
                  {locale}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('wizard.locales.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="key-grid__key">
                  <code>{row.key}</code>
                  <span className="key-grid__owner">{ownerLabel(row.owners[0], t)}</span>
                </th>
                {draft.locales.map((locale) => {
                  const value = row.values[locale];
                  return (
                    <td key={locale} className={cellClass(row, locale)}>
                      <input
                        type="text"
                        lang={locale}
                        value={value ?? ''}
                        placeholder={value === null ? t('wizard.locales.missing') : t('wizard.locales.empty')}
                        aria-label={t('wizard.locales.cellLabel', { key: row.key, locale })}
                        aria-invalid={value === null || row.empty.includes(locale) || undefined}
                        onChange={(event) => onEdit((current) => setI18nValue(current, row.key, locale, event.target.value))}
                      />
                    </td>
                  );
                })}
                <td className="key-grid__actions">
                  {row.owners.every((owner) => owner.kind === 'other') && (
                    <button
                      type="button"
                      className="button button--ghost button--icon button--sm"
                      aria-label={t('wizard.locales.removeKey', { key: row.key })}
                      title={t('wizard.locales.removeKey', { key: row.key })}
                      onClick={() => onEdit((current) => removeI18nKey(current, row.key))}
                    >
                      <CloseIcon size={14} />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="key-grid__add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor="new-i18n-key">{t('wizard.locales.newKey')}</label>
          <input id="new-i18n-key" className="input--mono" value={newKey} placeholder="userLang.buttonText" aria-describedby="new-i18n-key-problems" onChange={(event) => setNewKey(event.target.value)} />
          <ul id="new-i18n-key-problems" className="field__problems">
            {keyProblems.map((problem) => (
              <li key={problem} className="field__problem field__problem--error">
                {problem}
              </li>
            ))}
          </ul>
        </div>
        <Button type="submit" icon={<PlusIcon size={16} />} disabled={newKey.trim() === '' || keyProblems.length > 0}>
          {t('wizard.locales.addKey')}
        </Button>
      </form>
    </div>
  );
}
