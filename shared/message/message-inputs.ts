import type { FixAction } from '../model/finding';
import type { WidgetConfig } from '../config/widget-config';
import { firstCyrillicWord, usesCyrillic } from '../rules/text/wrong-language';
import { declaredLocales, isRecord, looksLikeI18nKey, valueAtDotPath, widgetBlock } from '../widget/manifest-model';

export type MessageLanguage = 'ru' | 'en';

/** The `moderation` block of widget-publisher.json, after command-line flags were laid over it. */
export type ModerationInfo = NonNullable<WidgetConfig['moderation']>;

export interface ModerationMessageInput {
  /** Parsed manifest.json (undefined when it is missing or broken). */
  manifest: unknown;
  /** Parsed i18n files by locale. */
  i18n: Readonly<Record<string, unknown>>;
  moderation?: ModerationInfo;
}

/** One thing the message needs that nobody has given yet, and where to give it. */
export interface MissingInput {
  /** What it is, for a person: "account id". */
  input: string;
  /** Where to set it on the command line: a config key path, a manifest key, an i18n file, or a flag. */
  where: string;
  /** The same as data, for the app to name its own field and step (shared/model/finding.ts FixAction). */
  actions: FixAction[];
}

export class MessageInputError extends Error {
  constructor(readonly missing: readonly MissingInput[]) {
    const count = missing.length;
    super(
      [
        `The moderation message needs ${count} more input${count === 1 ? '' : 's'}; nothing was left blank:`,
        ...missing.map((item) => `  - ${item.input}: ${item.where}`),
      ].join('\n'),
    );
    this.name = 'MessageInputError';
  }
}

/** Texts of one locale as the store shows them. */
export interface LocaleTexts {
  locale: string;
  name: string | null;
  teaser: string | null;
  description: string | null;
}

/** Everything the message says, gathered and trimmed; null where nothing was given. */
export interface GatheredInputs {
  integrationId: string | null;
  widgetCode: string | null;
  accountId: string | null;
  howItWorks: string | null;
  instructions: string | null;
  testData: string | null;
  /** Declared explicitly: the widget connects to no other system, so reviewers need no test data. */
  noTestData: boolean;
  supportPhone: string | null;
  supportEmail: string | null;
  /** The support page of the manifest (widget.support.link). */
  supportLink: string | null;
  /** Privacy policy links by locale, in the widget's locale order. */
  privacyPolicies: Array<{ locale: string; url: string }>;
  changes: string | null;
  version: string | null;
  locales: string[];
  /** Texts in the message language (or its fallback). */
  texts: LocaleTexts;
  /** Texts of every declared locale (an update restates them all). */
  allTexts: LocaleTexts[];
}

const CONFIG_FILE = 'widget-publisher.json';

function given(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A manifest text is an i18n key (`widget.name`) resolved in the locale file, or a literal string. */
function resolveText(manifestValue: unknown, localeFile: unknown): string | null {
  const raw = given(manifestValue);
  if (raw === null) return null;
  if (!looksLikeI18nKey(raw)) return raw;
  return given(valueAtDotPath(localeFile, raw));
}

function textsOf(widget: Record<string, unknown> | null, locale: string, localeFile: unknown): LocaleTexts {
  return {
    locale,
    name: resolveText(widget?.name, localeFile),
    teaser: resolveText(widget?.short_description, localeFile),
    description: resolveText(widget?.description, localeFile),
  };
}

/**
 * The message language's locale first, then any declared locale that has the texts. An English
 * request never falls back to a Cyrillic locale: its texts would not be English.
 */
function localeOrder(lang: MessageLanguage, declared: readonly string[], available: readonly string[]): string[] {
  const order = lang === 'ru' ? ['ru', 'en', ...declared, ...available] : ['en', ...declared, ...available].filter((locale) => !usesCyrillic(locale));
  return [...new Set(order)].filter((locale) => available.includes(locale));
}

function privacyPolicies(moderation: ModerationInfo, locales: readonly string[]): Array<{ locale: string; url: string }> {
  const links = moderation.privacyPolicy ?? {};
  const order = [...new Set([...locales, ...Object.keys(links)])];
  return order.flatMap((locale) => {
    const url = given(links[locale]);
    return url ? [{ locale, url }] : [];
  });
}

export function gatherMessageInputs(input: ModerationMessageInput, lang: MessageLanguage): GatheredInputs {
  const widget = widgetBlock(input.manifest);
  const moderation = input.moderation ?? {};
  const support = widget && isRecord(widget.support) ? widget.support : {};
  const locales = declaredLocales(input.manifest);
  const available = Object.keys(input.i18n);

  const candidates = localeOrder(lang, locales, available).map((locale) => textsOf(widget, locale, input.i18n[locale]));
  const texts = candidates.find((candidate) => candidate.name && candidate.teaser) ??
    candidates[0] ?? { locale: lang, name: null, teaser: null, description: null };

  return {
    integrationId: given(moderation.integrationId),
    // New widgets have no code in the manifest any more (upload page), but older ones still do.
    widgetCode: given(moderation.widgetCode) ?? given(widget?.code),
    accountId: given(moderation.accountId),
    howItWorks: given(moderation.howItWorks),
    instructions: given(moderation.instructions),
    testData: given(moderation.testData),
    noTestData: moderation.noTestData === true,
    supportPhone: given(moderation.supportPhone),
    supportEmail: given(moderation.supportEmail) ?? given(support.email),
    supportLink: given(support.link),
    privacyPolicies: privacyPolicies(moderation, locales),
    changes: given(moderation.changes),
    version: given(widget?.version),
    locales,
    texts,
    allTexts: locales.map((locale) => textsOf(widget, locale, input.i18n[locale])),
  };
}

function configKey(key: string, flag?: string): string {
  const flagHint = flag ? ` or pass ${flag}` : '';
  return `set "moderation.${key}" in ${CONFIG_FILE}${flagHint}`;
}

const NAME: FixAction = { kind: 'edit-in-step', step: 'texts', field: 'name' };
const DESCRIPTION: FixAction = { kind: 'edit-in-step', step: 'texts', field: 'description' };

/** Every required input that is missing, each with where to set it. Empty when the message can be written. */
export function findMissingInputs(inputs: GatheredInputs, update: boolean, lang: MessageLanguage = 'ru'): MissingInput[] {
  const missing: MissingInput[] = [];
  const need = (value: string | null, item: MissingInput) => {
    if (value === null) missing.push(item);
  };

  if (inputs.integrationId === null && inputs.widgetCode === null) {
    missing.push({
      input: 'integration id or widget code',
      where: `${configKey('integrationId', '--integration-id')}; if the integration is not created yet, ${configKey('widgetCode', '--widget-code')}`,
      actions: [{ kind: 'set-config', key: 'moderation.integrationId' }, { kind: 'set-config', key: 'moderation.widgetCode' }],
    });
  }
  need(inputs.accountId, { input: 'account id (the account the integration was created in)', where: configKey('accountId', '--account-id'), actions: [{ kind: 'set-config', key: 'moderation.accountId' }] });
  need(inputs.howItWorks, { input: 'how the widget works', where: configKey('howItWorks', '--how-it-works-file'), actions: [{ kind: 'set-config', key: 'moderation.howItWorks' }] });
  need(inputs.instructions, { input: 'how to connect the widget and work with it', where: configKey('instructions', '--instructions-file'), actions: [{ kind: 'set-config', key: 'moderation.instructions' }] });
  if (inputs.testData === null && !inputs.noTestData) {
    missing.push({
      input: 'test data (or that none is needed)',
      where: `${configKey('testData', '--test-data-file')}; if the widget connects to no other system, set "moderation.noTestData": true or pass --no-test-data`,
      actions: [{ kind: 'set-config', key: 'moderation.testData' }],
    });
  }
  if (inputs.testData !== null && inputs.noTestData) {
    missing.push({
      input: 'test data',
      where: 'test data is given and also declared not needed ("moderation.noTestData" or --no-test-data); keep the one that is true',
      actions: [{ kind: 'set-config', key: 'moderation.testData' }],
    });
  }
  need(inputs.supportPhone, { input: 'support phone', where: configKey('supportPhone', '--support-phone'), actions: [{ kind: 'set-config', key: 'moderation.supportPhone' }] });
  need(inputs.supportEmail, {
    input: 'support email',
    where: `${configKey('supportEmail', '--support-email')}, or "widget.support.email" in manifest.json`,
    actions: [{ kind: 'edit-in-step', step: 'support', field: 'email' }],
  });
  if (inputs.locales.length === 0) {
    missing.push({ input: 'languages', where: 'list the locales in "widget.locale" in manifest.json', actions: [{ kind: 'edit-in-step', step: 'locales' }] });
  }

  const textsFile = `i18n/${inputs.texts.locale}.json`;
  if (lang === 'en' && inputs.texts.name === null && inputs.locales.length > 0 && inputs.locales.every(usesCyrillic)) {
    missing.push({
      input: 'widget name and short description in English',
      where: 'the widget has texts only in Russian; add i18n/en.json and list "en" in "widget.locale"',
      actions: [{ kind: 'edit-in-step', step: 'locales' }],
    });
  } else {
    need(inputs.texts.name, { input: 'widget name', where: `"widget.name" in manifest.json, resolved in ${textsFile}`, actions: [NAME] });
    need(inputs.texts.teaser, {
      input: 'short description',
      where: `"widget.short_description" in manifest.json, resolved in ${textsFile}`,
      actions: [{ kind: 'edit-in-step', step: 'texts', field: 'short_description' }],
    });
  }

  if (update) {
    need(inputs.version, { input: 'version', where: '"widget.version" in manifest.json', actions: [{ kind: 'edit-in-step', step: 'basics', field: 'version' }] });
    need(inputs.changes, { input: 'what changed in this update', where: configKey('changes', '--changes'), actions: [{ kind: 'set-config', key: 'moderation.changes' }] });
    for (const texts of inputs.allTexts) {
      const file = `i18n/${texts.locale}.json`;
      if (texts.name === null && texts.locale !== inputs.texts.locale) missing.push({ input: `widget name (${texts.locale})`, where: `"widget.name" resolved in ${file}`, actions: [NAME] });
      if (texts.description === null) {
        missing.push({ input: `description (${texts.locale})`, where: `"widget.description" resolved in ${file}`, actions: [DESCRIPTION] });
      }
    }
  }
  missing.push(...findRussianOnlyInputs(inputs, lang));
  return dedupe(missing);
}

const ENGLISH_INPUTS: Array<{ key: 'howItWorks' | 'instructions' | 'testData' | 'changes'; input: string; flag: string }> = [
  { key: 'howItWorks', input: 'how the widget works', flag: '--how-it-works-file' },
  { key: 'instructions', input: 'how to connect the widget and work with it', flag: '--instructions-file' },
  { key: 'testData', input: 'test data', flag: '--test-data-file' },
  { key: 'changes', input: 'what changed in this update', flag: '--changes' },
];

/**
 * For a request in English, every text it quotes must be English: an input written only in Russian
 * stops the message and is named, instead of a mixed-language request reaching the reviewers.
 */
export function findRussianOnlyInputs(inputs: GatheredInputs, lang: MessageLanguage): MissingInput[] {
  if (lang !== 'en') return [];
  const found: MissingInput[] = [];
  for (const { key, input, flag } of ENGLISH_INPUTS) {
    const word = inputs[key] === null ? null : firstCyrillicWord(inputs[key]);
    if (word) {
      found.push({ input: `${input} in English`, where: `it is written in Russian ("${word}"); ${configKey(key, flag)} in English`, actions: [{ kind: 'set-config', key: `moderation.${key}` }] });
    }
  }
  const textsFile = `i18n/${inputs.texts.locale}.json`;
  for (const [field, input, key] of [
    [inputs.texts.name, 'widget name in English', 'widget.name'],
    [inputs.texts.teaser, 'short description in English', 'widget.short_description'],
  ] as const) {
    const word = field === null ? null : firstCyrillicWord(field);
    if (word) {
      found.push({
        input,
        where: `"${key}" in ${textsFile} is in Russian ("${word}"); add English texts in i18n/en.json and list "en" in "widget.locale"`,
        actions: [{ kind: 'edit-in-step', step: 'locales' }],
      });
    }
  }
  return found;
}

function dedupe(items: MissingInput[]): MissingInput[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.input}|${item.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
