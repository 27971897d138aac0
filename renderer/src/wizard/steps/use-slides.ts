import { useCallback, useState } from 'react';
import { awaitJob, toErrorInfo } from '../../../../shared/ipc/client';
import { setTourImages } from '../../../../shared/draft/draft-edits';
import type { ApiErrorInfo } from '../../../../shared/ipc/types';
import { getApi } from '../../app/api';
import { useProject } from '../../project/project-context';
import { imagePath } from '../wizard-files';
import { useWizard } from '../wizard-context';

/** Tour slides of one locale made from the images the user picked (1188 x 616, in the order picked). */
export function useSlides() {
  const { widget, update, setSlides, profile } = useWizard();
  const { draft, updateDraft } = useProject();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiErrorInfo | null>(null);

  const make = useCallback(
    async (locale: string, sources: string[]) => {
      const picked = sources.slice(0, profile.images.slide.max);
      if (picked.length === 0) return;
      setBusy(locale);
      setError(null);
      try {
        const ticket = await getApi().makeSlides({ sources: picked, locale, platform: widget.platform, format: 'png' });
        const outcome = await awaitJob(getApi(), ticket);
        if (outcome.status === 'failed') throw outcome.error;
        if (outcome.status !== 'done') return;
        setSlides(locale, { setId: outcome.value.setId, images: outcome.value.images });
        const paths = outcome.value.images.map((image) => `/${imagePath(widget, image.file)}`);
        update((current) => setTourImages(current, locale, paths));
        updateDraft({ images: { ...draft.images, slides: { ...draft.images?.slides, [locale]: picked } } });
      } catch (failure) {
        setError(typeof failure === 'object' && failure !== null && 'kind' in failure ? (failure as ApiErrorInfo) : toErrorInfo(failure));
      } finally {
        setBusy(null);
      }
    },
    [profile, widget, setSlides, update, updateDraft, draft.images],
  );

  const choose = useCallback(
    async (locale: string) => {
      try {
        const sources = await getApi().chooseImages(true);
        await make(locale, sources);
      } catch (failure) {
        setError(toErrorInfo(failure));
      }
    },
    [make],
  );

  return { choose, make, busy, error, clearError: () => setError(null) };
}
