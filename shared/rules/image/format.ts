import { defineRule, SOURCES } from '../rule';
import { extensionMatches, extensionOf, formatName, isBrandingPath, shippedImages, fileName } from './image-facts';
import { tourImagePaths } from './tour-images';

export const imageFormatRule = defineRule({
  id: 'image/format',
  defaultSeverity: 'error',
  summary: 'Branding images are real PNG files, and every image holds the format its name says.',
  summaryRu: 'Логотипы — настоящие PNG-файлы, и формат каждого изображения совпадает с тем, что указано в его имени.',
  docs:
    'The checklist asks for branding images "in PNG format". What counts is the content, not the name: a JPEG or ' +
    'WebP renamed to logo.png is still not a PNG, and moderation (and the CDN, which serves it as image/png) treats ' +
    'it as a wrong file. Widget Publisher reads the real format from the file\'s bytes. Branding images that are not ' +
    'PNG and tour images whose content does not match their extension are errors; any other image in the widget whose ' +
    'content does not match its extension is a warning, since browsers still show it. Fix: export the image again as ' +
    'the format its name says (`widget-publisher images <logo>` writes real PNGs), or rename it to its real extension.',
  sources: [
    SOURCES.amocrmChecklist('Branding images: "You have provided branding images in PNG format"'),
    SOURCES.kommoChecklist('Branding images: "in PNG format"'),
    SOURCES.amocrmChecklist('Slideshow images: "Are 1188×616 pixels each in PNG format"'),
  ],
  check(context, report) {
    const tourPaths = tourImagePaths(context);
    for (const info of shippedImages(context)) {
      if (info.format === null || info.error !== null) continue;
      const real = formatName(info.format);
      if (isBrandingPath(context, info.path)) {
        if (info.format === 'png') continue;
        report({
          file: info.path,
          message: { en: `${info.path} holds a ${real} image, not a PNG (only its name ends in .png)`, ru: `${info.path} содержит изображение ${real}, а не PNG (.png только в имени)` },
          help: {
            en: 'Branding images must be real PNG files. Convert it to PNG, or make the logos again with Widget Publisher, which writes real PNGs.',
            ru: 'Изображения для брендинга должны быть настоящими PNG. Конвертируйте его в PNG или сделайте логотипы заново в Widget Publisher: он создаёт настоящие PNG.',
          },
          actions: [{ kind: 'make-logos', file: fileName(info.path) }],
        });
        continue;
      }
      if (extensionMatches(info.path, info.format)) continue;
      const named = extensionOf(info.path).toUpperCase();
      const isTour = tourPaths.has(info.path);
      report({
        file: info.path,
        severity: isTour ? 'error' : 'warning',
        ...(isTour
          ? {
              message: {
                en: `${info.path} is a tour slide named .${extensionOf(info.path)} but holds a ${real} image`,
                ru: `${info.path} — слайд тура с расширением .${extensionOf(info.path)}, но внутри изображение ${real}`,
              },
              help: {
                en: `Save it as a real ${named} (slides are PNG; JPEG is accepted when named .jpg), or rename it and update tour.tour_images.`,
                ru: `Сохраните его как настоящий ${named} (слайды — PNG; JPEG принимается с расширением .jpg) или переименуйте и обновите tour.tour_images.`,
              },
            }
          : {
              message: { en: `${info.path} holds a ${real} image although its name says ${named}`, ru: `${info.path} содержит изображение ${real}, хотя по имени это ${named}` },
              help: {
                en: `Browsers still show it, but the server sends it with the wrong type; save it as a real ${named} or rename it to match its content.`,
                ru: `Браузеры его покажут, но сервер отдаст его с неверным типом; сохраните его как настоящий ${named} или переименуйте по содержимому.`,
              },
            }),
      });
    }
  },
});
