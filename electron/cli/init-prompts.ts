/**
 * init's questions on a terminal, with @inquirer/prompts: line editing, lists to choose from, and each
 * answer checked as it is typed (a live length count, the store's limits, email, https, the platform's
 * locales), so a wrong answer is asked again instead of failing the whole command at the end.
 */
import type { input } from '@inquirer/prompts';
import { platformProfile, PLATFORM_IDS, type PlatformId } from '../../shared/platform/profiles';
import { followsViaPattern } from '../../shared/rules/text/name-via';
import {
  checkCompany,
  checkDescription,
  checkEmail,
  checkLocales,
  checkName,
  checkSupportLink,
  checkTeaser,
  checkWidgetCode,
  lengthCounter,
  storeName,
  type FieldProblem,
} from '../../shared/scaffold/init-field-checks';
import { localizedValue, type InitInput, type LocalizedInput } from '../../shared/scaffold/scaffold-answers';
import { deriveWidgetCode } from '../../shared/scaffold/widget-scaffold';
import type { CliContext } from './cli-context';
import { CliError } from './cli-error';
import { EXIT_INTERRUPTED } from './exit-codes';

/** The prompt library, loaded only when a question is asked: `init --yes` and CI never load it. */
const prompts = () => import('@inquirer/prompts');

/** Where the prompts read and write (inquirer's context argument). */
export type PromptContext = NonNullable<Parameters<typeof input>[1]>;


/** Questions are asked only when a person is there: stdin and the prompt's output are terminals. */
export function promptContext(cli: CliContext): PromptContext | null {
  const stdin = cli.io.stdin;
  if (stdin?.isTTY !== true) return null;
  // Prompts go to stdout on a terminal; when stdout is redirected, to stderr, so they stay visible.
  const output = [cli.io.stdout, cli.io.stderr].find((stream) => stream.isTTY === true);
  if (!output) return null;
  return { input: stdin, output: output as NodeJS.WritableStream, clearPromptOnDone: false };
}

type Validator = (value: string) => FieldProblem;

/** Inquirer wants true or the message; our checks return null or the message. */
const accept = (check: Validator) => (value: string) => check(value) ?? true;

/** Inquirer's Ctrl-C (ExitPromptError) becomes a clean stop that writes nothing. */
function cancelled(error: unknown): never {
  if (error instanceof Error && error.name === 'ExitPromptError') {
    throw new CliError('Stopped (Ctrl-C); nothing was written.', EXIT_INTERRUPTED);
  }
  throw error;
}

interface Asker {
  text(message: string, check: Validator, options?: { default?: string; counter?: (value: string) => string }): Promise<string>;
}

function asker(context: PromptContext): Asker {
  return {
    text: async (message, check, options = {}) => {
      const { input: ask } = await prompts();
      return ask(
        {
          message,
          ...(options.default ? { default: options.default, prefill: 'editable' as const } : {}),
          validate: accept(check),
          ...(options.counter ? { transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? value : `${value}  ${options.counter?.(value) ?? ''}`) } : {}),
        },
        context,
      ).then((answer) => answer.trim(), cancelled);
    },
  };
}

/** A value given as a flag is kept when it passes its check; otherwise its problem is shown and it is asked for, pre-filled. */
async function keepOrAsk(cli: CliContext, ask: Asker, given: string | undefined, message: string, check: Validator, counter?: (value: string) => string) {
  if (given !== undefined && given.trim() !== '') {
    const problem = check(given);
    if (problem === null) return given.trim();
    cli.err(`${message}: ${problem}\n`);
  }
  return ask.text(message, check, { default: given, counter });
}

export async function askPlatform(context: PromptContext): Promise<PlatformId> {
  const { select } = await prompts();
  return select<PlatformId>(
    {
      message: 'Marketplace',
      choices: PLATFORM_IDS.map((id) => ({ value: id, name: platformProfile(id).displayName, description: `locales ${platformProfile(id).locales.join(', ')}` })),
    },
    context,
  ).catch(cancelled);
}

export async function askLocales(context: PromptContext, platform: PlatformId): Promise<string[]> {
  const profile = platformProfile(platform);
  const { checkbox } = await prompts();
  return checkbox<string>(
    {
      message: `Locales of the widget (${profile.displayName}); space to choose, enter to confirm`,
      choices: profile.locales.map((locale) => ({ value: locale, checked: profile.defaultLocales.includes(locale) })),
      validate: (chosen) => checkLocales(platform, chosen.map((choice) => choice.value)) ?? true,
    },
    context,
  ).catch(cancelled);
}

/** Asks, one by one, for every answer the flags did not give (or gave wrong), checking each as it is typed. */
export async function askInitAnswers(cli: CliContext, context: PromptContext, input: InitInput): Promise<InitInput> {
  const ask = asker(context);
  const { platform, locales } = input;
  const { nameMax, teaserMax, descriptionMax } = platformProfile(platform).text;
  const answers: InitInput = { ...input };

  const namesSayVia = locales.every((locale) => followsViaPattern(localizedValue(input.name, locale) ?? ''));
  if (!namesSayVia || input.company !== undefined) {
    answers.company = await keepOrAsk(cli, ask, input.company, 'Company (the store name reads "Product via Company")', checkCompany);
  }
  const company = answers.company;
  const via = company ? ` + " via ${company}"` : '';
  let name: LocalizedInput = { ...input.name, byLocale: { ...input.name.byLocale } };
  let teaser: LocalizedInput = { ...input.teaser, byLocale: { ...input.teaser.byLocale } };
  let description: LocalizedInput = { ...input.description, byLocale: { ...input.description.byLocale } };
  for (const locale of locales) {
    const nameAnswer = await keepOrAsk(
      cli,
      ask,
      localizedValue(name, locale),
      `Product name (${locale})${via}, at most ${nameMax} in all`,
      (value) => checkName(platform, locale, value, company),
      (value) => lengthCounter(storeName(value.trim(), company), nameMax),
    );
    name = { ...name, byLocale: { ...name.byLocale, [locale]: nameAnswer } };
    const teaserAnswer = await keepOrAsk(
      cli,
      ask,
      localizedValue(teaser, locale),
      `Short description (${locale}), at most ${teaserMax}`,
      (value) => checkTeaser(platform, locale, value),
      (value) => lengthCounter(value, teaserMax),
    );
    teaser = { ...teaser, byLocale: { ...teaser.byLocale, [locale]: teaserAnswer } };
    const descriptionAnswer = await keepOrAsk(
      cli,
      ask,
      localizedValue(description, locale),
      `Description (${locale}), at most ${descriptionMax}`,
      (value) => checkDescription(platform, locale, value),
      (value) => lengthCounter(value, descriptionMax),
    );
    description = { ...description, byLocale: { ...description.byLocale, [locale]: descriptionAnswer } };
  }
  Object.assign(answers, { name, teaser, description });

  if (input.supportLink !== undefined || input.supportEmail !== undefined) {
    if (input.supportEmail !== undefined) answers.supportEmail = await keepOrAsk(cli, ask, input.supportEmail, 'Support email', checkEmail);
    if (input.supportLink !== undefined) answers.supportLink = await keepOrAsk(cli, ask, input.supportLink, 'Support page (https://...)', checkSupportLink);
  } else {
    answers.supportEmail = await ask.text('Support email (leave empty to give a support page instead)', (value) => (value.trim() === '' ? null : checkEmail(value)));
    if (answers.supportEmail === '') {
      answers.supportEmail = undefined;
      answers.supportLink = await ask.text('Support page (https://...)', checkSupportLink);
    }
  }

  const latin = localizedValue(name, 'en') ?? locales.map((locale) => localizedValue(name, locale)).find((value) => value && /^[\x20-\x7e]+$/.test(value));
  const suggested = deriveWidgetCode(company ?? '', latin ?? '') ?? undefined;
  const codeQuestion = 'Widget code (class names, CSS namespace)';
  answers.code = input.code !== undefined ? await keepOrAsk(cli, ask, input.code, codeQuestion, checkWidgetCode) : await ask.text(codeQuestion, checkWidgetCode, { default: suggested });
  return answers;
}
