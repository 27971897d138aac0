import type { RuleContext } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { widgetFolderBelowRoot } from '../package/find-file';
import { defineRule, SOURCES } from '../rule';
import { brandingImages, otherCaseOf } from './image-facts';

export const imageMissingRule = defineRule({
  id: 'image/missing',
  defaultSeverity: 'error',
  summary: 'images/ holds every branding logo: logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png (and logo_dp.png with digital_pipeline).',
  summaryRu: 'В images/ есть все логотипы: logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png (и logo_dp.png при подключении к цифровой воронке, digital_pipeline).',
  docs:
    'The marketplace and the CRM show the widget with branding images read from the images/ folder: logo_main.png ' +
    '(400x272, catalogue card), logo_medium.png (240x84), logo.png (130x100, kept for older interfaces), logo_small.png ' +
    '(108x108) and logo_min.png (84x84). The checklist lists them among the files widget.zip must contain; a widget ' +
    'declaring the digital_pipeline location also needs logo_dp.png (174x109). A missing one is a rejection. File ' +
    'names are case-sensitive and the files must sit in images/, not at the widget root. Fix: make every size from ' +
    'one logo with `widget-publisher images <logo>`.',
  sources: [
    SOURCES.amocrmChecklist('Development: "Your widget.zip contains the following files: ... logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png"'),
    SOURCES.kommoChecklist('Development: "Your widget.zip contains the following files"'),
    SOURCES.structure('images/: "Должна содержать в себе 5 файлов ... logo_min.png и logo_medium.png ... logo_main и logo_small ... logo.png"'),
    SOURCES.facts('Branding images (images/): logo_dp.png with digital_pipeline', 'https://developers.kommo.com/docs/widgets-dp'),
  ],
  check(context, report) {
    // Nothing could be read (a refused zip): package rules say why; listing every logo would only add noise.
    if (context.snapshot.files.length === 0) return;
    // The widget is in a subfolder (package/manifest-missing names it): the root is not the widget.
    if (widgetFolderBelowRoot(context.snapshot)) return;
    for (const image of brandingImages(context)) {
      if (!image.required || context.file(image.path)) continue;
      const { spec } = image;
      const why = spec.whenLocation
        ? {
            en: `needed because manifest.json declares the ${spec.whenLocation} location`,
            ru: `нужен, потому что в manifest.json указана область подключения ${spec.whenLocation}`,
          }
        : { en: `shown in the ${spec.shownIn}`, ru: `показывается здесь: ${spec.shownInRu}` };
      const where = whereItIs(context, image.path, spec.file);
      report({
        file: image.path,
        message: { en: `${image.path} is missing (${spec.width}x${spec.height} px PNG)`, ru: `Нет ${image.path} (PNG ${spec.width}x${spec.height} px)` },
        help: {
          en: `The marketplace needs it (${why.en}).${where.en} Make every logo size from one image.`,
          ru: `Он нужен маркетплейсу (${why.ru}).${where.ru} Сделайте все размеры логотипа из одного изображения.`,
        },
        actions: [{ kind: 'make-logos', file: spec.file }],
      });
    }
  },
});

/** Point at a file that is almost right: other letter case, or the right name in the wrong folder. */
function whereItIs(context: RuleContext, path: string, name: string): LocalizedMessage {
  const otherCase = otherCaseOf(context, path);
  if (otherCase) {
    return {
      en: ` There is ${otherCase}, but file names are case-sensitive: rename it to ${path}.`,
      ru: ` Есть ${otherCase}, но регистр в именах файлов важен: переименуйте его в ${path}.`,
    };
  }
  const elsewhere = context.snapshot.files.find((file) => file.path === name || file.path.endsWith(`/${name}`));
  if (elsewhere) {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    return {
      en: ` There is ${elsewhere.path}: branding images must be in ${folder}, so move it there.`,
      ru: ` Есть ${elsewhere.path}: изображения для брендинга должны лежать в ${folder}, перенесите его туда.`,
    };
  }
  return { en: '', ru: '' };
}
