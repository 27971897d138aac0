import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, isBlank, manifestView, uniqueLocales } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

export const tourRule = defineRule({
  id: 'manifest/tour',
  defaultSeverity: 'error',
  summary: 'manifest.json needs a tour: is_tour true, tour_images for every locale, tour_description.',
  summaryRu: 'В manifest.json нужен тур: is_tour со значением true, tour_images для каждой локали и tour_description.',
  docs:
    'Since November 2019 the tour (the slideshow shown when a user opens the widget) is a required manifest block. ' +
    'Its required fields: tour.is_tour, which must be true (false is deprecated); tour.tour_images, an array of image ' +
    'paths for each locale in widget.locale (the checklist asks for 1 to 5 slideshow images); and ' +
    'tour.tour_description, the i18n key of the short text shown with the tour (whether that key exists in each ' +
    'i18n file is manifest/i18n-ref\'s job, the images themselves image/slide\'s). Fix: add "tour": {"is_tour": true, ' +
    '"tour_images": {"en": ["/images/tour_1_en.png"]}, "tour_description": "widget.tour_description"}.',
  sources: [
    SOURCES.structure('manifest.json: "С ноября 2019 года добавлено ОБЯЗАТЕЛЬНОЕ свойство в manifest.json – тур (tour)"; tour/is_tour, tour_images, tour_description'),
    SOURCES.amocrmChecklist('Slideshow images: 1-5 images'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const { document, root } = view;
    const locales = uniqueLocales(context);
    const imagesExample = `{${(locales.length > 0 ? locales : ['en']).map((locale) => `"${locale}": ["/images/tour_1_${locale}.png"]`).join(', ')}}`;

    const tour = root.tour;
    if (tour === undefined && isMisplaced(view, 'tour')) return;
    if (tour === undefined) {
      report({
        message: { en: 'manifest.json has no "tour" block, required since November 2019', ru: 'В manifest.json нет блока "tour", обязательного с ноября 2019 года' },
        help: {
          en: `Add "tour": {"is_tour": true, "tour_images": ${imagesExample}, "tour_description": "widget.tour_description"}.`,
          ru: `Добавьте "tour": {"is_tour": true, "tour_images": ${imagesExample}, "tour_description": "widget.tour_description"}.`,
        },
        actions: [{ kind: 'make-slides' }],
        ...at(document, []),
      });
      return;
    }
    if (!isRecord(tour)) return;

    if (tour.is_tour === undefined) {
      report({
        message: { en: 'tour.is_tour is missing', ru: 'Нет tour.is_tour' },
        help: { en: 'Add "is_tour": true (the tour is required).', ru: 'Добавьте "is_tour": true (тур обязателен).' },
        ...at(document, ['tour']),
      });
    } else if (tour.is_tour === false) {
      report({
        message: { en: 'tour.is_tour is false', ru: 'tour.is_tour равно false' },
        help: { en: 'False is deprecated and the tour is required, so set "is_tour": true.', ru: 'Значение false устарело, а тур обязателен, поэтому укажите "is_tour": true.' },
        ...at(document, ['tour', 'is_tour']),
      });
    }

    const images = tour.tour_images;
    if (images === undefined) {
      report({
        message: { en: 'tour.tour_images is missing', ru: 'Нет tour.tour_images' },
        help: { en: `Add "tour_images": ${imagesExample} with 1 to 5 slides per locale.`, ru: `Добавьте "tour_images": ${imagesExample} с 1–5 слайдами для каждой локали.` },
        actions: [{ kind: 'make-slides' }],
        ...at(document, ['tour']),
      });
    } else if (isRecord(images)) {
      for (const locale of locales) {
        const list = images[locale];
        if (list === undefined) {
          report({
            message: { en: `tour.tour_images has no slides for "${locale}", a locale in widget.locale`, ru: `В tour.tour_images нет слайдов для "${locale}", локали из widget.locale` },
            help: {
              en: `Add "${locale}": ["/images/tour_1_${locale}.png"] (1 to 5 images in that language).`,
              ru: `Добавьте "${locale}": ["/images/tour_1_${locale}.png"] (от 1 до 5 изображений на этом языке).`,
            },
            actions: [{ kind: 'make-slides', locale }],
            ...at(document, ['tour', 'tour_images']),
            locale,
          });
        } else if (Array.isArray(list) && list.length === 0) {
          report({
            message: { en: `tour.tour_images.${locale} is empty`, ru: `tour.tour_images.${locale} пуст` },
            help: {
              en: `List 1 to 5 slide images for "${locale}", e.g. ["/images/tour_1_${locale}.png"].`,
              ru: `Перечислите от 1 до 5 изображений слайдов для "${locale}", например ["/images/tour_1_${locale}.png"].`,
            },
            actions: [{ kind: 'make-slides', locale }],
            ...at(document, ['tour', 'tour_images', locale]),
            locale,
          });
        }
      }
    }

    const description = tour.tour_description;
    if (description === undefined) {
      report({
        message: { en: 'tour.tour_description is missing', ru: 'Нет tour.tour_description' },
        help: {
          en: 'Add "tour_description": "widget.tour_description" and that text in every i18n file.',
          ru: 'Добавьте "tour_description": "widget.tour_description" и этот текст в каждый языковой файл.',
        },
        actions: [{ kind: 'edit-in-step', step: 'tour', field: 'description' }],
        ...at(document, ['tour']),
      });
    } else if (isBlank(description)) {
      report({
        message: { en: 'tour.tour_description is empty', ru: 'tour.tour_description пуст' },
        help: {
          en: 'Set it to an i18n key such as "widget.tour_description" with the text in every i18n file.',
          ru: 'Укажите ключ перевода, например "widget.tour_description", и добавьте текст в каждый языковой файл.',
        },
        actions: [{ kind: 'edit-in-step', step: 'tour', field: 'description' }],
        ...at(document, ['tour', 'tour_description']),
      });
    }
  },
});
