import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftEdit } from '../wizard-context';
import { addSettingsField, moveSettingsField, removeSettingsField, updateSettingsField, type FieldList } from '../../../../shared/draft/draft-edits';
import { validateFieldCode } from '../../../../shared/draft/field-validators';
import type { SettingsField, WidgetDraft } from '../../../../shared/draft/widget-draft';
import type { PlatformProfile } from '../../../../shared/platform/profiles';
import { Button, IconButton } from '../../components/Button';
import { CloseIcon, PlusIcon } from '../../components/icons';
import { TextField } from '../ui/TextField';
import { I18nTextInputs } from './I18nTextInputs';
import { useMessageLanguage } from '../../i18n/finding-text';

function fieldsOf(draft: WidgetDraft, list: FieldList): SettingsField[] {
  return list === 'settings' ? draft.settingsFields : (draft.blocks.dp?.fields ?? []);
}

function FieldCard({ draft, list, index, profile, onEdit }: { draft: WidgetDraft; list: FieldList; index: number; profile: PlatformProfile; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  const fields = fieldsOf(draft, list);
  const field = fields[index];
  const [code, setCode] = useState(field.code);
  const [shownCode, setShownCode] = useState(field.code);
  // Reordering or another edit gave this row another field: show that field's code.
  if (shownCode !== field.code) {
    setShownCode(field.code);
    setCode(field.code);
  }
  const codes = fields.map((item) => item.code);
  const lang = useMessageLanguage();
  const problems = validateFieldCode(codes, code, index, lang);
  const types = profile.settingsFieldTypes.includes(field.type) ? profile.settingsFieldTypes : [...profile.settingsFieldTypes, field.type];
  const number = index + 1;

  return (
    <li className="field-card">
      <div className="field-card__head">
        <span className="field-card__number" aria-hidden="true">
          {number}
        </span>
        <TextField
          label={t('wizard.settings.code')}
          value={code}
          mono
          onChange={(next) => {
            setCode(next);
            if (validateFieldCode(codes, next, index).length === 0) onEdit((current) => updateSettingsField(current, index, { code: next }, list));
          }}
          problems={problems.map((message) => ({ severity: 'error' as const, message }))}
        />
        <div className="field field--narrow">
          <label htmlFor={`type-${list}-${index}`}>{t('wizard.settings.type')}</label>
          <select id={`type-${list}-${index}`} value={field.type} onChange={(event) => onEdit((current) => updateSettingsField(current, index, { type: event.target.value }, list))}>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`wizard.settings.types.${type}`, { defaultValue: type })}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox checkbox--inline field-card__required">
          <input type="checkbox" checked={field.required === true} onChange={(event) => onEdit((current) => updateSettingsField(current, index, { required: event.target.checked }, list))} />
          <span>{t('wizard.settings.required')}</span>
        </label>
        <div className="field-card__buttons">
          <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => onEdit((current) => moveSettingsField(current, index, index - 1, list))} aria-label={t('wizard.settings.moveUp', { number })}>
            ↑
          </Button>
          <Button size="sm" variant="ghost" disabled={index === fields.length - 1} onClick={() => onEdit((current) => moveSettingsField(current, index, index + 1, list))} aria-label={t('wizard.settings.moveDown', { number })}>
            ↓
          </Button>
          <IconButton size="sm" variant="ghost" icon={<CloseIcon size={14} />} label={t('wizard.settings.remove', { code: field.code })} onClick={() => onEdit((current) => removeSettingsField(current, index, list))} />
        </div>
      </div>
      <I18nTextInputs label={t('wizard.settings.label')} text={field.label} draft={draft} onEdit={onEdit} />
    </li>
  );
}

/** Settings fields (or the Digital Pipeline's own): add, reorder, edit code, label per locale, type and required. */
export function FieldListEditor({ draft, list, profile, onEdit }: { draft: WidgetDraft; list: FieldList; profile: PlatformProfile; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  const fields = fieldsOf(draft, list);
  const [newCode, setNewCode] = useState('');
  const lang = useMessageLanguage();
  const problems = newCode === '' ? [] : validateFieldCode(fields.map((field) => field.code), newCode, null, lang);

  return (
    <div className="field-list">
      {fields.length === 0 ? (
        <p className="field__help">{t('wizard.settings.none')}</p>
      ) : (
        <ol className="field-list__items">
          {fields.map((field, index) => (
            <FieldCard key={index} draft={draft} list={list} index={index} profile={profile} onEdit={onEdit} />
          ))}
        </ol>
      )}
      <form
        className="field-list__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (newCode === '' || problems.length > 0) return;
          onEdit((current) => addSettingsField(current, { code: newCode, type: 'text', required: false }, list));
          setNewCode('');
        }}
      >
        <TextField label={t('wizard.settings.newCode')} value={newCode} mono placeholder="api_key" onChange={(value) => setNewCode(value.trim())} problems={problems.map((message) => ({ severity: 'error' as const, message }))} />
        <Button type="submit" icon={<PlusIcon size={16} />} disabled={newCode === '' || problems.length > 0}>
          {t('wizard.settings.add')}
        </Button>
      </form>
    </div>
  );
}
