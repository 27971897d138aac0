import type { LocalizedMessage } from '../../model/finding';
import { countRu } from '../../text/plural-ru';
import { defineRule, SOURCES } from '../rule';
import { positionInString } from '../i18n/i18n-entries';
import { quote, scannedTexts } from './store-texts';

/**
 * A host name ending in the .ru top-level domain: labels of letters, digits and hyphens, then ".ru"
 * not followed by another label or letter ("lang.ru.json" and "guru" are not .ru domains). It may start
 * with a placeholder: "#SUBDOMAIN#.amocrm.ru".
 */
const RU_HOST = /(?<![\p{L}\p{N}_.-])((?:#[A-Z_]+#\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+ru)(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/giu;
/** "v1.ru", "2.0.ru": version-like labels, not a site. */
const VERSION_LABEL = /^v?\d+$/i;
const MAX_FINDINGS_PER_FILE = 10;

export function findRuDomains(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RU_HOST)) {
    const labels = match[1].split('.').slice(0, -1);
    if (labels.every((label) => VERSION_LABEL.test(label))) continue;
    found.push(match[1]);
  }
  return found;
}

function advice(host: string): LocalizedMessage {
  if (/(^|\.)amocrm\.ru$/i.test(host)) {
    return {
      en: 'For the account address write #SUBDOMAIN#.amocrm.#TOP_LEVEL_DOMAIN# (the platform fills in com or ru); for amoCRM pages link to amocrm.com.',
      ru: 'Для адреса аккаунта пишите #SUBDOMAIN#.amocrm.#TOP_LEVEL_DOMAIN# (платформа подставит com или ru); на страницы amoCRM ссылайтесь через amocrm.com.',
    };
  }
  return {
    en: 'Link to a site in this locale\'s language (a .com or local domain) instead.',
    ru: 'Вместо этого дайте ссылку на сайт на языке этой локали (домен .com или местный домен).',
  };
}

export const textRuDomainRule = defineRule({
  id: 'text/ru-domain',
  defaultSeverity: 'error',
  summary: 'i18n files of locales other than ru do not mention .ru domains.',
  summaryRu: 'Языковые файлы локалей, кроме ru, не упоминают домены .ru.',
  docs:
    'A file for a locale other than ru must not link to or mention a .ru domain (amocrm.ru, https://site.ru/help, ' +
    'www.site.ru, support@site.ru): every link must lead to a resource in that locale\'s language. For links to ' +
    'the user\'s own account use #SUBDOMAIN#.amocrm.#TOP_LEVEL_DOMAIN#, which the platform completes. Words such as ' +
    '"guru", file names such as "lang.ru.json" and version strings such as "v1.ru" are not domains and pass.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "the i18n / en.json file ... does not mention .ru domains"'),
    SOURCES.amocrmChecklist('Development > Clean files: "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"'),
    SOURCES.kommoChecklist('Development > Clean files: "the i18n / en.json file ... does not mention .ru domains"'),
  ],
  check(context, report) {
    const perFile = new Map<string, number>();
    for (const text of scannedTexts(context)) {
      if (!text.i18n || (text.locale ?? '').split(/[-_]/)[0].toLowerCase() === 'ru') continue;
      for (const host of findRuDomains(text.value)) {
        const count = (perFile.get(text.file) ?? 0) + 1;
        perFile.set(text.file, count);
        if (count > MAX_FINDINGS_PER_FILE) break;
        report({
          file: text.file,
          ...positionInString(text.i18n.file, text.i18n.entry, host),
          locale: text.locale,
          message: {
            en: `"${text.key}" mentions the .ru domain ${host} (${quote(text.value, 50)})`,
            ru: `"${text.key}" упоминает домен .ru ${host} (${quote(text.value, 50)})`,
          },
          help: {
            en: `Files of the ${text.locale} locale must not mention .ru domains. ${advice(host).en}`,
            ru: `В файлах локали ${text.locale} нельзя упоминать домены .ru. ${advice(host).ru}`,
          },
        });
      }
    }
    for (const [file, count] of perFile) {
      if (count <= MAX_FINDINGS_PER_FILE) continue;
      const more = count - MAX_FINDINGS_PER_FILE;
      report({
        file,
        line: null,
        column: null,
        message: { en: `${file} mentions .ru domains ${more} more times`, ru: `${file} упоминает домены .ru ещё ${countRu(more, ['раз', 'раза', 'раз'])}` },
        help: { en: 'Replace them all.', ru: 'Замените их все.' },
      });
    }
  },
});
