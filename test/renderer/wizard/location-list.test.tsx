import { describe, expect, it } from 'vitest';
import { setBlock, setLocation } from '../../../shared/draft/draft-edits';
import { newDraft } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { platformProfile } from '../../../shared/platform/profiles';
import { LocationList } from '../../../renderer/src/wizard/steps/LocationList';
import { render } from './render';

const noop = () => undefined;
const draft = () => newDraft('amocrm', { name: 'Deals', company: 'Acme' });

function areaHtml(html: string, area: string): string {
  const start = html.indexOf(`data-area="${area}"`);
  const end = html.indexOf('<li class="location', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('locations and their blocks', () => {
  it('lists every area of the platform with the right-panel flag of the chosen ones', async () => {
    const html = await render(<LocationList draft={draft()} profile={platformProfile('amocrm')} onEdit={noop} />);
    expect(html.match(/class="location( location--on)?"/g)).toHaveLength(platformProfile('amocrm').locations.length);
    expect(areaHtml(html, 'lcard')).toContain('Uses the right panel (-1)');
    expect(areaHtml(html, 'llist')).not.toContain('<select');
    expect(areaHtml(html, 'amoforms')).toContain('needs “amoforms_settings”');
    const kommo = await render(<LocationList draft={draft()} profile={platformProfile('kommo')} onEdit={noop} />);
    expect(kommo).not.toContain('data-area="amoforms"');
  });

  it('opens the dp form when Digital pipeline is chosen', async () => {
    const html = await render(<LocationList draft={setLocation(draft(), 'digital_pipeline', true)} profile={platformProfile('amocrm')} onEdit={noop} />);
    const dp = areaHtml(html, 'digital_pipeline');
    expect(dp).toContain('The “dp” block');
    expect(dp).toContain('action_multiple');
    expect(dp).toContain('Webhook URL (webhook_url)');
    expect(dp).toContain('Code of a new field');
    expect(areaHtml(html, 'sms')).not.toContain('sms.endpoint');
  });

  it('checks the mobile block as it is typed: https frame, HEX colour', async () => {
    let widget: WidgetDraft = setLocation(draft(), 'mobile_card', true);
    widget = setBlock(widget, 'mobile', { frameUrl: 'http://acme.io/frame', color: 'yellow' });
    const html = areaHtml(await render(<LocationList draft={widget} profile={platformProfile('amocrm')} onEdit={noop} />), 'mobile_card');
    expect(html).toContain('Use an https:// address.');
    expect(html).toContain('Use a HEX colour such as #ffcc00.');
    const fixed = setBlock(widget, 'mobile', { frameUrl: 'https://acme.io/frame', color: '#ffcc00' });
    const fixedHtml = areaHtml(await render(<LocationList draft={fixed} profile={platformProfile('amocrm')} onEdit={noop} />), 'mobile_card');
    expect(fixedHtml).not.toContain('field__problem');
    expect(fixedHtml).toContain('value="#ffcc00"');
  });

  it('asks for a title per locale on the advanced settings page, and a card with the card SDK', async () => {
    const widget = setLocation(setLocation(draft(), 'advanced_settings', true), 'card_sdk', true);
    const html = await render(<LocationList draft={{ ...widget, locations: widget.locations.filter((location) => location.area !== 'ccard' && location.area !== 'lcard') }} profile={platformProfile('amocrm')} onEdit={noop} />);
    const advanced = areaHtml(html, 'advanced_settings');
    expect(advanced).toContain('Title of the widget’s settings page (ru)');
    expect(advanced).toContain('Title of the widget’s settings page (en)');
    expect(areaHtml(html, 'card_sdk')).toContain('Also choose one of: lcard, ccard, comcard.');
  });

  it('names an area the platform does not have, and offers to remove it', async () => {
    const widget = { ...draft(), locations: [...draft().locations, { area: 'amoforms', panel: '1' }] };
    const html = await render(<LocationList draft={widget} profile={platformProfile('kommo')} onEdit={noop} />);
    expect(html).toContain('These areas are not locations of Kommo:');
    expect(html).toContain('Remove amoforms');
  });
});
