import { platformProfile, type PlatformId } from '../platform/profiles';
import { followsViaPattern } from '../rules/text/name-via';
import { visibleLength } from '../text/visible-length';
import { checkLocales, isEmailAddress, isHttpsUrl, storeName } from './init-field-checks';
import { deriveWidgetCode, WIDGET_CODE_PATTERN, type ScaffoldAnswers } from './widget-scaffold';

/** A text given once for every locale, or per locale (`--name ru:Сделки`); per locale wins. */
export interface LocalizedInput {
  all?: string;
  byLocale: Record<string, string>;
}

export interface InitInput {
  platform: PlatformId;
  locales: string[];
  company?: string;
  name: LocalizedInput;
  teaser: LocalizedInput;
  description: LocalizedInput;
  supportEmail?: string;
  supportLink?: string;
  code?: string;
}

export type ResolvedInit = { ok: true; answers: ScaffoldAnswers } | { ok: false; problems: string[] };

export function emptyLocalized(): LocalizedInput {
  return { byLocale: {} };
}

/**
 * Adds one `--name` value: `ru:Text` sets one locale when `ru` is a locale code the platforms know,
 * anything else is the text for every locale.
 */
export function addLocalizedValue(input: LocalizedInput, value: string, knownLocales: readonly string[]): LocalizedInput {
  const match = /^([a-z]{2}):([\s\S]*)$/i.exec(value);
  // The locale prefix is a choice value, so `EN:` is `en:` as `--locales EN` is `en`.
  const locale = match?.[1].toLowerCase();
  if (match && locale && knownLocales.includes(locale)) return { ...input, byLocale: { ...input.byLocale, [locale]: match[2].trim() } };
  return { ...input, all: value.trim() };
}

export function localizedValue(input: LocalizedInput, locale: string): string | undefined {
  const value = input.byLocale[locale] ?? input.all;
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export { storeName };

/** Checks what init was given and turns it into scaffold answers, or lists every problem with the flag to fix it. */
export function resolveInitInput(input: InitInput): ResolvedInit {
  const profile = platformProfile(input.platform);
  const problems: string[] = [];
  const { nameMax, teaserMax, descriptionMax } = profile.text;

  const locales = input.locales.map((locale) => locale.trim().toLowerCase()).filter(Boolean);
  const localeProblem = checkLocales(input.platform, locales);
  if (localeProblem) problems.push(`--locales: ${localeProblem}`);

  const company = input.company?.trim() || undefined;
  const names: Record<string, string> = {};
  const teasers: Record<string, string> = {};
  const descriptions: Record<string, string> = {};
  const perLocaleHint = (flag: string, locale: string) =>
    locales.length > 1 ? `--${flag} "<text>" (or --${flag} "${locale}:<text>" for ${locale} only)` : `--${flag} "<text>"`;

  for (const locale of locales) {
    const name = localizedValue(input.name, locale);
    const teaser = localizedValue(input.teaser, locale);
    const description = localizedValue(input.description, locale);
    if (name === undefined) problems.push(`The widget name for ${locale} is missing: pass ${perLocaleHint('name', locale)}.`);
    else if (!followsViaPattern(name) && !company) {
      problems.push(`The store name must read "Product via Company": pass --company "<your company>" (or a name that already says "via").`);
    } else {
      const full = storeName(name, company);
      names[locale] = full;
      const length = visibleLength(full);
      if (length > nameMax) {
        problems.push(`The name for ${locale}, "${full}", is ${length} characters; the store allows ${nameMax}. Shorten --name or --company.`);
      }
    }
    if (teaser === undefined) problems.push(`The teaser for ${locale} is missing: pass ${perLocaleHint('teaser', locale)}.`);
    else {
      teasers[locale] = teaser;
      const length = visibleLength(teaser);
      if (length > teaserMax) problems.push(`The teaser for ${locale} is ${length} characters; the store allows ${teaserMax}. Shorten --teaser.`);
    }
    if (description === undefined) problems.push(`The description for ${locale} is missing: pass ${perLocaleHint('description', locale)}.`);
    else {
      descriptions[locale] = description;
      const length = visibleLength(description);
      if (length > descriptionMax) {
        problems.push(`The description for ${locale} is ${length} characters; the store allows ${descriptionMax}. Shorten --description.`);
      }
    }
  }

  const supportEmail = input.supportEmail?.trim() || undefined;
  const supportLink = input.supportLink?.trim() || undefined;
  if (!supportEmail && !supportLink) {
    problems.push('Support contact is missing: pass --support-email <address> or --support-link <https://...> (the manifest requires one).');
  }
  if (supportEmail && !isEmailAddress(supportEmail)) problems.push(`--support-email "${supportEmail}" is not an email address.`);
  if (supportLink && !isHttpsUrl(supportLink)) problems.push(`--support-link "${supportLink}" must be an https:// address.`);

  const code = input.code?.trim() || deriveWidgetCode(company ?? '', latinName(input, locales) ?? '');
  if (!code) {
    problems.push('A widget code could not be made from the name (it needs Latin letters): pass --code <code>, e.g. --code acme_deals.');
  } else if (!WIDGET_CODE_PATTERN.test(code)) {
    problems.push(`--code "${code}" must be 3 to 50 lower-case Latin letters, digits and underscores, starting with a letter, e.g. acme_deals.`);
  }

  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return {
    ok: true,
    answers: {
      platform: input.platform,
      locales,
      names,
      teasers,
      descriptions,
      code: code as string,
      ...(supportEmail ? { supportEmail } : {}),
      ...(supportLink ? { supportLink } : {}),
    },
  };
}

/** A product name written in Latin letters (English first), to make the code from. */
function latinName(input: InitInput, locales: readonly string[]): string | undefined {
  const candidates = ['en', ...locales].map((locale) => localizedValue(input.name, locale)).filter((name): name is string => !!name);
  const viaFree = candidates.map((name) => name.replace(/\s+via\s+.*$/iu, ''));
  return viaFree.find((name) => /[a-z]/i.test(name) && !/[\u0400-\u04FF]/.test(name));
}
