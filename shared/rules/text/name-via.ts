import { countRu } from '../../text/plural-ru';
import { visibleLength, visibleText } from '../../text/visible-length';
import { defineRule, SOURCES } from '../rule';
import { quote, storeTextAction, storeTexts } from './store-texts';

const VIA = /(?<![\p{L}\p{N}])via(?![\p{L}\p{N}])/giu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** "Product via Company": the word "via" with a product before it and a company after it. */
export function followsViaPattern(name: string): boolean {
  for (const match of name.matchAll(VIA)) {
    const before = name.slice(0, match.index);
    const after = name.slice(match.index + match[0].length);
    if (HAS_WORD.test(before) && HAS_WORD.test(after)) return true;
  }
  return false;
}

export const textNameViaRule = defineRule({
  id: 'text/name-via',
  defaultSeverity: 'error',
  summary: 'The widget name reads "Product via Company" in every locale.',
  summaryRu: 'Название виджета в каждой локали имеет вид "Продукт via Компания".',
  docs:
    'The checklist wants the name followed by the creator\'s name with the word "via": "WhatsApp via Zenvia", not ' +
    '"WhatsApp". The word "via" is what the checklist asks for in every language, Russian included (it is not ' +
    'translated to "от"). The rule accepts "via" in any letter case as a whole word with text on both sides; ' +
    'keep the whole name within 30 characters.',
  sources: [
    SOURCES.amocrmChecklist('Content and appearance > Widget name: "Followed by the widget creator\'s name, using the word \\"via\\""'),
    SOURCES.kommoChecklist('Content and appearance > Widget name: "Followed by the widget creator\'s name, using the word \\"via\\""'),
  ],
  check(context, report) {
    const limit = context.profile.text.nameMax;
    for (const text of storeTexts(context, 'name')) {
      const name = visibleText(text.text);
      if (name === '' || followsViaPattern(name)) continue;
      const suggestion = `${name} via <Company>`;
      const room = limit - visibleLength(name) - ' via '.length;
      const tight = room < 3 ? ` Shorten the product part so that "via" and your company name fit in ${limit} characters.` : '';
      const tightRu =
        room < 3 ? ` Сократите название продукта, чтобы "via" и название вашей компании уместились в ${countRu(limit, ['символ', 'символа', 'символов'])}.` : '';
      const forLocale = text.locale === null ? 'in every locale' : `for ${text.locale}`;
      const forLocaleRu = text.locale === null ? 'во всех локалях' : `для локали ${text.locale}`;
      report({
        file: text.file,
        line: text.line,
        column: text.column,
        locale: text.locale,
        message: {
          en: `The name ${forLocale}, ${quote(name)}, does not say who made the widget`,
          ru: `Название ${forLocaleRu} (${quote(name)}) не говорит, кто сделал виджет`,
        },
        help: {
          en: `The marketplace wants "Product via Company", e.g. "${suggestion}" (the word "via" in every language).${tight}`,
          ru: `Маркетплейс требует формат "Продукт via Компания", например "${name} via <Компания>" (слово "via" на любом языке).${tightRu}`,
        },
        actions: [storeTextAction(text)],
      });
    }
  },
});
