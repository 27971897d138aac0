import type { PlatformProfile } from '../platform/profiles';

/**
 * Checklist items no program can verify: listed with every report as "to confirm", never as findings.
 * Source: the amoCRM and Kommo marketplace checklists (../shared/reference).
 */
export interface ManualItem {
  id: string;
  section: 'General' | 'Content and appearance' | 'Support & localization' | 'Development';
  text: { en: string; ru: string };
  /**
   * A rule that does part of the work: its findings are shown with the item, which stays a person's
   * confirmation (the rule reads what it can; a person looks at the rest).
   */
  assistedBy?: string;
}

export function manualChecklist(profile: PlatformProfile): ManualItem[] {
  const crm = profile.displayName;
  return [
    {
      id: 'general/minimal-data',
      section: 'General',
      text: {
        en: 'The integration only collects data it needs to work.',
        ru: 'Интеграция собирает только те данные, которые нужны для её работы.',
      },
    },
    {
      id: 'general/easy-to-use',
      section: 'General',
      text: {
        en: 'A non-technical user can enable, disable, set up and use it, and knows how to get support.',
        ru: 'Пользователь без технических знаний может включить, отключить, настроить виджет, работать с ним и получить поддержку.',
      },
    },
    {
      id: 'general/install-button-only',
      section: 'General',
      text: {
        en: 'It is installed only when the user clicks "Install" (no virtual clicks).',
        ru: 'Виджет устанавливается только по нажатию кнопки «Установить» (без виртуальных кликов).',
      },
    },
    {
      id: 'content/teaser-explains-value',
      section: 'Content and appearance',
      text: {
        en: `The teaser explains why a client should choose the integration; the description is friendly, names the ${crm} plan it needs and its prices and currencies if it is paid.`,
        ru: `Тизер объясняет, почему стоит выбрать интеграцию; описание написано дружелюбно, называет нужный тариф ${crm} и цены с валютами, если интеграция платная.`,
      },
    },
    {
      id: 'content/error-messages',
      section: 'Content and appearance',
      text: {
        en: 'Every possible error has a message that explains the problem and what the user should do next.',
        ru: 'Для каждой возможной ошибки есть сообщение, которое объясняет проблему и что делать дальше.',
      },
    },
    {
      id: 'content/branding-identity',
      section: 'Content and appearance',
      text: {
        en: 'If the integration features another app, the 400x272 and 240x84 images show both logos.',
        ru: 'Если интеграция связана с другим приложением, изображения 400x272 и 240x84 содержат оба логотипа.',
      },
    },
    {
      id: 'content/slides-show-value',
      section: 'Content and appearance',
      text: {
        en: `Slideshow images show the integration working inside ${crm}, clearly and in good quality.`,
        ru: `Слайды показывают работу интеграции внутри ${crm}, чётко и в хорошем качестве.`,
      },
    },
    {
      id: 'support/human-support',
      section: 'Support & localization',
      text: {
        en: 'Human support answers by email and phone in every language the widget offers.',
        ru: 'Живая поддержка отвечает по email и телефону на каждом языке виджета.',
      },
    },
    {
      id: 'support/privacy-policy',
      section: 'Support & localization',
      text: {
        en: 'A privacy policy link is provided in every language.',
        ru: 'Для каждого языка указана ссылка на политику конфиденциальности.',
      },
    },
    {
      id: 'support/images-language',
      section: 'Support & localization',
      text: {
        en: 'Images contain no words in other languages than their locale (the words in slides and logos are read for you; look at what reading misses: photos, tiny or decorative text).',
        ru: 'На изображениях нет слов на других языках, кроме языка локали (слова на слайдах и логотипах распознаются автоматически; посмотрите то, что распознавание пропускает: фото, мелкий или декоративный текст).',
      },
      assistedBy: 'image/foreign-text',
    },
    {
      id: 'support/local-formatting',
      section: 'Support & localization',
      text: {
        en: 'Dates, numbers, phone numbers, holidays and taxes follow local formats.',
        ru: 'Даты, числа, телефоны, праздники и налоги учитывают местные форматы.',
      },
    },
    {
      id: 'support/payments',
      section: 'Support & localization',
      text: {
        en: 'A paid widget offers payment methods that work in the Americas and Europe and prices in USD or EUR.',
        ru: 'Платный виджет принимает оплату, работающую в Америке и Европе, и указывает цены в USD или EUR.',
      },
    },
    {
      id: 'development/oauth2',
      section: 'Development',
      text: { en: 'The integration uses OAuth 2.0.', ru: 'Интеграция использует OAuth 2.0.' },
    },
    {
      id: 'development/no-unused-files',
      section: 'Development',
      text: {
        en: 'No unused files, pictures or scripts, no test data and no commented-out code are left.',
        ru: 'Нет неиспользуемых файлов, картинок и скриптов, тестовых данных и закомментированного кода.',
      },
    },
    {
      id: 'development/allowed-interfaces',
      section: 'Development',
      text: {
        en: `It changes only the allowed interfaces, does not cover ${crm} controls, the left menu or the bottom of the screen; any settings page comes after ${crm}'s own pages.`,
        ru: `Виджет меняет только разрешённые интерфейсы, не перекрывает элементы ${crm}, левое меню и низ экрана; страница настроек идёт после страниц ${crm}.`,
      },
    },
    {
      id: 'development/no-iframe-code',
      section: 'Development',
      text: {
        en: 'It never executes code received from an iframe.',
        ru: 'Виджет не выполняет код, полученный из iframe.',
      },
    },
  ];
}
