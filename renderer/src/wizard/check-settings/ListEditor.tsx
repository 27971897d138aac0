import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton, Button } from '../../components/Button';
import { CloseIcon, PlusIcon } from '../../components/icons';

/**
 * A list of short strings (globs, selectors): each with a remove button, and a field to add one.
 * `validate` names what is wrong with a new entry before it is added.
 */
export function ListEditor({
  id,
  label,
  help,
  values,
  onChange,
  placeholder,
  validate,
}: {
  id: string;
  label: string;
  help?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  validate?: (entry: string) => string | null;
}) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState('');
  const helpId = useId();
  const trimmed = entry.trim();
  const problem = trimmed === '' ? null : values.includes(trimmed) ? t('wizard.checkSettings.duplicate') : (validate?.(trimmed) ?? null);
  const add = () => {
    if (trimmed === '' || problem) return;
    onChange([...values, trimmed]);
    setEntry('');
  };
  return (
    <div className="field list-editor">
      <label htmlFor={id}>{label}</label>
      {values.length > 0 && (
        <ul className="list-editor__items">
          {values.map((value) => (
            <li key={value} className="list-editor__item">
              <code>{value}</code>
              <IconButton size="sm" variant="ghost" label={t('wizard.checkSettings.remove', { entry: value })} icon={<CloseIcon size={14} />} onClick={() => onChange(values.filter((other) => other !== value))} />
            </li>
          ))}
        </ul>
      )}
      <div className="list-editor__add">
        <input
          id={id}
          className="input--mono"
          value={entry}
          placeholder={placeholder}
          spellCheck={false}
          aria-describedby={help ? helpId : undefined}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setEntry(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button size="sm" icon={<PlusIcon size={14} />} disabled={trimmed === '' || problem !== null} onClick={add}>
          {t('wizard.checkSettings.add')}
        </Button>
      </div>
      {problem && <p className="field__problem field__problem--error">{problem}</p>}
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}
