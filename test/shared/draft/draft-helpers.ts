import { checkWidget } from '../../../shared/check/check-widget';
import { addSettingsField, setStoreText, setTourImages } from '../../../shared/draft/draft-edits';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import { existingTexts } from '../../../shared/draft/draft-snapshot';
import { setI18nValue } from '../../../shared/draft/key-grid';
import { newDraft } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import type { PlatformId } from '../../../shared/platform/profiles';
import { validI18n } from '../../helpers/widget-fixture';

/** A new widget as a user fills it in the wizard: texts in every locale, one setting, one slide per locale. */
export function filledNewDraft(platform: PlatformId = 'amocrm'): WidgetDraft {
  let draft = newDraft(platform, {
    name: 'Deals to Telegram',
    company: 'Acme',
    supportLink: 'https://acme-widgets.io/support',
    supportEmail: 'help@acme-widgets.io',
  });
  for (const locale of draft.locales) {
    const texts = validI18n(locale).widget as Record<string, string>;
    draft = setStoreText(draft, 'name', locale, texts.name);
    draft = setStoreText(draft, 'teaser', locale, texts.short_description);
    draft = setStoreText(draft, 'description', locale, texts.description);
    draft = setStoreText(draft, 'tourDescription', locale, texts.tour_description);
    draft = setTourImages(draft, locale, [`/images/tour_1_${locale}.png`]);
  }
  draft = addSettingsField(draft, { code: 'api_key', required: true });
  for (const locale of draft.locales) {
    draft = setI18nValue(draft, 'settings.api_key', locale, (validI18n(locale).settings as Record<string, string>).api_key);
  }
  return draft;
}

export function decoded(snapshot: WidgetSnapshot, path: string): string {
  const bytes = snapshot.files.find((file) => file.path === path)?.bytes;
  if (!bytes) throw new Error(`${path} is not in the snapshot`);
  return new TextDecoder().decode(bytes);
}

export function findingsOf(draft: WidgetDraft, base?: WidgetSnapshot): Finding[] {
  return checkWidget(draftSnapshot(draft, base), { platform: draft.platform }).findings;
}

export function summarize(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId} ${finding.file ?? ''}:${finding.line ?? ''} ${finding.message}`);
}

export { existingTexts };
