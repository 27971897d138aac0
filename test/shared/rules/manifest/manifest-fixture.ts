import { checkWidget } from '../../../../shared/check/check-widget';
import type { Finding } from '../../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../../shared/model/snapshot';
import type { PlatformId } from '../../../../shared/platform/profiles';
import type { Rule } from '../../../../shared/rules/rule';
import { validI18n, validManifest, validSnapshot, type FixtureFiles } from '../../../helpers/widget-fixture';

export type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Findings of one rule on a snapshot. */
export function findingsOf(rule: Rule, snapshot: WidgetSnapshot, platform: PlatformId = 'amocrm'): Finding[] {
  return checkWidget(snapshot, { rules: [rule], platform }).findings;
}

/** The valid widget with its manifest changed by `change` (and optional extra files). */
export function withManifest(
  change: (manifest: Manifest) => void,
  platform: PlatformId = 'amocrm',
  files: FixtureFiles = {},
): WidgetSnapshot {
  const manifest: Manifest = validManifest(platform);
  change(manifest);
  return validSnapshot(platform, { 'manifest.json': manifest, ...files });
}

/** The valid widget with manifest.json given as raw text (for positions). */
export function withManifestText(text: string, platform: PlatformId = 'amocrm', files: FixtureFiles = {}): WidgetSnapshot {
  return validSnapshot(platform, { 'manifest.json': text, ...files });
}

/** i18n files for `locales` with `extra` merged into each (deeply, one level of groups). */
export function i18nFiles(locales: readonly string[], extra: Record<string, Record<string, unknown>> = {}): FixtureFiles {
  const files: FixtureFiles = {};
  for (const locale of locales) {
    const texts = validI18n(locale) as Record<string, Record<string, unknown>>;
    for (const [group, values] of Object.entries(extra)) texts[group] = { ...(texts[group] ?? {}), ...values };
    files[`i18n/${locale}.json`] = texts;
  }
  return files;
}
