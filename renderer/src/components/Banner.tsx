import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from './icons';

export type BannerTone = 'error' | 'warning' | 'info' | 'success';

export interface BannerProps {
  tone: BannerTone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
}

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon, success: CheckCircleIcon };

/** A message in the page flow; errors are announced to screen readers at once, the rest politely. */
export function Banner({ tone, title, children, actions, onDismiss }: BannerProps) {
  const { t } = useTranslation();
  const Icon = ICONS[tone];
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="banner__icon">
        <Icon size={20} />
      </span>
      <div className="banner__body">
        {title && <p className="banner__title">{title}</p>}
        {children && <div className="banner__text">{children}</div>}
        {actions && <div className="banner__actions">{actions}</div>}
      </div>
      {onDismiss && (
        <button type="button" className="banner__dismiss" onClick={onDismiss} aria-label={t('common.dismiss')} title={t('common.dismiss')}>
          <CloseIcon size={16} />
        </button>
      )}
    </div>
  );
}
