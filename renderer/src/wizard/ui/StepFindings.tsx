import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/model/finding';
import { SeverityIcon } from '../../components/Badge';
import { ExternalIcon } from '../../components/icons';
import { getApi } from '../../app/api';
import { useWizardOrNull } from '../wizard-context';
import { useMessageText, useRuleSummary } from '../../i18n/finding-text';

export function FindingItem({ finding, showFile = true }: { finding: Finding; showFile?: boolean }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const ruleSummary = useRuleSummary();
  const help = useWizardOrNull()?.live?.ruleHelp[finding.ruleId];
  const where = [showFile ? finding.file : null, finding.line !== null ? t('check.line', { line: finding.line }) : null, finding.locale ? t('check.locale', { locale: finding.locale }) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className={`finding finding--${finding.severity}`}>
      <span className="finding__icon" title={t(`severity.${finding.severity}`)}>
        <SeverityIcon severity={finding.severity} />
        <span className="visually-hidden">{t(`severity.${finding.severity}`)}</span>
      </span>
      <div className="finding__body">
        <p className="finding__message">{text(finding)}</p>
        {help && <p className="finding__help">{t('wizard.findings.howToFix', { summary: ruleSummary(help) })}</p>}
        <p className="finding__meta">
          {where && <span>{where}</span>}
          <code className="finding__rule">{finding.ruleId}</code>
          {help?.url && (
            <button type="button" className="link-button" onClick={() => void getApi().openExternal(help.url as string)}>
              {t('check.source')}
              <ExternalIcon size={13} />
            </button>
          )}
        </p>
      </div>
    </li>
  );
}

/** The findings a step fixes, at its top: what is wrong, how to fix it, and the page that says so. */
export function StepFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const shown = findings.filter((finding) => finding.severity !== 'info');
  if (shown.length === 0) return null;
  return (
    <section className="card step-findings" aria-labelledby="step-findings-title">
      <h2 id="step-findings-title" className="step-findings__title">
        {t('wizard.findings.title', { count: shown.length })}
      </h2>
      <ul className="finding-list">
        {shown.map((finding, index) => (
          <FindingItem key={`${finding.ruleId}-${finding.file}-${finding.line}-${index}`} finding={finding} />
        ))}
      </ul>
    </section>
  );
}
