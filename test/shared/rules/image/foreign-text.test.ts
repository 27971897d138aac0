import { describe, expect, it } from 'vitest';
import type { ImageText } from '../../../../shared/model/snapshot';
import { imageForeignTextRule } from '../../../../shared/rules/image/foreign-text';
import { textImages } from '../../../../shared/rules/image/text-images';
import { createRuleContext } from '../../../../shared/check/rule-context';
import { platformProfile } from '../../../../shared/platform/profiles';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';

/** Words laid out left to right on one line, as the recogniser reports them. */
function read(languages: string, ...lines: string[]): ImageText {
  return {
    languages,
    words: lines.flatMap((line, row) =>
      line.split(' ').map((text, column) => ({ text, confidence: 93, box: { x: 20 + column * 90, y: 40 + row * 36, width: 80, height: 14 } })),
    ),
  };
}

function withText(imageText: Record<string, ImageText>) {
  return { ...validSnapshot(), imageText };
}

describe('image/foreign-text', () => {
  it('says nothing when the images were not read (live check, --no-ocr)', () => {
    expect(findingsOf(imageForeignTextRule, validSnapshot())).toEqual([]);
  });

  it('passes slides whose words are in their own language, Latin brand names and acronyms on a Russian slide included', () => {
    const snapshot = withText({
      'images/tour_1_en.png': read('eng+rus', 'Leads Contacts Settings', 'Send your deals to the Telegram chat'),
      'images/tour_1_ru.png': read('rus+eng', 'Сделки Контакты Настройки', 'Отправляйте сделки в Telegram через Acme', 'CRM API Kommo WhatsApp'),
    });
    expect(findingsOf(imageForeignTextRule, snapshot)).toEqual([]);
  });

  it('reports Russian words on an English slide: a few in the message, their positions in the advice, and the slide maker', () => {
    const snapshot = withText({ 'images/tour_1_en.png': read('eng+rus', 'Сделки Контакты Настройки Задачи', 'Leads are sent to Telegram') });
    const [finding] = findingsOf(imageForeignTextRule, snapshot);
    expect(finding).toMatchObject({
      ruleId: 'image/foreign-text',
      severity: 'warning',
      file: 'images/tour_1_en.png',
      locale: 'en',
      line: null,
      message: 'tour_1_en.png (en) shows Russian text: «Сделки», «Контакты», «Настройки» and 1 more',
      messageRu: 'На tour_1_en.png (en) текст на русском: «Сделки», «Контакты», «Настройки» и ещё 1',
      actions: [{ kind: 'make-slides', locale: 'en' }],
    });
    expect(finding.help?.en).toBe(
      'Take the screenshot in an account whose interface is set to English, or make the slide from such a screenshot. ' +
        'Words read: «Сделки» at 20,40, «Контакты» at 110,40, «Настройки» at 200,40, «Задачи» at 290,40 (pixels from the top left).',
    );
    expect(finding.help?.ru).toContain('Прочитанные слова: «Сделки» в 20,40, «Контакты» в 110,40');
    expect(finding.marks).toEqual([
      { x: 20, y: 40, width: 80, height: 14, text: 'Сделки' },
      { x: 110, y: 40, width: 80, height: 14, text: 'Контакты' },
      { x: 200, y: 40, width: 80, height: 14, text: 'Настройки' },
      { x: 290, y: 40, width: 80, height: 14, text: 'Задачи' },
    ]);
  });

  it('does not count one short misread Cyrillic word, Cyrillic look-alikes of Latin words (МАМЕ for NAME), nor words it is unsure of', () => {
    const unsure = read('eng+rus', 'Сделки Контакты Настройки');
    unsure.words = unsure.words.map((word) => ({ ...word, confidence: 40 }));
    const snapshot = withText({
      'images/tour_1_en.png': read('eng+rus', 'Мате Status Amount', 'Open Won Lost', 'МАМЕ СОК ВЕСТ'),
      'images/tour_1_ru.png': unsure,
    });
    expect(findingsOf(imageForeignTextRule, snapshot).filter((finding) => finding.file === 'images/tour_1_en.png')).toEqual([]);
  });

  it('reports an English screen on a Russian slide, unless the Latin words are the widget’s own names', () => {
    const english = withText({ 'images/tour_1_ru.png': read('rus+eng', 'Dashboard Leads Tasks Contacts', 'Save Cancel') });
    const [finding] = findingsOf(imageForeignTextRule, english);
    expect(finding.message).toMatch(/^tour_1_ru\.png \(ru\) shows words in Latin letters on a Russian image: «Dashboard», /);
    expect(finding.help?.en).toContain('«Dashboard» at 20,40');
    // "Telegram" and "Acme" are in the widget's Russian texts; three names among Russian words stay.
    const names = withText({ 'images/tour_1_ru.png': read('rus+eng', 'Сделки в Telegram через Acme', 'Настройки бота') });
    expect(findingsOf(imageForeignTextRule, names)).toEqual([]);
  });

  it('tells Latin-script languages apart by their function and interface words: an English sentence on a Spanish slide', () => {
    const snapshot = {
      ...validSnapshot('kommo'),
      imageText: { 'images/tour_1_es.png': read('spa+rus+eng', 'Escritorio Tareas Contactos', 'Choose the pipeline and press the button to send your message to the client') },
    };
    const [finding] = findingsOf(imageForeignTextRule, snapshot, 'kommo');
    expect(finding.message).toMatch(/^tour_1_es\.png \(es\) shows English text: «Choose», «the», «and» and \d+ more$/);
    expect(finding.locale).toBe('es');
  });

  it('tells an English screen of labels on a Spanish slide by its interface words too, through stray letters from icons', () => {
    // The shape of a real Kommo widget's es and pt slides: one English screenshot for every locale, few
    // sentences, and "al" and "e" read from an icon and a cut-off word.
    const english = read(
      'spa+rus+eng',
      'Remaining Balance Available for insurance',
      'Insurance Plan Selection al',
      'Choose Your Preferred Plan',
      'Intervention in Native Country Coverage None',
      'Page options Insured Information e Name',
    );
    const snapshot = { ...validSnapshot('kommo'), imageText: { 'images/tour_1_es.png': english } };
    const [finding] = findingsOf(imageForeignTextRule, snapshot, 'kommo');
    expect(finding?.message).toMatch(/^tour_1_es\.png \(es\) shows English text: «Available», «for», «Choose» and \d+ more$/);
    expect(finding.marks?.map((mark) => mark.text)).toEqual(['Available', 'for', 'Choose', 'Your', 'in', 'None', 'Name']);

    // A Spanish screen with English product words and one English button stays clean.
    const spanish = read(
      'spa+rus+eng',
      'Campo de cumpleaños Añadir nuevo campo',
      'Elige un campo que tenga la fecha',
      'Integration Widget Chat TEMPLATES Save',
    );
    expect(findingsOf(imageForeignTextRule, { ...validSnapshot('kommo'), imageText: { 'images/tour_1_es.png': spanish } }, 'kommo')).toEqual([]);
  });

  it('weighs interface words only between languages that both have them: an Indonesian screen under English menu labels', () => {
    // English has a list of interface words ("Settings", "Save"), Indonesian only function words.
    const snapshot = withText({
      'images/tour_1_en.png': read('eng+rus', 'Dashboard Leads Settings Save', 'Pilih saluran dan klik tombol untuk mengirim pesan anda dengan mudah'),
    });
    const [finding] = findingsOf(imageForeignTextRule, snapshot);
    expect(finding?.message).toMatch(/^tour_1_en\.png \(en\) shows Indonesian text: «dan», «untuk», «anda» and 1 more$/);
  });

  it('checks a logo against every declared locale and points at the logo maker', () => {
    const snapshot = withText({ 'images/logo_main.png': read('rus+eng', 'Acme', 'Лучший помощник продаж') });
    const findings = findingsOf(imageForeignTextRule, snapshot);
    expect(findings.map((finding) => finding.locale)).toEqual(['en']);
    expect(findings[0].message).toMatch(/^logo_main\.png \(en\) shows Russian text: «Лучший»/);
    expect(findings[0].actions).toEqual([{ kind: 'make-logos' }]);
    expect(findings[0].help?.en).toContain('keep only the brand name');
  });

  it('on a Russian logo counts Latin words only when they read as a language, not as a company’s Latin name and tagline', () => {
    const ruFindings = (path: string, ...lines: string[]) => findingsOf(imageForeignTextRule, withText({ [path]: read('rus+eng', ...lines) })).filter((finding) => finding.locale === 'ru');
    // A real widget's logo: its Russian title above the developer's logotype.
    expect(ruFindings('images/logo_main.png', 'Улучшение интерфейса', 'Rubikon digital agency')).toEqual([]);
    expect(ruFindings('images/logo_main.png', 'Улучшение интерфейса', 'Make your sales simple with the best tool').map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^logo_main\.png \(ru\) shows English text: «Make», «your», «sales» and \d+ more$/),
    ]);
    // On a slide the same words are interface text, not a brand: they count.
    expect(ruFindings('images/tour_1_ru.png', 'Улучшение интерфейса', 'Rubikon digital agency')).toHaveLength(1);
  });

  it('does not count the widget’s own Latin brand name read in Cyrillic look-alikes ("Асте" for Acme in a bold logo)', () => {
    const snapshot = withText({ 'images/logo_main.png': read('rus+eng', 'Асте', 'Лучший помощник продаж') });
    const [finding] = findingsOf(imageForeignTextRule, snapshot);
    expect(finding.marks?.map((mark) => mark.text)).toEqual(['Лучший', 'помощник', 'продаж']);
    // Only the name misread: not enough Russian words left for a finding.
    expect(findingsOf(imageForeignTextRule, withText({ 'images/logo_main.png': read('rus+eng', 'Асте Telegram', 'Сделки') }))).toEqual([]);
    // A Russian word that is not a misread name still counts.
    expect(findingsOf(imageForeignTextRule, withText({ 'images/logo_main.png': read('rus+eng', 'Асте Сделки', 'Задачи') }))[0].marks?.map((mark) => mark.text)).toEqual(['Сделки', 'Задачи']);
  });

  it('reads slides in their locale’s language first and logos in every declared one, never the tiny logos', () => {
    const context = createRuleContext(validSnapshot(), platformProfile('amocrm'), {});
    const plan = textImages(context).map((image) => `${image.path} ${image.kind} ${image.locales.join(',')} ${image.languages}`);
    expect(plan).toEqual([
      'images/tour_1_ru.png slide ru rus+eng',
      'images/tour_1_en.png slide en eng+rus',
      'images/logo_main.png logo ru,en rus+eng',
      'images/logo_medium.png logo ru,en rus+eng',
    ]);
  });
});
