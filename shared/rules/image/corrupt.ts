import { defineRule, SOURCES } from '../rule';
import { IMAGES_COMMAND, isBrandingPath, shippedImages } from './image-facts';

export const imageCorruptRule = defineRule({
  id: 'image/corrupt',
  defaultSeverity: 'error',
  summary: 'Every image in the widget can be decoded (not truncated, damaged, or another file renamed).',
  docs:
    'An image that does not decode shows as a broken picture in the marketplace or in the widget, and a branding ' +
    'image that cannot be read is a rejection. Widget Publisher decodes every PNG and JPEG completely, so a file cut ' +
    'short by an interrupted copy or upload is caught, and it reports files with an image extension whose content is ' +
    'not an image at all. Fix: export the image again from its source (or `widget-publisher images <logo>` for the ' +
    'logos).',
  sources: [
    SOURCES.amocrmChecklist('Branding images; Slideshow images: "Are good quality, and all compositions are clear and easy to see"'),
    SOURCES.kommoChecklist('Branding images; Slideshow images'),
  ],
  check(context, report) {
    for (const info of shippedImages(context)) {
      if (info.error === null) continue;
      const fix = isBrandingPath(context, info.path)
        ? `Export it again, or make every logo with \`${IMAGES_COMMAND}\`.`
        : 'Export it again from its source image.';
      report({ file: info.path, message: `${info.path} cannot be read as an image: ${info.error}. ${fix}` });
    }
  },
});
