import { InvalidArgumentError, Option } from 'commander';
import { PLATFORM_IDS } from '../../shared/platform/profiles';

/** `--platform` wins over the config file's `platform`, which wins over the default (amocrm). */
export function platformOption(): Option {
  return new Option('--platform <platform>', 'marketplace to check against (default: config, else amocrm)').choices([...PLATFORM_IDS]);
}

export function parseNonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}
