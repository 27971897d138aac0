import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { suggestNextVersion, validateFieldCode, validateI18nKey, validateStoreText } from '../../../shared/draft/field-validators';
import { PLATFORM_PROFILES } from '../../../shared/platform/profiles';
import { validSnapshot } from '../../helpers/widget-fixture';

const amocrm = PLATFORM_PROFILES.amocrm;
const kommo = PLATFORM_PROFILES.kommo;
const ids = (check: ReturnType<typeof validateStoreText>) => check.problems.map((problem) => problem.ruleId);

describe('validateStoreText', () => {
  it('counts characters as a person sees them, against the field limit', () => {
    expect(validateStoreText('en', 'name', 'Deals to Telegram via Acme', amocrm)).toEqual({ count: 26, limit: 30, problems: [] });
    expect(validateStoreText('en', 'description', '<p>Alerts &amp; reports 👍🏽</p>', amocrm)).toMatchObject({ count: 18, limit: 400 });
    expect(validateStoreText('en', 'tourDescription', 'Connect the bot.', kommo).limit).toBeNull();
    expect(validateStoreText('en', 'teaser', 'x', kommo).limit).toBe(60);
  });

  it('reports what the text rules report, and nothing on a good text', () => {
    expect(ids(validateStoreText('en', 'name', 'Deals to Telegram', amocrm))).toEqual(['text/name-via']);
    expect(ids(validateStoreText('en', 'name', 'Deals to Telegram and Slack via Acme', amocrm))).toEqual(['text/name-length']);
    expect(ids(validateStoreText('en', 'teaser', 'y'.repeat(61), amocrm))).toEqual(['text/teaser-length']);
    expect(ids(validateStoreText('en', 'teaser', 'y'.repeat(60), amocrm))).toEqual([]);
    expect(ids(validateStoreText('en', 'description', 'Docs at https://acme.ru/help', amocrm))).toContain('text/ru-domain');
    expect(ids(validateStoreText('en', 'description', 'Виджет для сделок', amocrm))).toContain('text/wrong-language');
    expect(ids(validateStoreText('ru', 'description', 'Виджет для сделок аккаунта #SUBDOMAIN#', amocrm))).toEqual([]);
    expect(ids(validateStoreText('en', 'teaser', '', amocrm))).toEqual(['i18n/empty-value']);
  });

  it('names the rule in each problem with a message a person can act on', () => {
    const [problem] = validateStoreText('en', 'name', 'Deals to Telegram', amocrm).problems;
    expect(problem.severity).toBe('error');
    expect(problem.help?.en).toContain('via');
    expect(problem.messageRu).toContain('не говорит, кто сделал виджет');
  });

  it('words its own problems in Russian when asked', () => {
    expect(validateFieldCode(['api_key'], 'api_key', null, 'ru')).toEqual(['Код "api_key" уже есть у другого поля.']);
    expect(validateFieldCode([], '1key', null, 'ru')[0]).toContain('латинские буквы');
    expect(suggestNextVersion('', 'ru').note).toBe('Версия не указана; предлагается 1.0.0. Повышайте последнее число при каждой загрузке.');
    expect(suggestNextVersion('1.2.3', 'ru')).toEqual({ version: '1.2.4', note: null });
  });
});

describe('suggestNextVersion', () => {
  it('raises the patch number', () => {
    expect(suggestNextVersion('1.2.3')).toEqual({ version: '1.2.4', note: null });
    expect(suggestNextVersion(' 0.9.9 ')).toEqual({ version: '0.9.10', note: null });
    expect(suggestNextVersion('1.0.9007199254740993').version).toBe('1.0.9007199254740994');
  });

  it('suggests 1.0.0 with a note for anything that is not MAJOR.MINOR.PATCH', () => {
    for (const version of ['', '1.2', 'v1.2.3', '1.2.3-beta', '01.2.3', 'latest']) {
      const suggestion = suggestNextVersion(version);
      expect(suggestion.version).toBe('1.0.0');
      expect(suggestion.note).toMatch(/MAJOR\.MINOR\.PATCH|No version/);
    }
  });
});

describe('validateI18nKey and validateFieldCode', () => {
  const draft = draftFromWidget(validSnapshot(), 'amocrm');

  it('accepts a new dot-path key and refuses duplicates, clashes and bad characters', () => {
    expect(validateI18nKey(draft, 'userLang.send')).toEqual([]);
    expect(validateI18nKey(draft, 'widget.name')).toHaveLength(1);
    expect(validateI18nKey(draft, 'widget')[0]).toContain('holds other keys');
    expect(validateI18nKey(draft, 'widget', 'ru')[0]).toContain('содержит другие ключи');
    expect(validateI18nKey(draft, ' ', 'ru')).toEqual(['Введите ключ, например userLang.buttonText.']);
    expect(validateI18nKey(draft, 'widget.name.short')[0]).toContain('is a text');
    expect(validateI18nKey(draft, 'user lang')).toHaveLength(1);
    expect(validateI18nKey(draft, ' ')).toHaveLength(1);
  });

  it('accepts a code usable as a JSON key and i18n path, once', () => {
    expect(validateFieldCode(['api_key'], 'login')).toEqual([]);
    expect(validateFieldCode(['api_key'], 'api_key')).toHaveLength(1);
    expect(validateFieldCode(['api_key'], 'api_key', 0)).toEqual([]);
    expect(validateFieldCode([], 'api.key')).toHaveLength(1);
    expect(validateFieldCode([], '1key')).toHaveLength(1);
  });
});
