import { defineRule, SOURCES } from '../rule';
import { describeBytes, describeBytesRu, isBrandingPath, shippedImages, fileName } from './image-facts';

export const imageFileSizeRule = defineRule({
  id: 'image/file-size',
  defaultSeverity: 'error',
  summary: 'No image in the widget is larger than 300 KB.',
  summaryRu: 'Ни одно изображение виджета не больше 300 КБ.',
  docs:
    'The structure page limits each image file to 300 KB ("Размер каждого файла не должен превышать 300 КБ"). The ' +
    'pages do not say whether a KB is 1000 or 1024 bytes, so Widget Publisher uses the stricter 300,000 bytes and ' +
    'checks every image that ships, branding logos, tour slides and the widget\'s own pictures alike. Fix: ' +
    '`widget-publisher images <logo>` writes logos under the limit; compress other images (fewer colours, an optimiser ' +
    'such as oxipng or TinyPNG, JPEG for photographs).',
  sources: [
    SOURCES.structure('images/: "Размер каждого файла не должен превышать 300 КБ"'),
    SOURCES.facts('Branding images: "Each file at most 300 KB (structure page)"', 'https://www.amocrm.ru/developers/content/integrations/structure'),
  ],
  check(context, report) {
    const max = context.profile.images.maxBytes;
    for (const info of shippedImages(context)) {
      if (info.bytes <= max) continue;
      const branding = isBrandingPath(context, info.path);
      report({
        file: info.path,
        message: {
          en: `${info.path} is ${describeBytes(info.bytes)}, over the ${describeBytes(max)} limit`,
          ru: `${info.path} весит ${describeBytesRu(info.bytes)}, больше лимита ${describeBytesRu(max)}`,
        },
        help: branding
          ? { en: 'Make the logos again with Widget Publisher, which keeps every logo under the limit.', ru: 'Сделайте логотипы заново в Widget Publisher: он укладывает каждый логотип в лимит.' }
          : {
              en: 'Compress it: fewer colours, an optimiser such as oxipng or TinyPNG, or JPEG for a photograph.',
              ru: 'Сожмите его: меньше цветов, оптимизатор вроде oxipng или TinyPNG, или JPEG для фотографии.',
            },
        ...(branding ? { actions: [{ kind: 'make-logos', file: fileName(info.path) }] } : {}),
      });
    }
  },
});
