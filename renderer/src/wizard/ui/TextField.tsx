import { useId, type ReactNode } from 'react';
import type { LocalizedMessage, Severity } from '../../../../shared/model/finding';
import { SeverityIcon } from '../../components/Badge';
import { useMessageLanguage, useMessageText } from '../../i18n/finding-text';

export interface FieldProblem {
  severity: Severity;
  message: string;
  /** Russian text of a checker problem, shown in the Russian UI; problems the UI words itself leave it out. */
  messageRu?: string;
  /** The checker's advice in both languages, shown after the problem. */
  help?: LocalizedMessage;
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  /** Shown under the input and announced with it; errors mark the input invalid. */
  problems?: readonly FieldProblem[];
  /** Right of the label: a counter or a small action. */
  aside?: ReactNode;
  multiline?: boolean;
  rows?: number;
  lang?: string;
  placeholder?: string;
  type?: 'text' | 'email' | 'url' | 'tel';
  mono?: boolean;
  /** Extra ids the input is described by (a counter). */
  describedBy?: string;
  className?: string;
  /** The input's id, for links to this field (else one is made up). */
  id?: string;
}

/** A labelled input or text area with help and problems tied to it for screen readers. */
export function TextField({ label, value, onChange, help, problems = [], aside, multiline, rows = 4, lang, placeholder, type = 'text', mono, describedBy, className, id: givenId }: TextFieldProps) {
  const madeId = useId();
  const id = givenId ?? madeId;
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const described = [help ? helpId : null, problems.length > 0 ? problemsId : null, describedBy ?? null].filter(Boolean).join(' ') || undefined;
  const invalid = problems.some((problem) => problem.severity === 'error');
  const text = useMessageText();
  const language = useMessageLanguage();
  const common = {
    id,
    lang,
    value,
    placeholder,
    'aria-describedby': described,
    'aria-invalid': invalid || undefined,
    className: mono ? 'input--mono' : undefined,
    spellCheck: mono ? false : undefined,
  };
  return (
    <div className={['field', className ?? ''].join(' ')}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {aside}
      </div>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={problemsId} className="field__problems">
          {problems.map((problem, index) => (
            <li key={`${problem.message}-${index}`} className={`field__problem field__problem--${problem.severity}`}>
              <SeverityIcon severity={problem.severity} size={14} />
              <span>{problem.help ? `${text(problem)}. ${problem.help[language]}` : text(problem)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
