import { MANIFEST_PATH } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { isImageFile } from '../../model/snapshot';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES, type RawFinding } from '../rule';
import { formatName, otherCaseOf } from './image-facts';
import { tourImageLists, type TourImageRef } from './tour-images';

export const imageSlideRule = defineRule({
  id: 'image/slide',
  defaultSeverity: 'error',
  summary: 'Tour slides listed in manifest.json exist, are 1188x616 PNG (or JPEG), and number 1 to 5 per locale.',
  summaryRu: 'Слайды тура из manifest.json существуют, это PNG (или JPEG) 1188x616, и на каждую локаль их от 1 до 5.',
  docs:
    'The slideshow (tour.tour_images in manifest.json) is shown on the installation screen. The checklist asks for 1 ' +
    'to 5 slideshow images per language, each 1188x616 pixels in PNG format; Kommo\'s own published widget ships JPEG ' +
    'slides, so JPEG is accepted too. Each path is resolved from the widget root ("/images/tour_1_en.png" and ' +
    '"images/tour_1_en.png" name the same file). This rule reports a slide whose file is not in the widget, is not an ' +
    'image, has another size or format, and a locale with more than 5 slides; a missing or empty list is ' +
    'manifest/tour\'s finding, an unreadable image image/corrupt\'s. Fix: put the 1188x616 images in images/ and list ' +
    'them per locale.',
  sources: [
    SOURCES.amocrmChecklist('Slideshow images: "You have provided 1-5 slideshow images ... Are 1188×616 pixels each in PNG format"'),
    SOURCES.kommoChecklist('Slideshow images'),
    SOURCES.structure('tour/tour_images/{lang}: "(Array) Содержит путь до изображений для тура в зависимости от локализации"'),
    SOURCES.facts('Slideshow / tour images: JPEG accepted in practice', 'https://github.com/kommo-crm/birthday-widget'),
  ],
  check(context, report) {
    const document = context.manifest;
    if (!document) return;
    const { width, height, max, formats } = context.profile.images.slide;
    const declared = new Set(context.locales);
    const allowed = formats.map(formatName).join(' or ');
    const allowedRu = formats.map(formatName).join(' или ');
    const folder = context.profile.images.folder;
    const place = (path: Array<string | number>): Pick<RawFinding, 'file' | 'line' | 'column'> => ({
      file: MANIFEST_PATH,
      ...document.positionOf(path),
    });

    for (const list of tourImageLists(context)) {
      const { locale } = list;
      if (declared.has(locale) && list.refs.length > max) {
        report({
          ...place(['tour', 'tour_images', locale]),
          locale,
          message: {
            en: `tour.tour_images.${locale} lists ${list.refs.length} slides; the marketplace takes 1 to ${max} per language`,
            ru: `В tour.tour_images.${locale} ${countRu(list.refs.length, ['слайд', 'слайда', 'слайдов'])}; маркетплейс принимает от 1 до ${max} на язык`,
          },
          help: { en: `Keep the ${max} that show the widget best.`, ru: `Оставьте ${max}, которые лучше всего показывают виджет.` },
          actions: [{ kind: 'make-slides', locale }],
        });
      }
      for (const ref of list.refs) {
        const problem = slideProblem(ref);
        if (!problem) continue;
        const where = `tour.tour_images.${locale}[${ref.index}]`;
        report({
          ...place(['tour', 'tour_images', locale, ref.index]),
          locale,
          message: { en: `${where}: ${problem.message.en}`, ru: `${where}: ${problem.message.ru}` },
          help: problem.help,
          actions: [{ kind: 'make-slides', locale }],
        });
      }
    }

    function slideProblem(ref: TourImageRef): { message: LocalizedMessage; help: LocalizedMessage } | null {
      if (ref.path === null) {
        return {
          message: { en: `"${ref.written}" does not name a file inside the widget`, ru: `"${ref.written}" не указывает на файл внутри виджета` },
          help: {
            en: `Slides are files of the widget, written from its root like "/images/tour_1_${ref.locale}.png".`,
            ru: `Слайды — это файлы виджета, путь пишется от его корня, например "/images/tour_1_${ref.locale}.png".`,
          },
        };
      }
      if (!context.file(ref.path)) {
        const otherCase = otherCaseOf(context, ref.path);
        const inFolder = context.file(`${folder}/${ref.path}`);
        const hint = otherCase
          ? { en: ` There is ${otherCase}, but paths are case-sensitive.`, ru: ` Есть ${otherCase}, но регистр в путях важен.` }
          : inFolder
            ? { en: ` There is ${folder}/${ref.path}: write "/${folder}/${ref.path}".`, ru: ` Есть ${folder}/${ref.path}: напишите "/${folder}/${ref.path}".` }
            : { en: '', ru: '' };
        return {
          message: { en: `"${ref.written}" points to ${ref.path}, which is not in the widget`, ru: `"${ref.written}" указывает на ${ref.path}, которого нет в виджете` },
          help: {
            en: `${hint.en} Add the ${width}x${height} slide there or fix the path.`.trimStart(),
            ru: `${hint.ru} Добавьте туда слайд ${width}x${height} или исправьте путь.`.trimStart(),
          },
        };
      }
      const info = context.snapshot.images[ref.path];
      if (!info || !isImageFile(ref.path)) {
        return {
          message: { en: `${ref.path} is not an image`, ru: `${ref.path} — не изображение` },
          help: { en: `Slides are ${allowed} images of ${width}x${height} px.`, ru: `Слайды — это изображения ${allowedRu} размером ${width}x${height} px.` },
        };
      }
      if (info.error !== null || info.format === null) return null;
      if (!formats.includes(info.format)) {
        return {
          message: { en: `${ref.path} is a ${formatName(info.format)} image; slides must be ${allowed}`, ru: `${ref.path} — изображение ${formatName(info.format)}; слайды должны быть ${allowedRu}` },
          help: { en: 'Export it again as PNG.', ru: 'Экспортируйте его заново в PNG.' },
        };
      }
      if (info.width === null || info.height === null) return null;
      if (info.width !== width || info.height !== height) {
        return {
          message: {
            en: `${ref.path} is ${info.width}x${info.height} px; slides must be exactly ${width}x${height} px`,
            ru: `${ref.path} имеет размер ${info.width}x${info.height} px; слайды должны быть ровно ${width}x${height} px`,
          },
          help: { en: `Resize or crop it to ${width}x${height} (never stretch it).`, ru: `Уменьшите или обрежьте его до ${width}x${height} (не растягивайте).` },
        };
      }
      return null;
    }
  },
});
