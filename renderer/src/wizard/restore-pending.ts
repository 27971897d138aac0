import { getApi } from '../app/api';
import type { PendingImages, PendingImageSet } from './wizard-files';
import type { StoredPending } from './wizard-storage';

async function restoreSet(setId: string, key?: string): Promise<PendingImageSet | null> {
  try {
    const set = await getApi().restoreImages(setId);
    return set ? { setId, images: set.images, ...(key !== undefined ? { key } : {}) } : null;
  } catch {
    // A set main no longer keeps is simply not shown again; the step offers to make it anew.
    return null;
  }
}

/** The images made before the app was closed, from main's store; sets it no longer has are left out. */
export async function restorePending(stored: StoredPending): Promise<PendingImages> {
  const branding = stored.branding ? await restoreSet(stored.branding.setId, stored.branding.key ?? undefined) : null;
  const slides: Record<string, PendingImageSet> = {};
  for (const [locale, setId] of Object.entries(stored.slides)) {
    const set = await restoreSet(setId);
    if (set) slides[locale] = set;
  }
  return { branding, slides };
}
