import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * One tab per locale (WAI-ARIA tabs: arrow keys move between tabs, Tab goes into the panel).
 * `marker` puts a count or a dot next to a locale that needs work.
 */
export function LocaleTabs({
  label,
  locales,
  active,
  onChange,
  marker,
  children,
}: {
  label: string;
  locales: readonly string[];
  active: string;
  onChange: (locale: string) => void;
  marker?: (locale: string) => ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? locales.length - 1 : (index + delta + locales.length) % locales.length;
    if (delta === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    onChange(locales[target]);
    tabs.current[target]?.focus();
  };
  return (
    <div className="locale-tabs">
      <div role="tablist" aria-label={label} className="locale-tabs__list">
        {locales.map((locale, index) => (
          <button
            key={locale}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${locale}`}
            aria-selected={locale === active}
            aria-controls={`${id}-panel`}
            tabIndex={locale === active ? 0 : -1}
            className={locale === active ? 'locale-tab locale-tab--active' : 'locale-tab'}
            onClick={() => onChange(locale)}
            onKeyDown={(event) => move(event, index)}
          >
            <span className="locale-tab__code">{locale}</span>
            {marker?.(locale)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${active}`} className="locale-tabs__panel">
        {children}
      </div>
    </div>
  );
}
