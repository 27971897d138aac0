import type { ReactNode } from 'react';

export function EmptyState({ icon, title, children, tone = 'neutral' }: { icon: ReactNode; title: string; children?: ReactNode; tone?: 'neutral' | 'success' }) {
  return (
    <div className={`empty-state empty-state--${tone}`}>
      <div className="empty-state__icon">{icon}</div>
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__text">{children}</div>}
    </div>
  );
}
