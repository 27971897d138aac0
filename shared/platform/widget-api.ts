/**
 * Members the platform gives every widget object. The CRM builds the widget from script.js's constructor
 * and adds its own Widget object's methods ("the CustomWidget object inherits properties and methods",
 * developers.kommo.com/docs/script-js); a widget may call these on `self` / `this` without defining them.
 *
 * Sources: amocrm.ru/developers/content/integrations/script_js, "Методы объекта widget" (render, render_template,
 * set_lang, langs, set_settings, list_selected, widgetsOverlay, add_action, add_source, crm_post, get_settings,
 * get_version, get_install_status, system, i18n, params); the same section on developers.kommo.com/docs/script-js;
 * web_sdk/mechanics (get_current_card_contacts_data, added January 2023); $authorizedAjax, set_status,
 * get_accounts_current and notifications as published widgets call them. `getTemplate` is NOT here: the pages
 * show it as a helper the widget defines itself. Kept generous on purpose: a name missing here turns a working
 * widget's call into a false "will throw", a name too many only hides a typo.
 */
export const WIDGET_API_METHODS: readonly string[] = [
  // Rendering and templates
  'render',
  'render_template',
  // Localisation: langs is the loaded i18n file, i18n(key) reads it, set_lang replaces it
  'i18n',
  'set_lang',
  'langs',
  // Settings, state and identity
  'get_settings',
  'set_settings',
  'params',
  'system',
  'get_version',
  'get_install_status',
  'set_status',
  'get_accounts_current',
  'get_current_card_contacts_data',
  // Requests: crm_post goes through the CRM's proxy, $authorizedAjax adds the widget's authorisation
  'crm_post',
  '$authorizedAjax',
  // Lists, actions, sources and the page overlay
  'list_selected',
  'add_action',
  'add_source',
  'widgetsOverlay',
  'notifications',
  // The callbacks object itself and the constructor the platform calls
  'callbacks',
  'constructor',
];
