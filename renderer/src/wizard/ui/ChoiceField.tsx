import { useId, type ReactNode } from 'react';

export interface Choice<T> {
  value: T;
  label: string;
}

/** A set of radio buttons with a legend and help: the native arrow-key behaviour, a visible focus ring. */
export function ChoiceField<T extends string | number | boolean | null>({
  legend,
  value,
  choices,
  onChange,
  help,
}: {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  help?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="choice-field" aria-describedby={help ? `${name}-help` : undefined}>
      <legend>{legend}</legend>
      <div className="choice-field__options">
        {choices.map((choice) => (
          <label key={String(choice.value)} className={choice.value === value ? 'choice choice--active' : 'choice'}>
            <input type="radio" name={name} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {help && (
        <p id={`${name}-help`} className="field__help">
          {help}
        </p>
      )}
    </fieldset>
  );
}
