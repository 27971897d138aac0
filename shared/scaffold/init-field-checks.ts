/**
 * One check per answer of `init`, run while the user types: each returns null when the answer is
 * fine, else what is wrong with it in words that name no flag (the same checks serve the prompts
 * and, through resolveInitInput, the flags).
 */
import { platformProfile, type PlatformId } from '../platform/profiles';
import { followsViaPattern } from '../rules/text/name-via';
import { firstCyrillicWord, usesCyrillic } from '../rules/text/wrong-language';
import { visibleLength } from '../text/visible-length';
import { WIDGET_CODE_PATTERN } from './widget-scaffold';

export type FieldProblem = string | null;

/** The store name: the given name when it already says "via", else "Name via Company". */
export function storeName(name: string, company: string | undefined): string {
  if (followsViaPattern(name) || !company) return name;
  return `${name} via ${company}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Locale codes as typed (`EN, ru`), lower-cased and split on commas and spaces. */
export function parseLocaleList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

export function checkLocales(platform: PlatformId, locales: readonly string[]): FieldProblem {
  const profile = platformProfile(platform);
  if (locales.length === 0) return `Choose at least one of ${profile.locales.join(', ')}.`;
  const unknown = locales.filter((locale) => !profile.locales.includes(locale));
  if (unknown.length > 0) return `${profile.displayName} does not offer ${unknown.join(', ')}; it offers ${profile.locales.join(', ')}.`;
  if (new Set(locales).size !== locales.length) return 'A locale is listed twice.';
  return null;
}

/** A store text in a locale not written in Cyrillic must not be Russian (text/wrong-language). */
function languageProblem(value: string, locale: string): FieldProblem {
  if (usesCyrillic(locale)) return null;
  const word = firstCyrillicWord(value);
  return word ? `"${word}" is Cyrillic; the ${locale} text must be in that language.` : null;
}

function textProblem(value: string, locale: string, max: number, what: string): FieldProblem {
  const text = value.trim();
  if (text === '') return `Type the ${what}.`;
  const length = visibleLength(text);
  if (length > max) return `${length} characters; the store allows ${max}. Shorten it by ${length - max}.`;
  return languageProblem(text, locale);
}

export function checkCompany(value: string): FieldProblem {
  return value.trim() === '' ? 'Type your company: the store name reads "Product via Company".' : null;
}

/** The name as the store shows it ("Name via Company") must fit the platform's limit. */
export function checkName(platform: PlatformId, locale: string, value: string, company: string | undefined): FieldProblem {
  const name = value.trim();
  if (name === '') return 'Type the product name.';
  const full = storeName(name, company);
  const { nameMax } = platformProfile(platform).text;
  const length = visibleLength(full);
  if (length > nameMax) return `"${full}" is ${length} characters; the store allows ${nameMax}. Shorten it by ${length - nameMax}.`;
  return languageProblem(name, locale);
}

export function checkTeaser(platform: PlatformId, locale: string, value: string): FieldProblem {
  return textProblem(value, locale, platformProfile(platform).text.teaserMax, 'short description');
}

export function checkDescription(platform: PlatformId, locale: string, value: string): FieldProblem {
  return textProblem(value, locale, platformProfile(platform).text.descriptionMax, 'description');
}

export function checkEmail(value: string): FieldProblem {
  return isEmailAddress(value) ? null : `"${value.trim()}" is not an email address (name@example.com).`;
}

export function checkSupportLink(value: string): FieldProblem {
  return isHttpsUrl(value) ? null : `"${value.trim()}" is not an https:// address.`;
}

export function checkWidgetCode(value: string): FieldProblem {
  return WIDGET_CODE_PATTERN.test(value.trim())
    ? null
    : '3 to 50 lower-case Latin letters, digits and underscores, starting with a letter (e.g. acme_deals).';
}

/** "12/30" for a prompt's live counter: the length the store will see against its limit. */
export function lengthCounter(text: string, max: number): string {
  return `${visibleLength(text.trim())}/${max}`;
}
