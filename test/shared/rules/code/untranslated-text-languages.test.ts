import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../../../shared/platform/profiles';
import { untranslatedTextRule } from '../../../../shared/rules/code/untranslated-text';
import { said } from '../../../helpers/finding-text';
import { sourceMap } from '../../../helpers/source-map';
import { validI18n, validManifest, VALID_SCRIPT } from '../../../helpers/widget-fixture';
import { runRule, widgetScript } from './run-rule';

function widget(locales: string[], files: Record<string, string>, platform: PlatformId = 'amocrm') {
  const manifest = validManifest(platform);
  (manifest.widget as Record<string, unknown>).locale = locales;
  const all: Record<string, string | object> = { 'manifest.json': manifest, 'script.js': VALID_SCRIPT, ...files };
  for (const locale of locales) all[`i18n/${locale}.json`] = validI18n(locale);
  return all;
}

const run = (locales: string[], files: Record<string, string>, platform: PlatformId = 'amocrm') =>
  runRule(untranslatedTextRule, widget(locales, files, platform), { platform });

/** A settings panel whose labels and messages are English strings in the code. */
const ENGLISH_PANEL = widgetScript(
  [
    '    this.renderSettings = function () {', // 4
    "      var $box = $('.acme-settings');", // 5
    "      $box.find('.acme-settings__title').text('Connection settings');", // 6
    "      $box.append('<button class=\"acme-settings__save\">Save settings</button>');",
    "      $box.find('input[name=\"token\"]').attr('placeholder', 'Enter your API token');",
    "      self.showError('Could not connect to the server');",
    "      APP.notifications.show_message({ header: 'Acme', text: 'Settings saved successfully' });",
    '    };',
  ].join('\n'),
);

/** A Kommo widget whose messages are Spanish (and one Portuguese) strings in the code. */
const SPANISH_MODAL = widgetScript(
  [
    '    this.confirmSend = function (ok) {', // 4
    '      new Modal({ class_name: "acme-modal", init: function ($body) {', // 5
    "        $body.html('<h2 class=\"acme-modal__title\">Configuración guardada</h2><p>Los cambios se aplicarán en unos minutos.</p>');",
    '      } });',
    "      self.showMessage(ok ? 'Datos enviados correctamente' : 'No se pudo enviar el formulario');",
    "      $('.acme-status').text(`Configurações salvas às ${new Date().getHours()}h`);",
    '    };',
  ].join('\n'),
);

describe('code/untranslated-text: English, Spanish and Portuguese', () => {
  it('finds phrases whose words the source does not separate with a plain space: entities, no-break spaces, tabs, template tags', () => {
    const script = widgetScript(
      [
        "    $('.acme-a').text('Save&nbsp;settings');", // 4
        "    $('.acme-b').text('Connection\\u00a0settings');",
        "    $('.acme-c').html('Could\\tnot{{ sep }}connect');",
        "    $('.acme-d').html('Settings<!-- x -->saved');",
        "    $('.acme-e').text('Save_settings'); $('.acme-f').text('acme-settings');",
      ].join('\n'),
    );
    const findings = run(['ru'], { 'script.js': script });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4 });
    expect(findings[0].message).toBe(
      '4 English texts written into the code ("Save settings", "Connection settings", …), but the widget is offered in ru',
    );
  });

  it('reports English UI strings in a ru+en widget once per file, with the count and the first texts', () => {
    const findings = run(['ru', 'en'], { 'script.js': ENGLISH_PANEL });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'code/untranslated-text', severity: 'warning', file: 'script.js', line: 6 });
    expect(findings[0].message).toBe(
      '5 English texts written into the code ("Connection settings", "Save settings", …), but the widget is also offered in ru',
    );
    expect(findings[0].messageRu).toBe(
      'В коде 5 английских текстов ("Connection settings", "Save settings", …), но виджет доступен и в локали ru',
    );
    expect(said(findings[0], 'ru')).toContain('Пользователи локали ru увидят здесь текст на английском.');
    expect(said(findings[0])).toContain("Users of ru would read English here. Move the texts into i18n/<locale>.json for every locale and show them with self.i18n('group').key");
  });

  it('reports the same strings in a widget offered only in Russian, without "also"', () => {
    const findings = run(['ru'], { 'script.js': ENGLISH_PANEL });
    expect(findings.map((finding) => finding.message)).toEqual([
      '5 English texts written into the code ("Connection settings", "Save settings", …), but the widget is offered in ru',
    ]);
  });

  it('finds texts on their way to the screen through DOM properties, element factories, dialogs and text variables', () => {
    const script = widgetScript(
      [
        "    this.show = function (root, React, toastr) {",
        "      root.querySelector('.acme-hint').textContent = 'Choose a field for the order number';",
        "      root.querySelector('.acme-help').title = 'Open the help page';",
        "      var node = React.createElement('p', { className: 'acme-note' }, 'No orders found for this client');",
        "      toastr.success('Order saved successfully');",
        "      var errorMessage = 'Could not load the orders';",
        "      $('<div/>', { text: 'Please wait while we connect' }).appendTo(root);",
        "      $('.acme-list').html(`<ul>${items.map((item) => `<li>${item.ok ? 'Sent to the client' : item.name}</li>`).join('')}</ul>`);",
        '      return [node, errorMessage];',
        '    };',
      ].join('\n'),
    );
    const findings = run(['ru'], { 'script.js': script });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^7 English texts written into the code \("Choose a field for the order number", "Open the help page", …\)/);
  });

  it('passes the same code in a widget offered only in English', () => {
    expect(run(['en'], { 'script.js': ENGLISH_PANEL })).toEqual([]);
  });

  it('reports Spanish and Portuguese strings in an en/es/pt Kommo widget, naming each language', () => {
    const findings = run(['en', 'es', 'pt'], { 'script.js': SPANISH_MODAL }, 'kommo');
    expect(findings).toHaveLength(1);
    expect(findings[0].line).toBe(6);
    expect(findings[0].message).toBe(
      '3 Spanish texts and a Portuguese text written into the code ("Configuración guardada", "Datos enviados correctamente", …), but the widget is also offered in en, es, pt',
    );
    expect(findings[0].messageRu).toContain('В коде 3 испанских текста и 1 португальский текст');
    expect(findings[0].messageRu).toContain('но виджет доступен и в локалях en, es, pt');
    expect(said(findings[0], 'ru')).toContain('Пользователи локалей en, es, pt увидят здесь текст на испанском и португальском.');
  });

  it('passes Spanish strings in a widget offered only in Spanish, and still names the Portuguese one there', () => {
    const findings = run(['es'], { 'script.js': SPANISH_MODAL }, 'kommo');
    expect(findings.map((finding) => finding.message)).toEqual([
      'a Portuguese text written into the code ("Configurações salvas às …h"), but the widget is offered in es',
    ]);
  });

  it('reports English text nodes, shown attributes and control texts of a twig template in a ru-only widget', () => {
    const template = [
      '{# Orders panel #}',
      '<div class="acme-panel">',
      '  <h3 class="acme-panel__title">{{ title }}</h3>',
      '  <p class="acme-panel__empty">There are no orders yet</p>',
      '  <input class="acme-panel__search" placeholder="Search by order number">',
      "  {% include 'button.twig' with { text: 'Open the order' } %}",
      '  <span class="acme-panel__brand">Google Sheets</span> <b>OK</b> <i>Email</i>',
      '</div>',
    ].join('\n');
    const findings = run(['ru'], { 'templates/panel.twig': template });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'templates/panel.twig', line: 4, column: 32 });
    expect(findings[0].message).toBe(
      '3 English texts in the markup ("There are no orders yet", "Search by order number", …), but the widget is offered in ru',
    );
    expect(said(findings[0])).toContain('keep a separate template per language');
  });

  it('passes templates for one language by their path and templates that choose by language', () => {
    const english = '<p class="acme-panel__empty">There are no orders yet</p>';
    const files = {
      'templates/en/panel.twig': english,
      'templates/panel_en.twig': english,
      'templates/panel.twig': `{% if lang == 'en' %}${english}{% else %}<p>Заказов пока нет</p>{% endif %}`,
    };
    expect(run(['ru', 'en'], files)).toEqual([]);
    const wrongFolder = run(['ru', 'en'], { 'templates/ru/panel.twig': english });
    expect(wrongFolder.map((finding) => finding.file)).toEqual(['templates/ru/panel.twig']);
  });

  it('passes inline translations: locale dictionaries, ternaries, if/else, switch and locale-named variables', () => {
    const script = widgetScript(
      [
        '    var lang = APP.lang_id;',
        "    var TEXTS = { en: { save: 'Save settings' }, es: { save: 'Guardar cambios' }, pt: { save: 'Salvar alterações' } };",
        "    var MESSAGES_EN = { hint: 'Choose the field for the order number' };",
        "    this.label = function () { $('.acme').text(lang === 'es' ? 'Guardar cambios' : 'Save settings'); };",
        "    this.toast = function () { self.showMessage(lang.indexOf('pt') === 0 ? 'Configurações salvas' : 'Settings saved successfully'); };",
        "    this.title = function () { if (lang === 'en') { $('.acme').text('Save settings'); } else { $('.acme').text(TEXTS[lang].save); } };",
        "    this.note = function () { switch (lang) { case 'es': self.showMessage('Cambios guardados'); break; default: self.showMessage('Changes saved'); } };",
        "    this.pair = function (isRu) { $('.acme').text(isRu ? 'Сохранить настройки' : 'Save settings'); };",
      ].join('\n'),
    );
    expect(run(['en', 'es', 'pt'], { 'script.js': script }, 'kommo')).toEqual([]);
  });

  it('still reports a text filed under the key of another language', () => {
    const script = widgetScript("    var TEXTS = { en: { save: 'Guardar cambios' }, es: { save: 'Guardar cambios' } };\n    $('.acme').text(TEXTS.en.save);");
    const findings = run(['en', 'es'], { 'script.js': script }, 'kommo');
    expect(findings.map((finding) => finding.message)).toEqual([
      'a Spanish text written into the code ("Guardar cambios"), but the widget is also offered in en',
    ]);
  });

  it('passes strings no user reads as text: console, comparisons, matching, selectors, URLs, CSS, errors and i18n keys', () => {
    const script = widgetScript(
      [
        '    this.sync = function (field, status, data) {',
        "      console.log('Settings saved successfully', data);",
        "      if (status === 'Payment received from the client') { return true; }",
        "      if (field.name.indexOf('Order number') !== -1) { return false; }",
        "      $('button:contains(\"Save settings\")').addClass('acme-hidden');",
        "      $.get('https://api.acme.example/v1/orders?status=new');",
        "      $('head').append('<style>.acme-panel { display: none; } .acme-panel__title { font-weight: bold; }</style>');",
        "      document.querySelector('.acme-panel').style.cssText = 'display: block; margin: 0 auto;';",
        "      $('.acme-count').text(data.count + ' of ' + data.total);",
        "      $('.acme-title').text(self.i18n('Save settings'));",
        "      $('.acme-hint').html(self.i18n('settings').save_hint);",
        "      $('.acme-save').text(self.i18n('settings').save || 'Save settings');",
        "      var hint = self.getMessage('Choose the field for the order number');",
        "      if (!data) throw new Error('Could not read the settings of the widget');",
        "      return new Promise(function (resolve, reject) { reject('Linked orders not found'); });",
        '    };',
      ].join('\n'),
    );
    expect(run(['ru', 'en'], { 'script.js': script })).toEqual([]);
  });

  it('passes single words, brand and product names, identifiers and filler left to code/test-leftover', () => {
    const script = widgetScript(
      [
        "    $('.acme-save').text('Save');",
        "    $('.acme-mail').attr('title', 'Email');",
        "    alert('OK');",
        "    $('.acme-brand').text('Google Sheets');",
        "    $('.acme-product').html('<b>Lead Data Calculator</b> by Acme');",
        "    $('.acme-api').text('WhatsApp Business API');",
        "    $('.acme-key').text('widget_settings_save api-token orderNumber');",
        "    $('.acme-caption').text('This is the caption');",
      ].join('\n'),
    );
    expect(run(['ru', 'en'], { 'script.js': script })).toEqual([]);
  });

  it('counts only the developer\'s texts in a webpack bundle, not the libraries its source map names', () => {
    const filler = 'var pad=[' + '1,'.repeat(300) + '1];';
    const line =
      `(()=>{var __webpack_modules__={1:(e)=>{${filler}e.exports=function(n){n.innerHTML="<p>Loading, please wait</p>"}},` +
      `2:(e,t,r)=>{${filler}e.exports=function(n){r(1)(n);$(n).text("Save settings")}}};})();`;
    const map = sourceMap(['webpack://w/./node_modules/spinner/index.js', 'webpack://w/./src/app.js'], [
      [0, 1],
      [line.indexOf('1:(e)'), 0],
      [line.indexOf('2:(e'), 1],
    ]);
    const files = { 'app.js': `${line}\n//# sourceMappingURL=app.js.map\n`, 'app.js.map': map };
    const findings = run(['ru', 'en'], files);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^an English text written into the code \("Save settings"\)/);
  });

  it('leaves English texts of a minified file that is not a bundle alone: its own code and libraries cannot be told apart', () => {
    const functions = Array.from({ length: 40 }, (_, i) => `function f${i}(a,b){return a.text("Loading, please wait")+b}`).join(';');
    const minified = `define([],function(){${functions};return{}});`;
    expect(minified.length).toBeGreaterThan(2000);
    expect(run(['ru', 'en'], { 'lib/ui.js': minified })).toEqual([]);
    const readable = widgetScript("    $('.acme').text('Loading, please wait');");
    expect(run(['ru', 'en'], { 'lib/ui.js': readable })).toHaveLength(1);
  });
});
