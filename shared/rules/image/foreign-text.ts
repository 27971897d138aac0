import type { RuleContext } from '../../check/rule-context';
import type { ImageMark, LocalizedMessage } from '../../model/finding';
import type { ImageWord } from '../../model/snapshot';
import { IMAGE_TEXT_LIMITS } from '../../platform/image-text-limits';
import { i18nFilesInOrder, i18nStrings } from '../i18n/i18n-entries';
import { defineRule, SOURCES } from '../rule';
import { LANGUAGE_NAMES, LANGUAGE_NAMES_RU, languageOfLocale } from '../text/language-detection';
import { scannedTexts, storeTexts } from '../text/store-texts';
import { usesCyrillic } from '../text/wrong-language';
import { foreignTextIn, type ForeignText } from './foreign-words';
import { textImages, type TextImage } from './text-images';

const LATIN_WORD = /\p{Script=Latin}+(?:[-'’]\p{Script=Latin}+)*/gu;

/**
 * Latin-script names the widget itself uses in Russian texts and in its name: product and brand names
 * ("Google Sheets" in a Russian description) that may stay on a Russian slide.
 */
export function allowedNames(context: RuleContext): Set<string> {
  return context.cache('image:allowed-names', () => {
    const names = new Set<string>();
    const add = (value: string): void => {
      for (const match of value.matchAll(LATIN_WORD)) names.add(match[0].toLowerCase());
    };
    for (const file of i18nFilesInOrder(context)) {
      if (usesCyrillic(file.locale)) for (const entry of i18nStrings(context, file)) add(entry.value);
    }
    for (const text of scannedTexts(context)) if (text.locale === null) add(text.value);
    for (const name of storeTexts(context, 'name')) add(name.text);
    return names;
  });
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The first line names a few words; the help lists up to IMAGE_TEXT_LIMITS.wordsShown with where they are. */
const WORDS_IN_MESSAGE = 3;

function listWords(words: readonly ImageWord[], count: number, withPlace: boolean): { en: string; ru: string } {
  const shownWords = words.slice(0, count);
  const shown = shownWords.map((word) => `«${word.text}»${withPlace ? ` at ${word.box.x},${word.box.y}` : ''}`);
  const shownRu = shownWords.map((word) => `«${word.text}»${withPlace ? ` в ${word.box.x},${word.box.y}` : ''}`);
  const more = words.length - shown.length;
  return {
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
    ru: shownRu.join(', ') + (more > 0 ? ` и ещё ${more}` : ''),
  };
}

function describe(image: TextImage, found: ForeignText): LocalizedMessage {
  const name = `${fileName(image.path)} (${found.locale})`;
  const words = listWords(found.words, WORDS_IN_MESSAGE, false);
  if (found.language === null) {
    return {
      en: `${name} shows words in Latin letters on a Russian image: ${words.en}`,
      ru: `На ${name} слова латиницей на русском изображении: ${words.ru}`,
    };
  }
  const language = LANGUAGE_NAMES[found.language];
  return {
    en: `${name} shows ${language} text: ${words.en}`,
    ru: `На ${name} текст на ${LANGUAGE_NAMES_RU[found.language].on}: ${words.ru}`,
  };
}

/** Where the words are, in pixels from the top left: the app draws them, a terminal can only say them. */
function wordPlaces(found: ForeignText): LocalizedMessage {
  const words = listWords(found.words, IMAGE_TEXT_LIMITS.wordsShown, true);
  return { en: ` Words read: ${words.en} (pixels from the top left).`, ru: ` Прочитанные слова: ${words.ru} (пиксели от левого верхнего угла).` };
}

function advice(image: TextImage, locale: string, found: ForeignText): LocalizedMessage {
  const places = wordPlaces(found);
  const said = adviceText(image, locale);
  return { en: said.en + places.en, ru: said.ru + places.ru };
}

function adviceText(image: TextImage, locale: string): LocalizedMessage {
  const expected = languageOfLocale(locale);
  const language = expected ? LANGUAGE_NAMES[expected] : `the ${locale} locale's language`;
  const languageRu = expected ? LANGUAGE_NAMES_RU[expected].name : `язык локали ${locale}`;
  if (image.kind === 'logo') {
    return {
      en: `A logo is shown in every language the widget offers: keep only the brand name on it, or no words at all.`,
      ru: `Логотип показывается на всех языках виджета: оставьте на нём только название бренда или уберите слова совсем.`,
    };
  }
  return {
    en: `Take the screenshot in an account whose interface is set to ${language}, or make the slide from such a screenshot.`,
    ru: `Сделайте снимок экрана в аккаунте, где интерфейс переключён на ${languageRu}, или сделайте слайд из такого снимка.`,
  };
}

function marksOf(words: readonly ImageWord[]): ImageMark[] {
  return words.map((word) => ({ ...word.box, text: word.text }));
}

export const imageForeignTextRule = defineRule({
  id: 'image/foreign-text',
  defaultSeverity: 'warning',
  summary: 'Tour slides and logos show no words in another language than their locale.',
  summaryRu: 'На слайдах тура и логотипах нет слов на других языках, кроме языка их локали.',
  docs:
    'The checklists ask that images contain no words in other languages than their locale, and a slide made ' +
    'from a screenshot of an account in another language is a common reason to be sent back. The words in every ' +
    'tour slide and in the logos at least 200 px wide are read with Tesseract (tesseract.js, recognition data ' +
    'shipped with Widget Publisher; nothing is downloaded) and compared with the image\'s locale: a slide\'s locale ' +
    'comes from tour.tour_images, a logo is checked against every locale the widget declares, since all share it. ' +
    'Script first: Cyrillic words on an en/es/pt/tr/id image (at least two; one alone is most often a misread Latin word, ' +
    'and a word in look-alike letters of the widget\'s own name, "Асте" for Acme, never counts); Latin words on a ' +
    'ru image when at least three of them, and a third of its words, are neither brand or product names the ' +
    'widget\'s own Russian texts or name use, nor platform names (amoCRM, Kommo, WhatsApp, ...), nor acronyms; on a ' +
    'logo, where a company\'s Latin name and tagline belong, only when they also read as another language. Then, ' +
    'for Latin-script locales, language by the function words ("the", "y", "não") and, between English, Spanish and ' +
    'Portuguese, the interface words ("Save", "Guardar", "Salvar") text/wrong-language uses. Words the recogniser is less ' +
    'than 70% sure of and "words" with digits or symbols inside never count, nor words under three letters (under two ' +
    'for the language: "de", "the"). The finding lists the words ' +
    'and their positions (pixels from the top left); the app draws them on the image. Fix: take the screenshot in ' +
    'an account set to the slide\'s language and make the slide from it; keep only the brand name on a logo. ' +
    'Results are cached by image content, so a repeated check reads nothing again. Limits: text under about 10 px, ' +
    'on busy photos or in decorative fonts may be missed; two Latin-script languages are told apart by several ' +
    'words, not by one label.',
  sources: [
    SOURCES.amocrmChecklist('Support & localization: "Your images do not contain words in other languages"'),
    SOURCES.kommoChecklist('Support & localization: "Your images do not contain words in other languages"'),
    SOURCES.structure('tour/tour_images/{lang}: "(Array) Содержит путь до изображений для тура в зависимости от локализации"'),
  ],
  check(context, report) {
    const imageText = context.snapshot.imageText;
    if (!imageText) return;
    const names = allowedNames(context);
    for (const image of textImages(context)) {
      const text = imageText[image.path];
      if (!text) continue;
      for (const locale of image.locales) {
        const found = foreignTextIn(text, locale, names, image.kind);
        if (!found || found.words.length === 0) continue;
        report({
          file: image.path,
          line: null,
          column: null,
          locale,
          message: describe(image, found),
          help: advice(image, locale, found),
          actions: image.kind === 'slide' ? [{ kind: 'make-slides', locale }] : [{ kind: 'make-logos' }],
          marks: marksOf(found.words),
        });
      }
    }
  },
});
