import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/model/finding';
import { FindingRow } from '../../components/FindingRow';
import { useWizardOrNull } from '../wizard-context';

function FindingItem({ finding, showFile = true }: { finding: Finding; showFile?: boolean }) {
  const { t } = useTranslation();
  const help = useWizardOrNull()?.live?.ruleHelp[finding.ruleId];
  const where = [showFile ? finding.file : null, finding.line !== null ? t('check.line', { line: finding.line }) : null, finding.locale ? t('check.locale', { locale: finding.locale }) : null]
    .filter(Boolean)
    .join(' · ');
  return <FindingRow finding={finding} help={help} meta={where && <span>{where}</span>} />;
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
