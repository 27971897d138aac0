import { defineRule, SOURCES } from '../rule';
import { brandingImages, IMAGES_COMMAND } from './image-facts';

export const imageDimensionsRule = defineRule({
  id: 'image/dimensions',
  defaultSeverity: 'error',
  summary: 'Each branding image has its exact size in pixels (logo_main.png 400x272, logo.png 130x100, ...).',
  docs:
    'The checklist gives each branding image an exact size: logo_main.png 400x272, logo_medium.png 240x84, logo.png ' +
    '130x100, logo_small.png 108x108, logo_min.png 84x84, and logo_dp.png 174x109 for digital pipeline widgets. ' +
    'Another size is stretched or cut where the marketplace shows it, and moderation sends it back. The size is read ' +
    'from the image itself (after EXIF rotation). Fix: `widget-publisher images <logo>` makes every size from one ' +
    'source image, fitted without stretching.',
  sources: [
    SOURCES.amocrmChecklist('Branding images: "You have provided branding images in PNG format in the following sizes"'),
    SOURCES.kommoChecklist('Branding images'),
    SOURCES.structure('"В папке images/ должны быть файлы с размерами: logo_main.png 400px x 272px, logo_small.png 108px x 108px"'),
    SOURCES.facts('Branding images (images/)', 'https://developers.kommo.com/docs/images'),
  ],
  check(context, report) {
    for (const { spec, path } of brandingImages(context)) {
      const info = context.snapshot.images[path];
      // Unreadable images are image/corrupt's; a missing one is image/missing's.
      if (!info || info.error !== null || info.width === null || info.height === null || !context.file(path)) continue;
      if (info.width === spec.width && info.height === spec.height) continue;
      const sameShape = info.width * spec.height === info.height * spec.width;
      const shapeHint = sameShape
        ? `It has the right proportions, so scaling it to ${spec.width}x${spec.height} is enough.`
        : `Its proportions differ too, so fit it onto a ${spec.width}x${spec.height} canvas rather than stretching it.`;
      report({
        file: path,
        message: `${path} is ${info.width}x${info.height} px; the marketplace needs exactly ${spec.width}x${spec.height} px (${spec.shownIn}). ${shapeHint} \`${IMAGES_COMMAND}\` makes every logo size at once.`,
      });
    }
  },
});
