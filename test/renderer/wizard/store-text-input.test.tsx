import { describe, expect, it } from 'vitest';
import { platformProfile } from '../../../shared/platform/profiles';
import { StoreTextInput } from '../../../renderer/src/wizard/steps/StoreTextInput';
import { render } from './render';

const amocrm = platformProfile('amocrm');
const noop = () => undefined;

describe('store text counters and live checks', () => {
  it('counts characters as a person sees them against the limit', async () => {
    const html = await render(<StoreTextInput field="name" locale="en" value="Deals to Telegram via Acme" profile={amocrm} company="Acme" onChange={noop} />);
    expect(html).toContain('>26/30<');
    expect(html).not.toContain('counter--over');
    expect(html).not.toContain('field__problem');
    // An emoji with a skin tone and a flag are one character each, as the store shows them.
    const emoji = await render(<StoreTextInput field="teaser" locale="en" value={'Deals 👍🏽 🇧🇷'} profile={amocrm} company="" onChange={noop} />);
    expect(emoji).toContain('>9/60<');
  });

  it('turns red past the limit and says by how much', async () => {
    const html = await render(<StoreTextInput field="name" locale="en" value="Deals to Telegram and WhatsApp notifications via Acme" profile={amocrm} company="Acme" onChange={noop} />);
    expect(html).toContain('counter counter--over');
    expect(html).toContain('>53/30<');
    expect(html).toContain('field__problem--error');
    expect(html).toContain('aria-invalid="true"');
  });

  it('offers “via Company” for a name without its creator', async () => {
    const html = await render(<StoreTextInput field="name" locale="en" value="Deals to Telegram" profile={amocrm} company="Acme" onChange={noop} />);
    expect(html).toContain('Add “via Acme”');
    expect(html).toContain('field__problem');
    const done = await render(<StoreTextInput field="name" locale="en" value="Deals to Telegram via Acme" profile={amocrm} company="Acme" onChange={noop} />);
    expect(done).not.toContain('Add “via Acme”');
  });

  it('accepts the platform placeholders in a description and flags a .ru link in English', async () => {
    const ok = await render(<StoreTextInput field="description" locale="en" value="Alerts for the #SUBDOMAIN# account, sent to your Telegram chat." profile={amocrm} company="" onChange={noop} />);
    expect(ok).not.toContain('field__problem');
    expect(ok).toContain('/400<');
    const ruLink = await render(<StoreTextInput field="description" locale="en" value="Read the guide at https://acme.ru/guide before you install." profile={amocrm} company="" onChange={noop} />);
    expect(ruLink).toContain('field__problem');
  });

  it('has no limit for the tour description and speaks Russian', async () => {
    const html = await render(<StoreTextInput field="tourDescription" locale="ru" value="Подключите бота" profile={amocrm} company="" onChange={noop} />, 'ru');
    expect(html).toContain('Описание тура');
    expect(html).toMatch(/class="counter">15</);
    expect(html).not.toMatch(/\d+\/\d+/);
  });
});
