import { describe, expect, it } from 'vitest';
import { cssRootInfo } from '../../../shared/code/css-root-info';
import { snapshotFromFiles, validI18n, validManifest } from '../../helpers/widget-fixture';

const style = ['.acme-deals { color: red; }', '.acme-deals__title { font-weight: 600; }', '.acme-deals .row { margin: 0; }', '.legacy-box { padding: 4px; }'].join('\n');
const widget = snapshotFromFiles({ 'manifest.json': validManifest(), 'i18n/en.json': validI18n('en'), 'i18n/ru.json': validI18n('ru'), 'style.css': style });

describe('the CSS root Check settings shows', () => {
  it('says which root was guessed and from how many top-level selectors, and offers the names to pick from', () => {
    const info = cssRootInfo(widget, 'amocrm', {});
    expect(info.root).toMatchObject({ source: 'inferred', example: '.acme-deals' });
    expect(info.topLevelSelectors).toBe(4);
    expect(info.underRoot).toBe(3);
    expect(info.candidates[0]).toEqual({ selector: '.acme-deals', selectors: 2 });
    expect(info.candidates.map((candidate) => candidate.selector)).toEqual(expect.arrayContaining(['.acme-deals__title', '.legacy-box']));
  });

  it('uses the root set in the settings over the guess', () => {
    const info = cssRootInfo(widget, 'amocrm', { css: { rootSelectors: ['.legacy-box'] } });
    expect(info.root).toMatchObject({ source: 'config', names: ['legacy-box'] });
    expect(info.underRoot).toBe(1);
  });
});
