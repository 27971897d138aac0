import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import {
  addSettingsField,
  moveSettingsField,
  removeSettingsField,
  setBasics,
  setLocation,
  setStoreText,
  setSupport,
  setTourImages,
  updateSettingsField,
} from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import { draftToFiles } from '../../../shared/draft/draft-to-files';
import { suggestNextVersion } from '../../../shared/draft/field-validators';
import { addLocale, removeI18nKey, setI18nValue } from '../../../shared/draft/key-grid';
import { PLATFORM_IDS } from '../../../shared/platform/profiles';
import { snapshotFromFiles, validI18n, validImageInfo, validSnapshot, validWidgetFiles, type FixtureFiles } from '../../helpers/widget-fixture';
import { decoded, existingTexts, filledNewDraft, findingsOf, summarize } from './draft-helpers';

/** The valid widget with a hand-written manifest text (tabs, unknown keys, its own order). */
const HAND_WRITTEN_MANIFEST = [
  '{',
  '\t"$comment": "kept by the wizard",',
  '\t"locations": ["ccard-1", "lcard-1", "settings"],',
  '\t"widget": {',
  '\t\t"code": "acme_deals",',
  '\t\t"name": "widget.name",',
  '\t\t"short_description": "widget.short_description",',
  '\t\t"description": "widget.description",',
  '\t\t"version": "1.0.0",',
  '\t\t"interface_version": 2,',
  '\t\t"init_once": false,',
  '\t\t"locale": ["ru", "en"],',
  '\t\t"installation": true,',
  '\t\t"support": {"email": "help@acme-widgets.io", "link": "https://acme-widgets.io/support"}',
  '\t},',
  '\t"tour": {',
  '\t\t"is_tour": true,',
  '\t\t"tour_images": {"ru": ["/images/tour_1_ru.png"], "en": ["/images/tour_1_en.png"]},',
  '\t\t"tour_description": "widget.tour_description"',
  '\t},',
  '\t"settings": {',
  '\t\t"api_key": {"name": "settings.api_key", "type": "custom", "required": true, "x_options": {"mask": "****"}},',
  '\t\t"login": {"name": "settings.login", "type": "text", "required": false}',
  '\t},',
  '\t"x_vendor": {"build": 42}',
  '}',
  '',
].join('\n');

function handWritten(overrides: FixtureFiles = {}) {
  const i18n = (locale: string, login: string) => ({
    widget: validI18n(locale).widget,
    settings: { api_key: locale === 'ru' ? 'Ключ API' : 'API key', login },
    userLang: { count: 3, button: locale === 'ru' ? 'Отправить' : 'Send', list: ['a', 'b'] },
  });
  return snapshotFromFiles(
    {
      ...validWidgetFiles(),
      'manifest.json': HAND_WRITTEN_MANIFEST,
      'i18n/ru.json': i18n('ru', 'Логин'),
      'i18n/en.json': i18n('en', 'Login'),
      ...overrides,
    },
    { images: validImageInfo() },
  );
}

describe('draftToFiles round trip', () => {
  for (const platform of PLATFORM_IDS) {
    it(`gives back byte-identical manifest and i18n files when nothing changed (${platform})`, () => {
      const snapshot = validSnapshot(platform);
      const written = draftToFiles(draftFromWidget(snapshot, platform), existingTexts(snapshot));
      const paths = Object.keys(written).sort();
      expect(paths).toEqual(['manifest.json', ...snapshot.files.map((file) => file.path).filter((path) => path.startsWith('i18n/'))].sort());
      for (const path of paths) expect(written[path], path).toBe(decoded(snapshot, path));
    });
  }

  it('gives back a hand-written manifest with tabs, unknown keys and its own key order unchanged', () => {
    const snapshot = handWritten();
    const written = draftToFiles(draftFromWidget(snapshot, 'amocrm'), existingTexts(snapshot));
    expect(written['manifest.json']).toBe(HAND_WRITTEN_MANIFEST);
    expect(written['i18n/en.json']).toBe(decoded(snapshot, 'i18n/en.json'));
  });

  it('writes LF without BOM and with a final newline when the folder had CRLF and a BOM', () => {
    const crlf = `\ufeff${HAND_WRITTEN_MANIFEST.trimEnd().replace(/\n/g, '\r\n')}`;
    const snapshot = handWritten({ 'manifest.json': crlf });
    const written = draftToFiles(draftFromWidget(snapshot, 'amocrm'), existingTexts(snapshot));
    expect(written['manifest.json']).toBe(HAND_WRITTEN_MANIFEST);
  });
});

describe('draftToFiles after edits', () => {
  it('keeps every unknown manifest key, the key order and the indentation', () => {
    const snapshot = handWritten();
    let draft = draftFromWidget(snapshot, 'amocrm');
    draft = setBasics(draft, { version: '1.0.1', isShowcase: false });
    draft = setSupport(draft, { link: 'https://acme-widgets.io/help' });
    draft = addSettingsField(draft, { code: 'token', type: 'pass' });
    draft = addLocale(draft, 'es');
    const manifestText = draftToFiles(draft, existingTexts(snapshot))['manifest.json'];
    const manifest = JSON.parse(manifestText);

    expect(Object.keys(manifest)).toEqual(['$comment', 'locations', 'widget', 'tour', 'settings', 'x_vendor']);
    expect(manifestText).toContain('\t"$comment": "kept by the wizard",\n');
    expect(manifestText).toContain('\t"x_vendor": {"build": 42}\n');
    expect(Object.keys(manifest.widget)).toEqual([
      'code', 'name', 'short_description', 'description', 'version', 'interface_version', 'init_once', 'locale', 'installation', 'is_showcase', 'support',
    ]);
    expect(manifest.widget.code).toBe('acme_deals');
    expect(manifest.widget.version).toBe('1.0.1');
    expect(manifest.widget.locale).toEqual(['ru', 'en', 'es']);
    expect(manifest.widget.support).toEqual({ email: 'help@acme-widgets.io', link: 'https://acme-widgets.io/help' });
    expect(manifest.settings.api_key).toEqual({ name: 'settings.api_key', type: 'custom', required: true, x_options: { mask: '****' } });
    expect(manifest.settings.token).toEqual({ name: 'settings.token', type: 'pass', required: false });
    // Untouched lines keep their exact text; new ones are indented with tabs like the rest.
    expect(manifestText).toContain('\t\t"api_key": {"name": "settings.api_key", "type": "custom", "required": true, "x_options": {"mask": "****"}},\n');
    expect(manifestText).toMatch(/\n\t\t"is_showcase": false,\n/);
    expect(manifestText.endsWith('}\n')).toBe(true);
  });

  it('keeps extra i18n keys and their order, and writes a new locale with the same structure', () => {
    const snapshot = handWritten();
    let draft = draftFromWidget(snapshot, 'amocrm');
    draft = setStoreText(draft, 'teaser', 'en', 'Deal alerts in Telegram');
    draft = addLocale(draft, 'es');
    const files = draftToFiles(draft, existingTexts(snapshot));
    const en = JSON.parse(files['i18n/en.json']);
    expect(Object.keys(en)).toEqual(['widget', 'settings', 'userLang']);
    expect(en.userLang).toEqual({ count: 3, button: 'Send', list: ['a', 'b'] });
    expect(en.widget.short_description).toBe('Deal alerts in Telegram');
    expect(files['i18n/ru.json']).toBe(decoded(snapshot, 'i18n/ru.json'));

    const es = JSON.parse(files['i18n/es.json']);
    expect(Object.keys(es)).toEqual(['widget', 'settings', 'userLang']);
    expect(es.widget).toEqual({ name: '', short_description: '', description: '', tour_description: '' });
    expect(es.settings).toEqual({ api_key: '', login: '' });
    expect(es.userLang.button).toBe('');
  });

  it('reorders settings fields and renames and removes their label keys in every locale', () => {
    const snapshot = handWritten();
    let draft = draftFromWidget(snapshot, 'amocrm');
    draft = moveSettingsField(draft, 1, 0);
    draft = updateSettingsField(draft, 0, { code: 'username' });
    draft = removeSettingsField(draft, 1);
    const files = draftToFiles(draft, existingTexts(snapshot));
    const manifest = JSON.parse(files['manifest.json']);
    expect(Object.keys(manifest.settings)).toEqual(['username']);
    expect(manifest.settings.username).toEqual({ name: 'settings.username', type: 'text', required: false });
    for (const [locale, login] of [['ru', 'Логин'], ['en', 'Login']]) {
      const i18n = JSON.parse(files[`i18n/${locale}.json`]);
      expect(i18n.settings).toEqual({ username: login });
    }
  });

  it('adds the block a location needs and removes it when the location is turned off', () => {
    const snapshot = validSnapshot();
    let draft = draftFromWidget(snapshot, 'amocrm');
    draft = setLocation(draft, 'digital_pipeline', true);
    draft = setLocation(draft, 'advanced_settings', true);
    draft = setI18nValue(draft, 'advanced.title', 'ru', 'Настройки Telegram');
    draft = setI18nValue(draft, 'advanced.title', 'en', 'Telegram settings');
    let files = draftToFiles(draft, existingTexts(snapshot));
    let manifest = JSON.parse(files['manifest.json']);
    expect(manifest.locations).toEqual(['ccard-1', 'lcard-1', 'settings', 'digital_pipeline-1', 'advanced_settings-1']);
    expect(manifest.dp).toEqual({ action_multiple: false });
    expect(manifest.advanced).toEqual({ title: 'advanced.title' });
    expect(JSON.parse(files['i18n/en.json']).advanced).toEqual({ title: 'Telegram settings' });
    expect(summarize(findingsOf(draft, snapshot).filter((finding) => finding.ruleId.startsWith('manifest/')))).toEqual([]);

    draft = setLocation(draft, 'digital_pipeline', false);
    files = draftToFiles(draft, existingTexts(snapshot));
    manifest = JSON.parse(files['manifest.json']);
    expect(manifest.dp).toBeUndefined();
    expect(manifest.locations).toEqual(['ccard-1', 'lcard-1', 'settings', 'advanced_settings-1']);
  });

  it('leaves a block of an unused location alone unless the user removes it', () => {
    const manifest = { ...(validWidgetFiles()['manifest.json'] as object), sms: { endpoint: 'https://acme-widgets.io/sms', x: 1 } };
    const snapshot = validSnapshot('amocrm', { 'manifest.json': manifest });
    const draft = draftFromWidget(snapshot, 'amocrm');
    expect(JSON.parse(draftToFiles(draft, existingTexts(snapshot))['manifest.json']).sms).toEqual({ endpoint: 'https://acme-widgets.io/sms', x: 1 });
  });

  it('removes an i18n key deleted in the grid from every locale, and nothing else', () => {
    const snapshot = handWritten();
    const draft = removeI18nKey(draftFromWidget(snapshot, 'amocrm'), 'userLang.button');
    const files = draftToFiles(draft, existingTexts(snapshot));
    expect(JSON.parse(files['i18n/ru.json']).userLang).toEqual({ count: 3, list: ['a', 'b'] });
    expect(JSON.parse(files['i18n/en.json']).userLang).toEqual({ count: 3, list: ['a', 'b'] });
  });

  it('moves a plain-text name from the manifest into the i18n files under widget.name', () => {
    const manifest = structuredClone(validWidgetFiles()['manifest.json']) as { widget: Record<string, unknown> };
    manifest.widget.name = 'Deals to Telegram via Acme';
    const snapshot = validSnapshot('amocrm', { 'manifest.json': manifest, 'i18n/en.json': { widget: { short_description: 'a', description: 'b', tour_description: 'c' }, settings: { api_key: 'API key' } } });
    const files = draftToFiles(draftFromWidget(snapshot, 'amocrm'), existingTexts(snapshot));
    expect(JSON.parse(files['manifest.json']).widget.name).toBe('widget.name');
    expect(JSON.parse(files['i18n/en.json']).widget.name).toBe('Deals to Telegram via Acme');
  });

  it('rewrites a manifest with a syntax error from what could be read, keeping its unknown keys', () => {
    const broken = HAND_WRITTEN_MANIFEST.replace('"x_vendor": {"build": 42}', '"x_vendor": {"build": 42},');
    const snapshot = handWritten({ 'manifest.json': broken });
    const draft = draftFromWidget(snapshot, 'amocrm');
    const text = draftToFiles(draft, existingTexts(snapshot))['manifest.json'];
    const manifest = JSON.parse(text);
    expect(manifest.x_vendor).toEqual({ build: 42 });
    expect(manifest.widget.name).toBe('widget.name');
    expect(text.startsWith('{\n\t"$comment"')).toBe(true);
    const report = checkWidget(draftSnapshot(draft, snapshot), { platform: 'amocrm' });
    expect(report.findings.filter((finding) => finding.ruleId === 'manifest/json-syntax')).toEqual([]);
  });

  it('keeps unknown manifest keys from the draft itself when the original text is not at hand', () => {
    const draft = draftFromWidget(handWritten(), 'amocrm');
    const restored = JSON.parse(JSON.stringify(draft));
    const manifest = JSON.parse(draftToFiles(restored, { i18nTexts: {} })['manifest.json']);
    expect(manifest.x_vendor).toEqual({ build: 42 });
    expect(manifest.widget.code).toBe('acme_deals');
    expect(manifest.settings.api_key.x_options).toEqual({ mask: '****' });
  });
});

describe('fixing a defective widget through the draft', () => {
  it('clears each finding with the edit of the step it belongs to', () => {
    const manifest = structuredClone(validWidgetFiles()['manifest.json']) as Record<string, Record<string, unknown>>;
    manifest.widget.version = '1.0';
    manifest.widget.support = { link: 'http://acme-widgets.io/support' };
    delete manifest.tour;
    const en = validI18n('en') as Record<string, Record<string, string>>;
    en.widget.name = 'Deals to Telegram';
    en.widget.short_description = 'Get deal alerts in Telegram within a minute, for every single deal';
    const snapshot = validSnapshot('amocrm', { 'manifest.json': manifest, 'i18n/en.json': en });
    let draft = draftFromWidget(snapshot, 'amocrm');
    const ruleIds = () => findingsOf(draft, snapshot).filter((finding) => finding.severity !== 'info').map((finding) => finding.ruleId).sort();
    // Without the tour block the slides are files nothing refers to: one unused-file warning each, cleared with the tour.
    expect(ruleIds()).toEqual([
      'manifest/support',
      'manifest/tour',
      'manifest/version',
      'package/unused-file',
      'package/unused-file',
      'text/name-via',
      'text/teaser-length',
    ]);

    draft = setBasics(draft, { version: suggestNextVersion(draft.basics.version).version });
    draft = setSupport(draft, { link: 'https://acme-widgets.io/support' });
    draft = setStoreText(draft, 'name', 'en', 'Deals to Telegram via Acme');
    draft = setStoreText(draft, 'teaser', 'en', 'Get deal alerts in Telegram within a minute');
    for (const locale of draft.locales) draft = setTourImages(draft, locale, [`/images/tour_1_${locale}.png`]);
    expect(ruleIds()).toEqual([]);
    expect(JSON.parse(draftToFiles(draft, existingTexts(snapshot))['manifest.json']).tour).toEqual((validWidgetFiles()['manifest.json'] as { tour: unknown }).tour);
  });
});

describe('a new widget', () => {
  for (const platform of PLATFORM_IDS) {
    it(`passes every manifest, i18n, text, code and css rule once the wizard steps are filled (${platform})`, () => {
      const draft = filledNewDraft(platform);
      const files = draftToFiles(draft);
      expect(Object.keys(files).sort()).toEqual(['i18n/' + draft.locales[0] + '.json', 'i18n/' + draft.locales[1] + '.json', 'manifest.json', 'script.js', 'style.css'].sort());
      for (const text of Object.values(files)) {
        expect(text.endsWith('\n')).toBe(true);
        expect(text).not.toMatch(/\r|^\ufeff/);
      }
      // Images come from the image studio; every rule about what the draft writes is satisfied.
      const groups = ['manifest', 'i18n', 'text', 'code', 'css', 'file', 'package'];
      const problems = findingsOf(draft).filter((finding) => groups.includes(finding.ruleId.split('/')[0]) && finding.severity !== 'info');
      expect(summarize(problems)).toEqual([]);
    });
  }

  it('is left only with the images the image studio makes', () => {
    const findings = findingsOf(filledNewDraft());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((finding) => !finding.ruleId.startsWith('image/'))).toEqual([]);
  });

  it('writes the same script.js and style.css skeleton as widget-publisher init, in the widget code namespace', () => {
    const files = draftToFiles(filledNewDraft());
    expect(files['script.js']).toMatch(/^define\(\['jquery'\]/);
    expect(files['script.js']).toContain("var NAMESPACE = 'acme-deals-to-telegram';");
    expect(files['style.css']).toMatch(/^\.acme-deals-to-telegram \{/);
  });
});
