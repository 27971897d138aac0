import { InvalidArgumentError, Option } from 'commander';
import { PLATFORM_IDS } from '../../shared/platform/profiles';

/**
 * An option whose value is one of `choices`, matched without regard to case (`--platform Kommo`,
 * `--format JSON`): the help still lists the choices, and the value handed to the command is the
 * canonical spelling.
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices([...choices]).argParser((value: string) => {
    const match = choices.find((choice) => choice.toLowerCase() === value.trim().toLowerCase());
    if (match === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return match;
  });
}

/**
 * `--platform`, described by what it changes for this command. Where it is not given, the config's
 * `platform` decides, else the widget itself (its locales, areas and platform addresses), else amoCRM.
 */
export function platformOption(whatItDoes: string): Option {
  return choiceOption('--platform <platform>', whatItDoes, PLATFORM_IDS);
}

/** The usual end of a `--platform` help text: where the platform comes from when the flag is absent. */
export const PLATFORM_FALLBACK = 'default: the config, else detected from the widget, else amocrm';

export function parseNonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}
