import { join } from 'node:path';
import { PLATFORM_PROFILES } from '../../shared/platform/profiles';
import { validI18n, validManifest, VALID_SCRIPT } from '../helpers/widget-fixture';
import { jpegOf, pngOf, writeTree } from '../electron/services/widget-on-disk';
import type { FixtureFiles } from '../helpers/widget-fixture';
import { tempDir } from './fixtures';

export const KOMMO_LOCALES = ['es', 'pt', 'en'] as const;

/**
 * A published Kommo widget as it is found in the wild: three locales (es, pt, en), JPEG tour slides
 * (two per locale), a README with a screenshots folder beside it, a backup copy of a slide that was
 * replaced by hand, a link to kommo.com in its script, and no widget-publisher.json, so the wizard
 * has to find the marketplace itself.
 */
export async function kommoRealWorldFolder(): Promise<string> {
  const root = join(await tempDir('wp-e2e-kommo-'), 'kommo-deals');
  const profile = PLATFORM_PROFILES.kommo;
  const manifest = validManifest('kommo') as { widget: Record<string, unknown>; tour: { tour_images: Record<string, string[]> } };
  manifest.widget.locale = [...KOMMO_LOCALES];
  manifest.tour.tour_images = Object.fromEntries(KOMMO_LOCALES.map((locale) => [locale, [`/images/tour_1_${locale}.jpg`, `/images/tour_2_${locale}.jpg`]]));
  const files: FixtureFiles = {
    'manifest.json': manifest,
    'script.js': VALID_SCRIPT.replace('return true;\n      },\n      init', "// Help: https://www.kommo.com/support/\n        return true;\n      },\n      init"),
    'style.css': '.acme-deals { display: flex; }\n.acme-deals__button { color: #fff; }\n.acme-deals__title { font-weight: 600; }\n',
    'README.md': '# Deals to Telegram\n\nScreenshots are in screenshots/.\n',
    'screenshots/card.png': await pngOf(640, 400),
  };
  for (const locale of KOMMO_LOCALES) files[`i18n/${locale}.json`] = validI18n(locale);
  for (const spec of profile.images.branding) {
    if (!spec.whenLocation) files[`images/${spec.file}`] = await pngOf(spec.width, spec.height);
  }
  const slide = await jpegOf(profile.images.slide.width, profile.images.slide.height);
  for (const locale of KOMMO_LOCALES) {
    files[`images/tour_1_${locale}.jpg`] = slide;
    files[`images/tour_2_${locale}.jpg`] = slide;
  }
  // The slide replaced by hand and kept "just in case": nothing refers to it.
  files['images/tour_2_en.old.jpg'] = slide;
  await writeTree(root, files);
  return root;
}
