import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/model/finding';
import { platformProfile, type PlatformId } from '../../../shared/platform/profiles';
import { ErrorIcon, InfoIcon, WarningIcon } from './icons';

export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  if (severity === 'error') return <ErrorIcon size={size} />;
  if (severity === 'warning') return <WarningIcon size={size} />;
  return <InfoIcon size={size} />;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${severity}`}>
      <SeverityIcon severity={severity} size={14} />
      {t(`severity.${severity}`)}
    </span>
  );
}

export function PlatformBadge({ platform }: { platform: PlatformId }) {
  return <span className={`badge badge--platform badge--${platform}`}>{platformProfile(platform).displayName}</span>;
}

/** "3 errors · 2 warnings" as coloured chips; nothing for zero counts. */
export function CountChips({ errors, warnings, infos = 0 }: { errors: number; warnings: number; infos?: number }) {
  const { t } = useTranslation();
  return (
    <span className="chips">
      {errors > 0 && <span className="chip chip--error">{t('counts.errors', { count: errors })}</span>}
      {warnings > 0 && <span className="chip chip--warning">{t('counts.warnings', { count: warnings })}</span>}
      {infos > 0 && <span className="chip chip--info">{t('counts.infos', { count: infos })}</span>}
    </span>
  );
}
