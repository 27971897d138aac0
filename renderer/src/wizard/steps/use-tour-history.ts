import { useCallback, useState } from 'react';

export interface TourChange {
  locale: string;
  /** The locale's slide list before the change. */
  before: string[];
}

/** How many changes of the tour can be undone, across locales. */
const MAX_UNDO = 20;

/**
 * Undo for the Tour step: every change of a locale's slide list (replace, remove, reorder) is
 * remembered with the list before it, and the last one of a locale can be taken back.
 */
export function useTourHistory(apply: (locale: string, paths: string[]) => void) {
  const [changes, setChanges] = useState<TourChange[]>([]);
  const remember = useCallback((locale: string, before: string[]) => {
    setChanges((current) => [...current, { locale, before: [...before] }].slice(-MAX_UNDO));
  }, []);
  const lastOf = (locale: string) => [...changes].reverse().find((change) => change.locale === locale) ?? null;
  const undo = (locale: string) => {
    const last = lastOf(locale);
    if (!last) return;
    setChanges((current) => {
      const index = current.lastIndexOf(last);
      return current.filter((_, at) => at !== index);
    });
    apply(locale, last.before);
  };
  return { remember, canUndo: (locale: string) => lastOf(locale) !== null, undo };
}
