import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { validManifest } from '../../../helpers/widget-fixture';
import { readWidget } from '../../../../electron/services/widget-reader';
import { writeWidgetZip } from '../../../../electron/services/widget-packer';
import { jpegOf, noisyPngOf, pngOf, removeTempFolders, tempFolder, validWidgetOnDiskFiles, writeTree } from '../../../electron/services/widget-on-disk';

afterAll(removeTempFolders);

function imageFindings(report: ReturnType<typeof checkWidget>) {
  return report.findings.filter((finding) => finding.ruleId.startsWith('image/'));
}

describe('image rules on real files', () => {
  it('find nothing in a valid widget folder with real images, nor in its packed zip', async () => {
    for (const platform of ['amocrm', 'kommo'] as const) {
      const folder = await writeTree(await tempFolder(), await validWidgetOnDiskFiles(platform));
      const fromFolder = await readWidget(folder);
      expect(imageFindings(checkWidget(fromFolder.snapshot, { platform, config: fromFolder.config }))).toEqual([]);

      const zipPath = join(await tempFolder(), 'widget.zip');
      await writeWidgetZip(fromFolder.snapshot, zipPath);
      const fromZip = await readWidget(zipPath);
      expect(imageFindings(checkWidget(fromZip.snapshot, { platform }))).toEqual([]);
    }
  });

  it('accept JPEG slides named .jpg and a digital pipeline logo of the right size', async () => {
    const files = await validWidgetOnDiskFiles();
    const manifest = validManifest();
    manifest.locations = ['ccard-1', 'digital_pipeline'];
    manifest.dp = { settings: {}, action_multiple: false };
    (manifest.tour as { tour_images: unknown }).tour_images = { ru: ['/images/slide_1_ru.jpg'], en: ['/images/slide_1_en.jpg'] };
    const slide = await jpegOf(1188, 616);
    const folder = await writeTree(await tempFolder(), {
      ...files,
      'manifest.json': manifest,
      'images/logo_dp.png': await pngOf(174, 109),
      'images/slide_1_ru.jpg': slide,
      'images/slide_1_en.jpg': slide,
    });
    const { snapshot } = await readWidget(folder);
    expect(imageFindings(checkWidget(snapshot))).toEqual([]);
  });

  it('find the wrong size, a JPEG named .png, a truncated PNG, an oversized PNG and a fake image', async () => {
    const files = await validWidgetOnDiskFiles();
    const logoMin = files['images/logo_min.png'] as Uint8Array;
    const folder = await writeTree(await tempFolder(), {
      ...files,
      'images/logo_main.png': await pngOf(800, 544),
      'images/logo.png': await jpegOf(130, 100),
      'images/logo_min.png': logoMin.subarray(0, Math.floor(logoMin.length / 2)),
      'images/logo_medium.png': await noisyPngOf(240, 84 * 6),
      'images/tour_1_en.png': await pngOf(1200, 600),
    });
    await writeFile(join(folder, 'images', 'logo_small.png'), 'GIF89a but not really');
    const { snapshot } = await readWidget(folder);
    const found = imageFindings(checkWidget(snapshot)).map((finding) => `${finding.ruleId} ${finding.file}`);
    expect(found.sort()).toEqual(
      [
        'image/dimensions images/logo_main.png',
        'image/dimensions images/logo_medium.png',
        'image/file-size images/logo_medium.png',
        'image/format images/logo.png',
        'image/corrupt images/logo_min.png',
        'image/corrupt images/logo_small.png',
        'image/slide manifest.json',
      ].sort(),
    );
  });
});
