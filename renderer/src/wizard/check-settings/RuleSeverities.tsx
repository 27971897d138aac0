import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSeverityChoice } from '../../../../shared/draft/draft-config';
import { Button, IconButton } from '../../components/Button';
import { CloseIcon } from '../../components/icons';
import { useWizard } from '../wizard-context';

const CHOICES: readonly RuleSeverityChoice[] = ['error', 'warning', 'info', 'off'];

/**
 * Rule severities: each rule set here with its level, and any rule that has a finding in this
 * widget can be added (the page never loads the whole catalogue; the live check names the rules).
 */
export function RuleSeverities({ id, rules, onChange }: { id: string; rules: Record<string, RuleSeverityChoice>; onChange: (rules: Record<string, RuleSeverityChoice>) => void }) {
  const { t } = useTranslation();
  const { live } = useWizard();
  const [adding, setAdding] = useState('');
  const withFindings = [...new Set((live?.findings ?? []).map((finding) => finding.ruleId))].filter((rule) => !Object.hasOwn(rules, rule)).sort();
  const select = (rule: string, value: RuleSeverityChoice) => onChange({ ...rules, [rule]: value });
  const label = (choice: RuleSeverityChoice) => t(`wizard.checkSettings.severity.${choice}`);

  return (
    <div className="field" id={id}>
      <span className="field__label">{t('wizard.checkSettings.rules')}</span>
      {Object.keys(rules).length > 0 && (
        <ul className="rule-severities">
          {Object.entries(rules).map(([rule, value]) => (
            <li key={rule} className="rule-severities__row">
              <label htmlFor={`${id}-${rule}`}>
                <code>{rule}</code>
              </label>
              <select id={`${id}-${rule}`} value={value} onChange={(event) => select(rule, event.target.value as RuleSeverityChoice)}>
                {CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {label(choice)}
                  </option>
                ))}
              </select>
              <IconButton
                size="sm"
                variant="ghost"
                label={t('wizard.checkSettings.resetRule', { rule })}
                icon={<CloseIcon size={14} />}
                onClick={() => onChange(Object.fromEntries(Object.entries(rules).filter(([other]) => other !== rule)))}
              />
            </li>
          ))}
        </ul>
      )}
      {withFindings.length > 0 && (
        <div className="list-editor__add">
          <select aria-label={t('wizard.checkSettings.addRule')} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">{t('wizard.checkSettings.chooseRule')}</option>
            {withFindings.map((rule) => (
              <option key={rule} value={rule}>
                {rule}
              </option>
            ))}
          </select>
          <Button
            size="sm"
            disabled={adding === ''}
            onClick={() => {
              select(adding, 'warning');
              setAdding('');
            }}
          >
            {t('wizard.checkSettings.addRule')}
          </Button>
        </div>
      )}
      <p className="field__help">{t('wizard.checkSettings.rulesHelp')}</p>
    </div>
  );
}
