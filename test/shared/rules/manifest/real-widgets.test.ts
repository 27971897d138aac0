import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import type { PlatformId } from '../../../../shared/platform/profiles';
import { manifestRules } from '../../../../shared/rules/manifest';
import { packageRules } from '../../../../shared/rules/package';
import { snapshotFromFiles, validSnapshot, VALID_SCRIPT, type FixtureFiles } from '../../../helpers/widget-fixture';

const OWN_RULES = [...packageRules, ...manifestRules];

function findingsOf(files: FixtureFiles, platform: PlatformId) {
  return checkWidget(snapshotFromFiles(files), { rules: OWN_RULES, platform }).findings;
}

/**
 * The documentation examples put the platform's own site and address in widget.support; manifest/support
 * warns about that (a published widget must point at its developer's support). These tests are about the
 * manifest's shape, so that expected warning is set aside here and asserted once below.
 */
function withoutPlatformSupport(findings: ReturnType<typeof findingsOf>) {
  return findings.filter((finding) => !(finding.ruleId === 'manifest/support' && finding.message.includes("the platform's own domain")));
}

/** The manifest example of the amoCRM structure page, without its //-comments. */
function amocrmStructureExample(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    widget: {
      name: 'widget.name',
      description: 'widget.description',
      short_description: 'widget.short_description',
      version: '1.0.0',
      interface_version: 2,
      init_once: false,
      locale: ['ru', 'en'],
      installation: true,
      support: { link: 'https://www.amocrm.com', email: 'support@amocrm.com' },
    },
    locations: ['ccard-1', 'clist-1', 'digital_pipeline', 'settings'],
    tour: {
      is_tour: true,
      tour_images: {
        ru: ['/images/tour_1_ru.png', '/images/tour_2_ru.png', '/images/tour_3_ru.png'],
        en: ['/images/tour_1_en.png', '/images/tour_2_en.png', '/images/tour_3_en.png'],
        es: ['/images/tour_1_es.png', '/images/tour_2_es.png', '/images/tour_3_es.png'],
      },
      tour_description: 'widget.tour_description',
    },
    settings: {
      login: { name: 'settings.login', type: 'text', required: false },
      password: { name: 'settings.password', type: 'pass', required: false },
    },
    dp: { settings: { message: { name: 'settings.message', type: 'text', required: true } }, action_multiple: false },
    advanced: { title: 'advanced.title' },
    salesbot_designer: {
      handler_code: {
        name: 'salesbot.handler_name',
        settings: {
          button_title: { name: 'salesbot.button_title', type: 'text', default_value: 'salesbot.button_title_default_value', manual: true },
          button_caption: { name: 'salesbot.button_caption', type: 'text', default_value: 'salesbot.button_caption_default_value', manual: true },
          text: { name: 'salesbot.text', type: 'text' },
          number: { name: 'salesbot.number', type: 'numeric' },
          url: { name: 'salesbot.url', type: 'url' },
        },
      },
    },
    amoforms_settings: { title: 'amoforms_settings.title', required: false, error_text: 'amoforms_settings.error_text' },
  };
}

function amocrmExampleI18n(language: 'ru' | 'en') {
  const ru = language === 'ru';
  return {
    widget: {
      name: ru ? 'Demo виджет' : 'Demo widget',
      short_description: ru ? 'Виджет для отсылки контакта во внутреннюю систему' : 'Widget for sending the contact to the internal system',
      description: ru ? 'Виджет отправляет данные из карточки контакта домена #SUBDOMAIN#' : 'Sends data from the contact card on #SUBDOMAIN#',
      tour_description: ru ? 'Тур по виджету' : 'Widget tour',
    },
    settings: { login: ru ? 'Логин' : 'Login', password: ru ? 'Пароль' : 'Password', message: ru ? 'Сообщение' : 'Message' },
    advanced: { title: ru ? 'Расширенные настройки' : 'Advanced settings' },
    salesbot: {
      handler_name: 'Demo',
      button_title: 'Title',
      button_title_default_value: 'Send',
      button_caption: 'Caption',
      button_caption_default_value: 'Click',
      text: 'Text',
      number: 'Number',
      url: 'URL',
    },
    amoforms_settings: { title: 'Demo', error_text: ru ? 'Нажмите кнопку виджета' : 'Press the widget button' },
    userLang: { textIntoTheButton: ru ? 'Отправить данные' : 'Send Data' },
  };
}

function amocrmExampleFiles(manifest: unknown): FixtureFiles {
  return {
    'manifest.json': manifest as object,
    'script.js': VALID_SCRIPT,
    'i18n/ru.json': amocrmExampleI18n('ru'),
    'i18n/en.json': amocrmExampleI18n('en'),
  };
}

describe('package and manifest rules on real widgets', () => {
  it('find nothing in the valid test widget of either platform', () => {
    expect(checkWidget(validSnapshot('amocrm'), { rules: OWN_RULES, platform: 'amocrm' }).findings).toEqual([]);
    expect(checkWidget(validSnapshot('kommo'), { rules: OWN_RULES, platform: 'kommo' }).findings).toEqual([]);
  });

  it('find no error in the structure page example, only that three blocks have no location', () => {
    const all = findingsOf(amocrmExampleFiles(amocrmStructureExample()), 'amocrm');
    expect(all.filter((finding) => finding.ruleId === 'manifest/support').map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    const findings = withoutPlatformSupport(all);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual([
      'manifest/location-block warning',
      'manifest/location-block warning',
      'manifest/location-block warning',
    ]);
    expect(findings.map((finding) => finding.message.split('"')[1])).toEqual(['advanced', 'salesbot_designer', 'amoforms_settings']);
  });

  it('find nothing in the structure page example once its blocks have their locations', () => {
    const manifest = amocrmStructureExample();
    manifest.locations.push('advanced_settings', 'salesbot_designer', 'amoforms');
    expect(withoutPlatformSupport(findingsOf(amocrmExampleFiles(manifest), 'amocrm'))).toEqual([]);
  });

  it('find nothing in a Kommo widget shaped like Kommo\'s published birthday widget', () => {
    const i18n = (name: string) => ({
      widget: { name, short_description: 'Happy Birthday widget', description: 'Assigns a task on a client\'s birthday.', tour_description: 'Never miss a birthday.' },
      settings: { custom: 'Settings', options: { title: 'Settings' } },
    });
    const files: FixtureFiles = {
      'manifest.json': {
        widget: {
          name: 'widget.name',
          description: 'widget.description',
          short_description: 'widget.short_description',
          version: '1.0.1',
          interface_version: 2,
          init_once: false,
          locale: ['en', 'pt', 'es'],
          installation: true,
          support: { link: 'https://kommo.com', email: 'support@kommo.com' },
        },
        locations: ['settings', 'lcard-1', 'ccard-0'],
        tour: {
          is_tour: true,
          tour_images: {
            en: ['/images/slideshow_1_en.jpg', '/images/slideshow_2_en.jpg'],
            es: ['/images/slideshow_1_es.jpg'],
            pt: ['/images/slideshow_1_pt.jpg'],
          },
          tour_description: 'widget.tour_description',
        },
        settings: { custom: { name: 'settings.custom', type: 'custom', required: false } },
      },
      'script.js': VALID_SCRIPT.replace("define(['jquery']", "define(['jquery', './plugins/jquery.serializejson.min.js', 'text!./assets/templates/settings/modal.twig']"),
      'i18n/en.json': i18n('Birthday'),
      'i18n/es.json': i18n('Cumpleaños'),
      'i18n/pt.json': i18n('Aniversário'),
      'plugins/jquery.serializejson.min.js': '/*! lib */',
      'assets/templates/settings/modal.twig': '<div></div>',
    };
    expect(withoutPlatformSupport(findingsOf(files, 'kommo'))).toEqual([]);
  });

  it('find nothing in the Kommo manifest example with every location filled in', () => {
    const files: FixtureFiles = {
      'manifest.json': {
        widget: {
          name: 'widget.name',
          description: 'widget.description',
          short_description: 'widget.short_description',
          version: '1.0.1',
          interface_version: 2,
          init_once: true,
          locale: ['en', 'es'],
          installation: true,
          support: { link: 'https://www.kommo.com', email: 'support@kommo.com' },
        },
        locations: ['ccard-1', 'clist-0', 'lcard-1', 'llist-0', 'settings', 'digital_pipeline', 'advanced_settings', 'salesbot_designer', 'sms', 'mobile_card'],
        tour: {
          is_tour: true,
          tour_images: { en: ['/images/tour_1_en.png'], es: ['/images/tour_1_es.png'] },
          tour_description: 'widget.tour_description',
        },
        settings: {
          login: { name: 'settings.login', type: 'text', required: true },
          api_key: { name: 'settings.api_key', type: 'text', required: true },
        },
        dp: { settings: { message: { name: 'dp.message', type: 'text', required: true } }, action_multiple: false, webhook_url: 'https://example.com/webhook' },
        advanced: { title: 'advanced.title' },
        salesbot_designer: {
          logo: '/widgets/my_widget/images/image.jpg',
          handler_name: {
            name: 'settings.handler_name',
            settings: {
              text: { name: 'settings.text', default_value: 'Hello, i am Salesbot!', type: 'text', manual: true },
              link_to: { name: 'settings.link', default_value: 'www.kommo.com', type: 'url' },
            },
          },
        },
        sms: { endpoint: 'https://example.com/sms' },
        mobile: { frame_url: 'https://example.com/mobile', color: '#ffff00' },
      },
      'script.js': VALID_SCRIPT,
    };
    for (const locale of ['en', 'es']) {
      files[`i18n/${locale}.json`] = {
        widget: { name: 'Demo via Acme', description: 'Demo', short_description: 'Demo', tour_description: 'Demo' },
        settings: { login: 'Login', api_key: 'API key', handler_name: 'Send', text: 'Text', link: 'Link' },
        dp: { message: 'Message' },
        advanced: { title: 'Acme' },
      };
    }
    expect(withoutPlatformSupport(findingsOf(files, 'kommo'))).toEqual([]);
  });

  it('find nothing in an older amoCRM widget with everywhere, customer areas and legacy keys, beyond the legacy info', () => {
    const files: FixtureFiles = {
      'manifest.json': {
        widget: {
          name: 'widget.name',
          description: 'widget.description',
          short_description: 'widget.short_description',
          code: 'amo_sample_v0',
          secret_key: 'c4fba68b3cc2da17d507c8830bdabb2c2d420575d554065960754efad89000a7',
          version: '0.0.1',
          locale: ['ru'],
          installation: true,
          interface_version: 2,
          support: { email: 'support@acme.ru' },
        },
        locations: ['everywhere', 'lcard-1', 'comcard-1', 'ccard-0', 'cucard-0', 'llist-0', 'clist-1', 'culist-0', 'tlist-1'],
        tour: { is_tour: true, tour_images: { ru: ['/images/tour_1_ru.png'] }, tour_description: 'widget.tour_description' },
        settings: {
          field_text: { name: 'settings.field_text', type: 'text', required: true },
          field_custom: { name: 'settings.field_custom', type: 'custom', required: false },
        },
      },
      'script.js': VALID_SCRIPT,
      'i18n/ru.json': {
        widget: { name: 'Виджет via Acme', short_description: 'Коротко', description: 'Длинно', tour_description: 'Тур' },
        settings: { field_text: 'Поле', field_custom: 'Поле custom', tips: { equals: 'Поля не должны совпадать' } },
      },
    };
    const findings = findingsOf(files, 'amocrm');
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['manifest/legacy-keys info', 'manifest/legacy-keys info']);
  });
});
