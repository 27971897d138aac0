import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleHelp } from '../../../shared/ipc/types';
import type { Finding } from '../../../shared/model/finding';
import { getApi } from '../app/api';
import { useMessageText, useRuleSummary } from '../i18n/finding-text';
import { SeverityIcon } from './Badge';
import { ExternalIcon } from './icons';

/**
 * One finding as the user reads it, in the UI's language: what is wrong, how to fix it, where
 * (`meta`, as the screen words it), the rule id and its source page, and an optional control.
 */
export function FindingRow({ finding, help, meta, action }: { finding: Finding; help: RuleHelp | undefined; meta: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const ruleSummary = useRuleSummary();
  const summary = help ? ruleSummary(help) : '';
  return (
    <li className={`finding finding--${finding.severity}`}>
      <span className="finding__icon" title={t(`severity.${finding.severity}`)}>
        <SeverityIcon severity={finding.severity} />
        <span className="visually-hidden">{t(`severity.${finding.severity}`)}</span>
      </span>
      <div className="finding__body">
        <p className="finding__message">{text(finding)}</p>
        {summary && <p className="finding__help">{t('wizard.findings.howToFix', { summary })}</p>}
        <p className="finding__meta">
          {meta}
          <code className="finding__rule" title={summary || undefined}>
            {finding.ruleId}
          </code>
          {help?.url && (
            <button type="button" className="link-button" onClick={() => void getApi().openExternal(help.url as string)}>
              {t('check.source')}
              <ExternalIcon size={13} />
            </button>
          )}
          {action}
        </p>
      </div>
    </li>
  );
}
