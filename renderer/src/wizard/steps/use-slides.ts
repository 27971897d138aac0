import { useCallback, useState } from 'react';
import { awaitJob, toErrorInfo } from '../../../../shared/ipc/client';
import { setTourImages } from '../../../../shared/draft/draft-edits';
import type { ApiErrorInfo } from '../../../../shared/ipc/types';
import { getApi } from '../../app/api';
import { useProject } from '../../project/project-context';
import { imagePath } from '../wizard-files';
import { useWizard } from '../wizard-context';

/**
 * The numbers added slides of a locale are made under: the places 1..max that no slide of the tour is
 * named after yet, so an added slide never takes the name of one already there (Save renumbers them).
 */
export function freeSlideNumbers(paths: readonly string[], locale: string, max: number): number[] {
  const pattern = new RegExp(`tour_(\\d+)_${locale.replace(/[^\w-]/g, '')}\\.(png|jpe?g)$`, 'i');
  const used = new Set(paths.map((path) => Number(pattern.exec(path)?.[1] ?? Number.NaN)));
  return Array.from({ length: max }, (_, index) => index + 1).filter((number) => !used.has(number));
}

/** Tour slides of one locale made from the images the user picked (1188 x 616, in the order picked). */
export function useSlides() {
  const { widget, update, setSlides, profile, pending } = useWizard();
  const { draft, updateDraft } = useProject();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiErrorInfo | null>(null);

  /**
   * `add`: the new slides join the ones there (up to the platform's maximum) instead of replacing them,
   * before the slide at `at` (inserted) or after the last one.
   */
  const make = useCallback(
    async (locale: string, sources: string[], mode: 'replace' | 'add' = 'replace', at?: number) => {
      const { max } = profile.images.slide;
      const current = widget.tour.images[locale] ?? [];
      const free = mode === 'add' ? freeSlideNumbers(current, locale, max).slice(0, max - current.length) : [];
      const picked = sources.slice(0, mode === 'add' ? free.length : max);
      if (picked.length === 0) return;
      setBusy(locale);
      setError(null);
      try {
        // Replacing makes one set; each added slide is made under a free place and kept as a set of its own beside the others.
        const batches = mode === 'add' ? picked.map((source, index) => ({ sources: [source], firstNumber: free[index], key: `${locale}+${free[index]}` })) : [{ sources: picked, firstNumber: 1, key: locale }];
        const paths: string[] = [];
        for (const batch of batches) {
          const ticket = await getApi().makeSlides({ sources: batch.sources, locale, platform: widget.platform, format: 'png', firstNumber: batch.firstNumber });
          const outcome = await awaitJob(getApi(), ticket);
          if (outcome.status === 'failed') throw outcome.error;
          if (outcome.status !== 'done') return;
          setSlides(batch.key, { setId: outcome.value.setId, images: outcome.value.images });
          paths.push(...outcome.value.images.map((image) => `/${imagePath(widget, image.file)}`));
        }
        // A replacement drops the slides added to the locale before it.
        if (mode === 'replace') for (const key of Object.keys(pending.slides)) if (key.startsWith(`${locale}+`)) setSlides(key, null);
        update((draftNow) => {
          const there = draftNow.tour.images[locale] ?? [];
          const place = at === undefined ? there.length : Math.min(Math.max(at, 0), there.length);
          return setTourImages(draftNow, locale, mode === 'add' ? [...there.slice(0, place), ...paths, ...there.slice(place)] : paths);
        });
        if (mode === 'replace') updateDraft({ images: { ...draft.images, slides: { ...draft.images?.slides, [locale]: picked } } });
      } catch (failure) {
        setError(typeof failure === 'object' && failure !== null && 'kind' in failure ? (failure as ApiErrorInfo) : toErrorInfo(failure));
      } finally {
        setBusy(null);
      }
    },
    [profile, widget, setSlides, update, updateDraft, draft.images, pending.slides],
  );

  const choose = useCallback(
    async (locale: string, mode: 'replace' | 'add' = 'replace', at?: number) => {
      try {
        const sources = await getApi().chooseImages(true);
        await make(locale, sources, mode, at);
      } catch (failure) {
        setError(toErrorInfo(failure));
      }
    },
    [make],
  );

  return { choose, make, busy, error, clearError: () => setError(null) };
}
