import { checkWidget } from '../../../../shared/check/check-widget';
import type { Finding } from '../../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../../shared/model/snapshot';
import type { PlatformId } from '../../../../shared/platform/profiles';
import type { Rule } from '../../../../shared/rules/rule';
import { validI18n, validManifest, validSnapshot } from '../../../helpers/widget-fixture';

export function findingsOf(rule: Rule, snapshot: WidgetSnapshot, platform: PlatformId = 'amocrm'): Finding[] {
  return checkWidget(snapshot, { platform, rules: [rule] }).findings;
}

/** A valid widget whose `locale` i18n file has these store texts (widget.*) changed. */
export function withWidgetTexts(locale: string, texts: Record<string, string>, platform: PlatformId = 'amocrm'): WidgetSnapshot {
  const i18n = validI18n(locale);
  Object.assign(i18n.widget as Record<string, string>, texts);
  return validSnapshot(platform, { [`i18n/${locale}.json`]: i18n });
}

/** A valid widget whose `locale` i18n file gets extra keys. */
export function withExtraTexts(locale: string, extra: Record<string, unknown>, platform: PlatformId = 'amocrm'): WidgetSnapshot {
  return validSnapshot(platform, { [`i18n/${locale}.json`]: { ...validI18n(locale), ...extra } });
}

/** A valid widget that declares `locales`, each with its valid i18n file, plus `overrides`. */
export function withLocales(platform: PlatformId, locales: string[], overrides: Record<string, unknown> = {}): WidgetSnapshot {
  const manifest = validManifest(platform);
  (manifest.widget as Record<string, unknown>).locale = locales;
  const files: Record<string, object> = { 'manifest.json': manifest };
  for (const locale of locales) files[`i18n/${locale}.json`] = validI18n(locale);
  return validSnapshot(platform, { ...files, ...(overrides as Record<string, object>) });
}
