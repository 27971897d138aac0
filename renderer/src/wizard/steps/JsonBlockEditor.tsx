import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField';

/**
 * A block the platform documents only by example (Salesbot handlers, the left-menu item): edited as
 * JSON; the draft takes the value only while it parses, so a half-typed brace never reaches the files.
 */
export function JsonBlockEditor({ label, value, help, onChange }: { label: string; value: unknown; help: string; onChange: (value: unknown) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <TextField
      label={label}
      value={text}
      multiline
      rows={8}
      mono
      help={help}
      problems={problem ? [{ severity: 'error', message: t('wizard.locations.jsonProblem', { problem }) }] : []}
      onChange={(next) => {
        setText(next);
        try {
          const parsed: unknown = JSON.parse(next);
          setProblem(null);
          onChange(parsed);
        } catch (error) {
          setProblem(error instanceof Error ? error.message : String(error));
        }
      }}
    />
  );
}
