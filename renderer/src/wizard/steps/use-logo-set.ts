import { useCallback, useEffect, useRef } from 'react';
import type { ImageJobResult } from '../../../../shared/ipc/image-types';
import { getApi } from '../../app/api';
import { useJob } from '../../jobs/use-job';
import { useWizard } from '../wizard-context';

/** How long option changes (a padding slider) settle before the images are made again. */
const REMAKE_DELAY_MS = 350;

/**
 * Makes the branding set in main (a job with progress) whenever the sources or options change;
 * the result stays pending until Save writes it.
 */
export function useLogoSet() {
  const { widget, pending, setBrandingImages } = useWizard();
  const job = useJob<ImageJobResult>();
  const { branding, platform, locations } = widget;
  const areas = locations.map((location) => location.area);
  const key = JSON.stringify({ branding, platform, areas });
  const wanted = useRef<string | null>(null);

  const make = useCallback(async () => {
    if (!branding.logoSource) return;
    wanted.current = key;
    const outcome = await job.run(() =>
      getApi().makeLogoSet({
        source: branding.logoSource as string,
        wideSource: branding.wideSource,
        smallSource: branding.squareSource,
        platform,
        areas,
        fit: branding.fit,
        position: branding.position,
        padding: branding.padding,
        background: branding.background,
        clearBackground: branding.clearBackground === true,
      }),
    );
    // A later change asked for other images while these were being made.
    if (outcome?.status === 'done' && wanted.current === key) setBrandingImages({ setId: outcome.value.setId, images: outcome.value.images, key });
  }, [branding, platform, key, job.run, setBrandingImages]);

  // Only a change the user makes remakes the set; reopening the step shows what is there.
  const lastKey = useRef(key);
  const latest = useRef({ make, madeKey: pending.branding?.key, hasSource: branding.logoSource !== null });
  latest.current = { make, madeKey: pending.branding?.key, hasSource: branding.logoSource !== null };
  useEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    if (!latest.current.hasSource || latest.current.madeKey === key) return;
    const timer = setTimeout(() => void latest.current.make(), REMAKE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const warnings = job.state.status === 'done' ? job.state.value.warnings : [];
  const uniformBackground = job.state.status === 'done' ? (job.state.value.uniformBackground ?? null) : null;
  return { state: job.state, progress: job.progress, make, warnings, uniformBackground };
}
