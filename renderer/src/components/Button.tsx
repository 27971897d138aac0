import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  icon?: ReactNode;
  busy?: boolean;
  /**
   * Why the button cannot be used now. It then stays focusable (aria-disabled, not disabled) so the
   * reason shows on hover and on keyboard focus, and screen readers read it with the button.
   */
  blockedReason?: string | null;
}

export function Button({ variant = 'secondary', size = 'md', icon, busy = false, blockedReason, className, children, disabled, type = 'button', onClick, ...rest }: ButtonProps) {
  const blocked = typeof blockedReason === 'string' && blockedReason !== '';
  const classes = ['button', `button--${variant}`, `button--${size}`, busy ? 'button--busy' : '', blocked ? 'button--blocked' : '', className ?? ''].filter(Boolean).join(' ');
  const button = (
    <button
      type={type}
      className={classes}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      aria-disabled={blocked || undefined}
      aria-description={blocked ? blockedReason : undefined}
      onClick={blocked ? undefined : onClick}
      {...rest}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : icon}
      {children !== undefined && <span className="button__label">{children}</span>}
    </button>
  );
  if (!blocked) return button;
  return (
    <span className="blocked-reason-anchor">
      {button}
      <span role="tooltip" className="blocked-reason">
        {blockedReason}
      </span>
    </span>
  );
}

/** A square button with only an icon: the label is for screen readers and the tooltip. */
export function IconButton({ label, icon, className, ...rest }: Omit<ButtonProps, 'children'> & { label: string; icon: ReactNode }) {
  return <Button {...rest} className={['button--icon', className ?? ''].join(' ')} icon={icon} aria-label={label} title={label} />;
}
