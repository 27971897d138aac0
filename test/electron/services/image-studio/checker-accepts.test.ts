import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeLogoSet, makeSlides, writeImageSet, type SlideFormat } from '../../../../electron/services/image-studio';
import { readWidget } from '../../../../electron/services/widget-reader';
import { checkWidget } from '../../../../shared/check/check-widget';
import { PLATFORM_PROFILES, type PlatformId } from '../../../../shared/platform/profiles';
import { validManifest, validWidgetFiles } from '../../../helpers/widget-fixture';
import { removeTempFolders, tempFolder, writeTree } from '../widget-on-disk';
import { noisyPhoto, roundLogo, threeBands } from './test-images';

afterAll(removeTempFolders);

interface Case {
  platform: PlatformId;
  logo: () => Promise<Buffer>;
  slide: () => Promise<Buffer>;
  fit: 'contain' | 'cover';
  slideFormat: SlideFormat;
  dp: boolean;
}

/** A complete widget on disk whose images/ come from the studio only, then read and checked like `check` does. */
async function imageFindings({ platform, logo, slide, fit, slideFormat, dp }: Case) {
  const files = validWidgetFiles(platform);
  for (const path of Object.keys(files)) if (path.startsWith('images/')) delete files[path];
  const manifest = validManifest(platform) as { locations: string[]; dp?: unknown; tour: { tour_images: Record<string, string[]> } };
  if (dp) {
    manifest.locations.push('digital_pipeline');
    manifest.dp = { action_multiple: false, webhook_url: 'https://acme-widgets.io/dp' };
  }
  const root = await writeTree(await tempFolder('wp-studio-check-'), { ...files, 'manifest.json': manifest });
  const logos = await makeLogoSet(await logo(), { platform, fit, dp });
  await writeImageSet(logos.files, join(root, 'images'));
  for (const locale of PLATFORM_PROFILES[platform].defaultLocales) {
    const slides = await makeSlides([await slide(), await threeBands(1600, 900)], locale, { platform, format: slideFormat });
    await writeImageSet(slides.files, join(root, 'images'));
    manifest.tour.tour_images[locale] = slides.files.map((file) => `/images/${file.file}`);
  }
  await writeTree(root, { 'manifest.json': manifest });
  const { snapshot, config } = await readWidget(root);
  const report = checkWidget(snapshot, { platform, config });
  return report.findings.filter((finding) => finding.ruleId.startsWith('image/')).map((finding) => `${finding.ruleId}: ${finding.message}`);
}

describe('every set the studio makes passes the checker image rules', () => {
  it('a round logo, contain, PNG slides (amoCRM)', async () => {
    expect(await imageFindings({ platform: 'amocrm', logo: () => roundLogo(), slide: () => threeBands(1920, 1080), fit: 'contain', slideFormat: 'png', dp: false })).toEqual([]);
  });

  it('a noisy photo, cover, with logo_dp and palette-reduced slides (Kommo)', async () => {
    expect(
      await imageFindings({ platform: 'kommo', logo: () => noisyPhoto(), slide: () => noisyPhoto(1188, 616, 16), fit: 'cover', slideFormat: 'png', dp: true }),
    ).toEqual([]);
  });

  it('JPEG slides listed as .jpg', async () => {
    expect(
      await imageFindings({ platform: 'amocrm', logo: () => roundLogo(300), slide: () => noisyPhoto(1188, 616), fit: 'contain', slideFormat: 'jpeg', dp: false }),
    ).toEqual([]);
  });

  it('would catch a wrong set (the check is not blind)', async () => {
    const root = await writeTree(await tempFolder('wp-studio-check-'), validWidgetFiles('amocrm'));
    const { snapshot, config } = await readWidget(root);
    const ids = checkWidget(snapshot, { config }).findings.map((finding) => finding.ruleId);
    expect(ids).toContain('image/corrupt');
  });
});
