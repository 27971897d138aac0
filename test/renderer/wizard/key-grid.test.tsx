import { describe, expect, it } from 'vitest';
import { addSettingsField } from '../../../shared/draft/draft-edits';
import { addI18nKey, addLocale, setI18nValue } from '../../../shared/draft/key-grid';
import { newDraft } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { KeyGrid } from '../../../renderer/src/wizard/steps/KeyGrid';
import { render } from './render';

const noop = () => undefined;

function draftWithGaps(): WidgetDraft {
  let draft = newDraft('amocrm', { name: 'Deals to Telegram', company: 'Acme' });
  for (const [field, en, ru] of [
    ['widget.short_description', 'Deal alerts in Telegram', 'Сделки в Telegram'],
    ['widget.description', 'Alerts about new deals.', 'Уведомления о сделках.'],
    ['widget.tour_description', 'Connect the bot.', 'Подключите бота.'],
  ]) {
    draft = setI18nValue(draft, field, 'en', en);
    draft = setI18nValue(draft, field, 'ru', ru);
  }
  draft = addSettingsField(draft, { code: 'api_key' });
  draft = setI18nValue(draft, 'settings.api_key', 'en', 'API key');
  draft = addI18nKey(draft, 'userLang.send');
  draft = setI18nValue(draft, 'userLang.send', 'en', 'Send');
  // A key the ru file lacks entirely (the draft of a widget read from its files can hold such a key).
  draft.i18nKeys.push({ key: 'userLang.cancel', values: { en: 'Cancel' } });
  return draft;
}

describe('the key grid', () => {
  it('marks a key missing from a locale apart from an empty value, and counts the keys with gaps', async () => {
    const html = await render(<KeyGrid draft={draftWithGaps()} onEdit={noop} />);
    expect(html.match(/key-grid__cell--missing/g)).toHaveLength(1);
    expect(html.match(/key-grid__cell--empty/g)).toHaveLength(2);
    expect(html).toContain('placeholder="missing"');
    expect(html).toContain('aria-label="userLang.cancel in ru"');
    expect(html).toContain('7 keys');
    expect(html).toContain('3 with gaps');
  });

  it('lets only keys the code uses be removed; store texts and labels go with their field', async () => {
    const html = await render(<KeyGrid draft={draftWithGaps()} onEdit={noop} />);
    expect(html).toContain('Remove userLang.send from every language');
    expect(html).not.toContain('Remove widget.name from every language');
    expect(html).not.toContain('Remove settings.api_key from every language');
    expect(html).toContain('settings field api_key');
  });

  it('gives a new locale every key, empty, and shows it as a column', async () => {
    const html = await render(<KeyGrid draft={addLocale(draftWithGaps(), 'es')} onEdit={noop} />);
    expect(html).toContain('>es</th>');
    expect(html).toContain('aria-label="widget.name in es"');
    expect(html.match(/key-grid__cell--empty/g)!.length).toBeGreaterThanOrEqual(7);
  });

  it('speaks Russian', async () => {
    const html = await render(<KeyGrid draft={draftWithGaps()} onEdit={noop} />, 'ru');
    expect(html).toContain('placeholder="нет ключа"');
    expect(html).toContain('7 ключей');
  });
});
