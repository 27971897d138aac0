import { defineRule, SOURCES } from '../rule';
import { brandingImages } from './image-facts';

export const imageDimensionsRule = defineRule({
  id: 'image/dimensions',
  defaultSeverity: 'error',
  summary: 'Each branding image has its exact size in pixels (logo_main.png 400x272, logo.png 130x100, ...).',
  summaryRu: 'Каждый логотип имеет точный размер в пикселях (logo_main.png 400x272, logo.png 130x100, ...).',
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
      const size = `${spec.width}x${spec.height}`;
      const shapeHint = sameShape
        ? {
            en: `It has the right proportions, so scaling it to ${size} is enough.`,
            ru: `Пропорции верные, поэтому достаточно масштабировать его до ${size}.`,
          }
        : {
            en: `Its proportions differ too, so fit it onto a ${size} canvas rather than stretching it.`,
            ru: `Пропорции тоже другие, поэтому впишите его в холст ${size}, а не растягивайте.`,
          };
      report({
        file: path,
        message: { en: `${path} is ${info.width}x${info.height} px, not ${size} px`, ru: `${path} имеет размер ${info.width}x${info.height} px, а не ${size} px` },
        help: {
          en: `The marketplace needs exactly ${size} px (${spec.shownIn}). ${shapeHint.en} Widget Publisher makes every logo size at once.`,
          ru: `Маркетплейсу нужен ровно ${size} px (${spec.shownInRu}). ${shapeHint.ru} Widget Publisher делает все размеры логотипа сразу.`,
        },
        actions: [{ kind: 'make-logos', file: spec.file }],
      });
    }
  },
});
