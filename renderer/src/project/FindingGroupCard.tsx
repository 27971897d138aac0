import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleHelp } from '../../../shared/ipc/types';
import type { Finding } from '../../../shared/model/finding';
import { CountChips } from '../components/Badge';
import { FindingRow } from '../components/FindingRow';
import { ChevronIcon, FileIcon, PackageIcon } from '../components/icons';
import type { FindingGroup } from './group-findings';

function FindingInFile({ finding, help, action }: { finding: Finding; help: RuleHelp | undefined; action?: ReactNode }) {
  const { t } = useTranslation();
  const position =
    finding.line !== null
      ? finding.column !== null
        ? t('check.lineColumn', { line: finding.line, column: finding.column })
        : t('check.line', { line: finding.line })
      : null;
  const meta = (
    <>
      {position && <span>{position}</span>}
      {finding.locale && <span>{t('check.locale', { locale: finding.locale })}</span>}
    </>
  );
  return <FindingRow finding={finding} help={help} meta={meta} action={action} />;
}

export function FindingGroupCard({
  group,
  ruleHelp,
  actionFor,
}: {
  group: FindingGroup;
  ruleHelp: Record<string, RuleHelp>;
  /** A control beside each finding (the wizard's "open the step that fixes it"). */
  actionFor?: (finding: Finding) => ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const title = group.file ?? t('check.wholePackage');
  const tone = group.summary.errors > 0 ? 'error' : group.summary.warnings > 0 ? 'warning' : 'info';
  return (
    <article className={`finding-group finding-group--${tone}`} data-file={group.file ?? ''}>
      <h2 className="finding-group__heading">
        <button
          type="button"
          className="finding-group__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <ChevronIcon size={16} className={open ? 'chevron chevron--open' : 'chevron'} />
          {group.file === null ? <PackageIcon size={16} /> : <FileIcon size={16} />}
          <span className={group.file === null ? 'finding-group__title' : 'finding-group__title finding-group__title--path'}>{title}</span>
          <CountChips errors={group.summary.errors} warnings={group.summary.warnings} infos={group.summary.infos} />
        </button>
      </h2>
      {open && (
        <ul className="finding-list">
          {group.findings.map((finding, index) => (
            <FindingInFile key={`${finding.ruleId}-${finding.line}-${finding.column}-${index}`} finding={finding} help={ruleHelp[finding.ruleId]} action={actionFor?.(finding)} />
          ))}
        </ul>
      )}
    </article>
  );
}
