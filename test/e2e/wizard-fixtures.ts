import { join } from 'node:path';
import { validI18n, validManifest } from '../helpers/widget-fixture';
import { validWidgetOnDiskFiles, writeTree } from '../electron/services/widget-on-disk';
import { LONG_EN_NAME, tempDir } from './fixtures';

/**
 * A widget folder with one defect for most wizard steps: a BOM and CRLF in script.js, a store name
 * over 30 characters, a key missing from ru.json, no support contacts, digital_pipeline without its
 * dp block (and so without logo_dp.png), no tour slide for ru, and a manifest key the wizard does
 * not know, which a save must keep where it is.
 */
export async function wizardDefectiveFolder(): Promise<string> {
  const root = join(await tempDir('wp-e2e-wizard-defective-'), 'deals-widget');
  const files = await validWidgetOnDiskFiles('amocrm');
  const script = String(files['script.js']).replace(/\n/g, '\r\n');
  files['script.js'] = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(script)]);

  const manifest = validManifest('amocrm') as Record<string, Record<string, unknown>>;
  delete manifest.widget.support;
  manifest.locations = ['ccard-1', 'lcard-1', 'settings', 'digital_pipeline'] as unknown as Record<string, unknown>;
  (manifest.tour.tour_images as Record<string, string[]>).ru = [];
  const ordered = { widget: manifest.widget, x_partner_build: { channel: 'stable', id: 42 }, ...manifest };
  files['manifest.json'] = ordered;
  delete files['images/tour_1_ru.png'];

  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = LONG_EN_NAME;
  files['i18n/en.json'] = en;
  const ru = validI18n('ru') as { settings?: Record<string, string> };
  delete ru.settings;
  files['i18n/ru.json'] = ru;
  await writeTree(root, files);
  return root;
}
