import { DEFAULT_PLATFORM, platformProfile, type PlatformId } from '../platform/profiles';
import {
  findMissingInputs,
  gatherMessageInputs,
  MessageInputError,
  type GatheredInputs,
  type LocaleTexts,
  type MessageLanguage,
  type ModerationMessageInput,
} from './message-inputs';

export { MessageInputError, type MessageLanguage, type MissingInput, type ModerationInfo, type ModerationMessageInput } from './message-inputs';

export interface ModerationMessageOptions {
  lang: MessageLanguage;
  /** An update of a published widget: restates name and description and says what changed. */
  update?: boolean;
  platform?: PlatformId;
}

/**
 * The request to send to the platform's support chat, following the upload page's list
 * (amocrm-widget-upload.ru.md, "Как передать виджет на модерацию"): integration id or widget code and
 * account id; how the widget works; how to connect and use it; test data if needed; support phone and
 * email; for an update, the name and description and what changed.
 * Throws MessageInputError naming every missing input instead of leaving a blank.
 */
export function writeModerationMessage(input: ModerationMessageInput, options: ModerationMessageOptions): string {
  const update = options.update ?? false;
  const inputs = gatherMessageInputs(input, options.lang);
  const missing = findMissingInputs(inputs, update, options.lang);
  if (missing.length > 0) throw new MessageInputError(missing);
  const platform = platformProfile(options.platform ?? DEFAULT_PLATFORM).displayName;
  const words = options.lang === 'ru' ? RU : EN;
  return render(inputs, words, platform, options.lang, update);
}

interface Words {
  greeting: string;
  publish(name: string, platform: string): string;
  publishUpdate(name: string, version: string, platform: string): string;
  integration: string;
  integrationId: string;
  widgetCode: string;
  accountId: string;
  name: string;
  teaser: string;
  description: string;
  version: string;
  languages: string;
  howItWorks: string;
  instructions: string;
  testData: string;
  noTestData: string;
  changes(version: string): string;
  texts: string;
  support: string;
  phone: string;
  email: string;
  supportPage: string;
  privacyPolicy(language: string): string;
  thanks: string;
}

const RU: Words = {
  greeting: 'Здравствуйте!',
  publish: (name, platform) => `Прошу провести модерацию и опубликовать виджет «${name}» в маркетплейсе ${platform}.`,
  publishUpdate: (name, version, platform) =>
    `Прошу провести модерацию обновления виджета «${name}» до версии ${version} в маркетплейсе ${platform}.`,
  integration: 'Интеграция',
  integrationId: 'ID интеграции',
  widgetCode: 'Код виджета',
  accountId: 'ID аккаунта, в котором создана интеграция',
  name: 'Название',
  teaser: 'Краткое описание',
  description: 'Описание',
  version: 'Версия',
  languages: 'Языки',
  howItWorks: 'Как работает виджет',
  instructions: 'Как подключить виджет и работать с ним',
  testData: 'Тестовые данные для подключения',
  noTestData: 'Не требуются.',
  changes: (version) => `Что изменилось в версии ${version}`,
  texts: 'Название и описание для публикации',
  support: 'Поддержка',
  phone: 'Телефон',
  email: 'Email',
  supportPage: 'Страница поддержки',
  privacyPolicy: (language) => `Политика конфиденциальности (${language})`,
  thanks: 'Спасибо!',
};

const EN: Words = {
  greeting: 'Hello,',
  publish: (name, platform) => `Please review and publish the widget "${name}" on the ${platform} Marketplace.`,
  publishUpdate: (name, version, platform) =>
    `Please review the update of the widget "${name}" to version ${version} on the ${platform} Marketplace.`,
  integration: 'Integration',
  integrationId: 'Integration ID',
  widgetCode: 'Widget code',
  accountId: 'ID of the account where the integration was created',
  name: 'Name',
  teaser: 'Short description',
  description: 'Description',
  version: 'Version',
  languages: 'Languages',
  howItWorks: 'How the widget works',
  instructions: 'How to connect the widget and use it',
  testData: 'Test data for connecting',
  noTestData: 'Not needed.',
  changes: (version) => `What changed in version ${version}`,
  texts: 'Name and description to publish',
  support: 'Support',
  phone: 'Phone',
  email: 'Email',
  supportPage: 'Support page',
  privacyPolicy: (language) => `Privacy policy (${language})`,
  thanks: 'Thank you!',
};

/** Language names in the message's language ("русский", "English"); the code itself if the runtime lacks the data. */
export function languageName(locale: string, lang: MessageLanguage): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(locale);
    return name && name !== locale ? name : locale;
  } catch {
    return locale;
  }
}

function render(inputs: GatheredInputs, words: Words, platform: string, lang: MessageLanguage, update: boolean): string {
  const name = inputs.texts.name ?? '';
  const version = inputs.version ?? '';
  const sections: Array<{ title: string; body: string[] }> = [];

  const integration: string[] = [];
  if (inputs.integrationId) integration.push(`${words.integrationId}: ${inputs.integrationId}`);
  if (inputs.widgetCode && !inputs.integrationId) integration.push(`${words.widgetCode}: ${inputs.widgetCode}`);
  integration.push(`${words.accountId}: ${inputs.accountId}`, '');
  if (!update) {
    integration.push(`${words.name}: ${name}`, `${words.teaser}: ${inputs.texts.teaser}`);
  }
  if (inputs.version) integration.push(`${words.version}: ${inputs.version}`);
  integration.push(`${words.languages}: ${inputs.locales.map((locale) => languageName(locale, lang)).join(', ')}`);
  sections.push({ title: words.integration, body: integration });

  if (update) sections.push({ title: words.changes(version), body: [inputs.changes ?? ''] });
  sections.push({ title: words.howItWorks, body: [inputs.howItWorks ?? ''] });
  sections.push({ title: words.instructions, body: [inputs.instructions ?? ''] });
  sections.push({ title: words.testData, body: [inputs.noTestData ? words.noTestData : (inputs.testData ?? words.noTestData)] });
  if (update) sections.push({ title: words.texts, body: localeTextBlocks(inputs.allTexts, words, lang) });
  sections.push({
    title: words.support,
    body: [
      `${words.phone}: ${inputs.supportPhone}`,
      `${words.email}: ${inputs.supportEmail}`,
      ...(inputs.supportLink ? [`${words.supportPage}: ${inputs.supportLink}`] : []),
      ...inputs.privacyPolicies.map((policy) => `${words.privacyPolicy(languageName(policy.locale, lang))}: ${policy.url}`),
    ],
  });

  const lines = [words.greeting, '', update ? words.publishUpdate(name, version, platform) : words.publish(name, platform), ''];
  sections.forEach((section, index) => {
    lines.push(`${index + 1}. ${section.title}`, ...section.body, '');
  });
  lines.push(words.thanks);
  return `${lines.join('\n')}\n`;
}

function localeTextBlocks(allTexts: readonly LocaleTexts[], words: Words, lang: MessageLanguage): string[] {
  const lines: string[] = [];
  allTexts.forEach((texts, index) => {
    if (index > 0) lines.push('');
    const language = languageName(texts.locale, lang);
    lines.push(`[${language.charAt(0).toUpperCase()}${language.slice(1)}, ${texts.locale}]`);
    lines.push(`${words.name}: ${texts.name ?? ''}`);
    if (texts.teaser) lines.push(`${words.teaser}: ${texts.teaser}`);
    lines.push(`${words.description}: ${texts.description ?? ''}`);
  });
  return lines;
}
