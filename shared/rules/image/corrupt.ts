import { defineRule, SOURCES } from '../rule';
import { isBrandingPath, shippedImages, fileName } from './image-facts';

export const imageCorruptRule = defineRule({
  id: 'image/corrupt',
  defaultSeverity: 'error',
  summary: 'Every image in the widget can be decoded (not truncated, damaged, or another file renamed).',
  summaryRu: 'Каждое изображение виджета читается: оно не обрезано, не повреждено и не является переименованным файлом другого типа.',
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
      const branding = isBrandingPath(context, info.path);
      report({
        file: info.path,
        message: { en: `${info.path} cannot be read as an image: ${info.error}`, ru: `${info.path} не читается как изображение: ${readerErrorRu(info.error)}` },
        help: branding
          ? { en: 'Export it again, or make every logo from one image.', ru: 'Экспортируйте его заново или сделайте все логотипы из одного изображения.' }
          : { en: 'Export it again from its source image.', ru: 'Экспортируйте его заново из исходного изображения.' },
        ...(branding ? { actions: [{ kind: 'make-logos', file: fileName(info.path) }] } : {}),
      });
    }
  },
});

/** The reader's reasons in Russian (electron/services/reader/image-info.ts); an unknown one stays as the decoder wrote it. */
function readerErrorRu(error: string): string {
  if (error === 'the file is empty') return 'файл пустой';
  if (error === 'the content is not an image in any format a browser shows') return 'содержимое не является изображением ни в одном формате, который показывают браузеры';
  const damaged = /^the file is cut short or damaged (\(.*\))$/s.exec(error);
  if (damaged) return `файл обрезан или повреждён ${damaged[1] === '(its data does not decode)' ? '(его данные не декодируются)' : damaged[1]}`;
  const svg = /^the SVG cannot be read (\(.*\)); browsers show it broken or not at all$/s.exec(error);
  if (svg) return `SVG не читается ${svg[1]}; браузеры покажут его сломанным или не покажут вовсе`;
  return error;
}
