import type { Rule } from '../rule';
import { httpsUrlRule } from './https-url';
import { i18nRefRule } from './i18n-ref';
import { interfaceVersionRule } from './interface-version';
import { jsonSyntaxRule } from './json-syntax';
import { legacyKeysRule } from './legacy-keys';
import { localeRule } from './locale';
import { locationRule } from './location';
import { locationBlockRule } from './location-block';
import { requiredFieldRule } from './required-field';
import { schemaRule } from './schema';
import { settingsFieldRule } from './settings-field';
import { settingsPlaceholderRule } from './settings-placeholder';
import { showcaseRule } from './showcase';
import { supportRule } from './support';
import { tourRule } from './tour';
import { versionRule } from './version';

/** Rules of the `manifest/` group, in the order they appear in docs/rules.md. */
export const manifestRules: readonly Rule[] = [
  jsonSyntaxRule,
  schemaRule,
  requiredFieldRule,
  interfaceVersionRule,
  versionRule,
  supportRule,
  tourRule,
  i18nRefRule,
  localeRule,
  locationRule,
  locationBlockRule,
  httpsUrlRule,
  showcaseRule,
  settingsFieldRule,
  settingsPlaceholderRule,
  legacyKeysRule,
];
