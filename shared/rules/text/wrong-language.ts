import type { I18nFile, RuleContext } from '../../check/rule-context';
import type { Report } from '../rule';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';
import { i18nFilesInOrder, i18nStrings, positionInString } from '../i18n/i18n-entries';
import {
  FILE_THRESHOLDS,
  LANGUAGE_NAMES,
  LANGUAGE_NAMES_RU,
  VALUE_THRESHOLDS,
  isUiWord,
  languageEvidence,
  languageOfLocale,
  mergeEvidence,
  plainlyOtherLanguage,
  type LanguageCode,
} from './language-detection';
import { quote, scannedTexts } from './store-texts';

/** Locales written in Cyrillic. Of the locales the stores offer, only ru. */
const CYRILLIC_LOCALES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /[\p{L}\p{M}]/u;
const MAX_FINDINGS_PER_FILE = 10;
const FUNCTION_WORDS_RU = ['служебное слово', 'служебных слова', 'служебных слов'] as const;

/** The word around the first Cyrillic letter, found in linear time (values can be long). */
export function firstCyrillicWord(text: string): string | null {
  const match = CYRILLIC.exec(text);
  if (!match) return null;
  const chars = Array.from(text.slice(Math.max(0, match.index - 40), match.index + 40));
  const offset = Array.from(text.slice(Math.max(0, match.index - 40), match.index)).length;
  let start = offset;
  let end = offset + 1;
  while (start > 0 && LETTER.test(chars[start - 1])) start -= 1;
  while (end < chars.length && LETTER.test(chars[end])) end += 1;
  return chars.slice(start, end).join('');
}

export function usesCyrillic(locale: string): boolean {
  return CYRILLIC_LOCALES.has(locale.split(/[-_]/)[0].toLowerCase());
}

function reportCyrillic(context: RuleContext, report: Report): void {
  const perFile = new Map<string, number>();
  const anyLatinLocale = context.locales.some((locale) => !usesCyrillic(locale));
  for (const text of scannedTexts(context)) {
    if (text.locale === null ? !anyLatinLocale : usesCyrillic(text.locale)) continue;
    const word = firstCyrillicWord(text.value);
    if (!word) continue;
    const count = (perFile.get(text.file) ?? 0) + 1;
    perFile.set(text.file, count);
    if (count > MAX_FINDINGS_PER_FILE) continue;
    const position = text.i18n ? positionInString(text.i18n.file, text.i18n.entry, word) : { line: text.line, column: text.column };
    const where = text.locale === null ? `${text.file} (${text.key}, shown in every locale)` : `"${text.key}" in ${text.file}`;
    const whereRu = text.locale === null ? `${text.file} (${text.key}, показывается во всех локалях)` : `"${text.key}" в ${text.file}`;
    const target = text.locale === null ? 'each locale' : `the ${text.locale} locale`;
    const targetRu = text.locale === null ? 'всех локалей' : `локали ${text.locale}`;
    report({
      file: text.file,
      ...position,
      locale: text.locale,
      message: {
        en: `${where} contains Cyrillic (Russian) text, starting at "${word}": ${quote(text.value, 50)}`,
        ru: `${whereRu} содержит кириллицу (русский текст), начиная со слова "${word}": ${quote(text.value, 50)}`,
      },
      help: {
        en: `Texts for ${target} must not contain Russian words; translate it${text.locale === null ? ' and move it into the i18n files' : ''}.`,
        ru: `В текстах для ${targetRu} не должно быть русских слов; переведите его${text.locale === null ? ' и перенесите в языковые файлы' : ''}.`,
      },
    });
  }
  for (const [file, count] of perFile) {
    if (count <= MAX_FINDINGS_PER_FILE) continue;
    report({
      file,
      line: null,
      column: null,
      locale: [...context.i18n.values()].find((i18n) => i18n.path === file)?.locale ?? null,
      message: {
        en: `${file} has ${count - MAX_FINDINGS_PER_FILE} more texts with Cyrillic (Russian) letters`,
        ru: `В ${file} ещё ${countRu(count - MAX_FINDINGS_PER_FILE, ['текст', 'текста', 'текстов'])} с кириллицей (русскими буквами)`,
      },
      help: { en: 'Translate the whole file.', ru: 'Переведите весь файл.' },
    });
  }
}

const ALL_LANGUAGES = Object.keys(LANGUAGE_NAMES) as LanguageCode[];

/** Where a warning about one text of an i18n file points. */
function warningAt(file: I18nFile, entry: { line: number; column: number }) {
  return { file: file.path, line: entry.line, column: entry.column, locale: file.locale, severity: 'warning' as const };
}

const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

/**
 * A label in a Cyrillic locale written only in Latin letters and holding an English interface word
 * ("Secret key:", "login") is untranslated: function words never show in such short texts. Brand and
 * product names (Telegram, API, amoCRM) are not interface words, so "Telegram API" passes.
 */
function untranslatedLabel(value: string): string | null {
  if (CYRILLIC.test(value) || /^(?:https?:\/\/|www\.)|@|#[A-Z_]+#|^[\w-]+\.[\w.-]+$/i.test(value.trim())) return null;
  const words = value.match(LATIN_WORD) ?? [];
  return words.find((word) => isUiWord(word.toLowerCase(), 'en')) ? value.trim() : null;
}

function reportLatinLabels(context: RuleContext, file: I18nFile, report: Report): void {
  if (!usesCyrillic(file.locale)) return;
  // Sentences the function words already identify are reported above; this catches the short labels.
  // Store texts (widget.*) and identifiers left as values (`w_settings`) are text/placeholder's findings: not said twice.
  const labels = i18nStrings(context, file).filter(
    (entry) =>
      !entry.key.startsWith('widget.') &&
      !/^[\w-]*_[\w-]*$/.test(entry.value.trim()) &&
      untranslatedLabel(entry.value) !== null &&
      !plainlyOtherLanguage(languageEvidence(entry.value), 'ru', VALUE_THRESHOLDS),
  );
  for (const entry of labels.slice(0, MAX_FINDINGS_PER_FILE)) {
    report({
      ...warningAt(file, entry),
      message: {
        en: `"${entry.key}" in ${file.path} is English, not Russian: ${quote(entry.value, 50)}.`,
        ru: `Текст "${entry.key}" в ${file.path} на английском, а не на русском: ${quote(entry.value, 50)}.`,
      },
      help: {
        en: 'Users of this locale read the label as it is: translate it. Names of products and brands may stay in Latin letters.',
        ru: 'Пользователи этой локали увидят подпись как есть: переведите её. Названия продуктов и брендов можно оставить латиницей.',
      },
    });
  }
  if (labels.length > MAX_FINDINGS_PER_FILE) {
    report({
      file: file.path,
      line: null,
      column: null,
      locale: file.locale,
      severity: 'warning',
      message: {
        en: `${file.path} has ${labels.length - MAX_FINDINGS_PER_FILE} more English labels; translate the whole file.`,
        ru: `В ${file.path} ещё ${countRu(labels.length - MAX_FINDINGS_PER_FILE, ['английская подпись', 'английские подписи', 'английских подписей'])}; переведите весь файл.`,
      },
    });
  }
}

/** Returns true when the whole file was reported as another language. */
function reportMismatch(context: RuleContext, file: I18nFile, report: Report): boolean {
  const expected = languageOfLocale(file.locale);
  if (!expected) return false;
  // Cyrillic in a non-Cyrillic locale is already an error above; don't say it twice as "reads as Russian".
  const candidates = expected === 'ru' ? ALL_LANGUAGES : ALL_LANGUAGES.filter((language) => language !== 'ru');
  const entries = i18nStrings(context, file).map((entry) => ({ entry, evidence: languageEvidence(entry.value) }));
  const whole = mergeEvidence(entries.map((item) => item.evidence));
  const fileLanguage = plainlyOtherLanguage(whole, expected, FILE_THRESHOLDS, candidates);
  if (fileLanguage) {
    const other = LANGUAGE_NAMES[fileLanguage.language];
    const otherRu = LANGUAGE_NAMES_RU[fileLanguage.language];
    const expectedRu = LANGUAGE_NAMES_RU[expected];
    const example = entries.find((item) => plainlyOtherLanguage(item.evidence, expected, { minWords: 1, minHits: 1, minShare: 0 }, [fileLanguage.language]));
    report({
      file: file.path,
      line: example?.entry.line ?? 1,
      column: example?.entry.column ?? 1,
      locale: file.locale,
      severity: 'warning',
      message: {
        en: `${file.path} is for ${LANGUAGE_NAMES[expected]} (${file.locale}) but its texts read as ${other}`,
        ru: `${file.path} предназначен для ${expectedRu.of} языка (${file.locale}), но тексты в нём написаны на ${otherRu.on}`,
      },
      help: {
        en:
          `${fileLanguage.hits} ${other} function words against ${fileLanguage.own} ${LANGUAGE_NAMES[expected]}` +
          `${example ? `, e.g. "${example.entry.key}": ${quote(example.entry.value, 40)}` : ''}. ` +
          `Translate the file into ${LANGUAGE_NAMES[expected]}, or check that it is the right file.`,
        ru:
          `${countRu(fileLanguage.hits, FUNCTION_WORDS_RU)} на ${otherRu.on} против ${fileLanguage.own} на ${expectedRu.on}` +
          `${example ? `, например "${example.entry.key}": ${quote(example.entry.value, 40)}` : ''}. ` +
          `Переведите файл на ${expectedRu.name} или проверьте, тот ли это файл.`,
      },
    });
    return true;
  }
  let reported = 0;
  for (const { entry, evidence } of entries) {
    const other = plainlyOtherLanguage(evidence, expected, VALUE_THRESHOLDS, candidates);
    if (!other) continue;
    reported += 1;
    if (reported > MAX_FINDINGS_PER_FILE) break;
    report({
      ...warningAt(file, entry),
      message: {
        en: `"${entry.key}" reads as ${LANGUAGE_NAMES[other.language]}, not ${LANGUAGE_NAMES[expected]}: ${quote(entry.value, 50)}`,
        ru: `Текст "${entry.key}" написан на ${LANGUAGE_NAMES_RU[other.language].on}, а не на ${LANGUAGE_NAMES_RU[expected].on}: ${quote(entry.value, 50)}`,
      },
      help: {
        en: 'Translate it; the marketplace wants each locale free of words in other languages.',
        ru: 'Переведите его: маркетплейс требует, чтобы в каждой локали не было слов на других языках.',
      },
    });
  }
  return false;
}

export const textWrongLanguageRule = defineRule({
  id: 'text/wrong-language',
  defaultSeverity: 'error',
  summary: 'Each i18n file holds texts in its own language: no Russian in non-ru files, no untranslated texts.',
  summaryRu: 'Каждый языковой файл содержит тексты на своём языке: без русского текста в файлах не для ru и без непереведённых текстов.',
  docs:
    'Every locale must be fully translated and contain no words in other languages. Error: Cyrillic (Russian) ' +
    'letters in a file for a locale that is not written in Cyrillic (only ru among the offered locales), reported ' +
    'per text with its key and line. Warning: a file, or a sentence in it, plainly written in another of the ' +
    'languages the stores offer (English, Spanish, Portuguese, Turkish, Indonesian, Russian). That part counts only ' +
    'function words such as "the", "y", "não", so brand names, product terms, placeholders such as #SUBDOMAIN#, ' +
    'links never trigger it. Warning: a label of a Cyrillic locale (ru.json) written only in Latin letters and holding ' +
    'an English interface word ("Secret key:", "login", "Save"); names of products and brands (Telegram, API) pass.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "the i18n / en.json file does not contain Russian texts"'),
    SOURCES.amocrmChecklist('Support & localization: "Your widget is fully translated and contains no words in other languages"'),
    SOURCES.kommoChecklist('Support & localization: "Your widget is fully translated and contains no words in other languages"'),
  ],
  check(context, report) {
    reportCyrillic(context, report);
    for (const file of i18nFilesInOrder(context)) {
      if (!reportMismatch(context, file, report)) reportLatinLabels(context, file, report);
    }
  },
});
