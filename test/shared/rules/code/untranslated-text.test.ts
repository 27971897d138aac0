import { describe, expect, it } from 'vitest';
import { untranslatedTextRule } from '../../../../shared/rules/code/untranslated-text';
import { validI18n, validManifest, VALID_SCRIPT as VALID_WIDGET_SCRIPT } from '../../../helpers/widget-fixture';
import { runRule, widgetScript } from './run-rule';
import { said } from '../../../helpers/finding-text';

/** A card panel built from hard-coded Russian labels, as widgets written for ru first often are. */
const PANEL = widgetScript(
  [
    '    this.renderPanel = function (order) {', // 4
    '      var html = \'<div class="acme-orders">\' +', // 5
    "        '<span class=\"acme-orders__title\">Заказы клиента</span>' +", // 6
    "        '<button class=\"acme-orders__open\">Открыть заказ № ' + order.id + '</button>' +",
    "        '</div>';",
    '      self.showHint(`Нажмите кнопку, чтобы открыть заказ`);',
    "      return { text: 'Сохранить' , html: html };",
    '    };',
  ].join('\n'),
);

/** Russian only where no user reads it: comments, console, and strings compared with CRM data. */
const DATA_ONLY = widgetScript(
  [
    '    // Ищем поле заказа по названию',
    '    this.findOrderField = function (fields) {',
    '      return fields.filter(function (field) {',
    "        var name = field.name.toLowerCase();",
    "        if (name === 'номер заказа') return true;",
    "        switch (field.code) { case 'ЗАКАЗ': return true; }",
    "        console.error('[acme] Поле не найдено', field.id);",
    "        return name.indexOf('заказ') !== -1 || /клиент/i.test(name) || { 'Сделка': 1 }[name] === 1;",
    '      });',
    '    };',
  ].join('\n'),
);

function widget(locales: string[], script: string) {
  const manifest = validManifest();
  (manifest.widget as Record<string, unknown>).locale = locales;
  const files: Record<string, string | object> = { 'manifest.json': manifest, 'script.js': script };
  for (const locale of locales) files[`i18n/${locale}.json`] = validI18n(locale);
  return files;
}

/** Widgets that translate in code, without i18n files: every Russian text sits in a Russian-only branch. */
const TRANSLATED_INLINE = widgetScript(
  [
    '    var lang = AMOCRM.lang_id;',
    "    var TEXTS = { ru: { save: 'Сохранить', title: 'Заказы клиента' }, en: { save: 'Save', title: 'Customer orders' } };",
    "    var LABELS = {}; LABELS.ru = { open: 'Открыть заказ' }; LABELS['en'] = { open: 'Open the order' };",
    "    this.label = function () { return lang === 'ru' ? 'Открыть заказ' : 'Open the order'; };",
    "    this.hint = function () { return lang.indexOf('en') === 0 ? `Open the order` : `Откройте заказ`; };",
    "    this.note = function () { if (lang === 'ru') { self.showHint('Заказ сохранён'); } else { self.showHint('Order saved'); } };",
    "    this.word = function () { switch (lang) { case 'ru': return 'Заказ'; default: return 'Order'; } };",
  ].join('\n'),
);

describe('code/untranslated-text', () => {
  it('reports hard-coded Russian UI texts once per file when the widget is offered in English too', () => {
    const findings = runRule(untranslatedTextRule, widget(['ru', 'en'], PANEL));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'code/untranslated-text', severity: 'warning', file: 'script.js', line: 6 });
    expect(findings[0].message).toContain('4 Russian texts');
    expect(findings[0].message).toContain('"Заказы клиента"');
    expect(findings[0].message).toContain('offered in en');
  });

  it('passes the same code in a widget offered only in Russian', () => {
    expect(runRule(untranslatedTextRule, widget(['ru'], PANEL))).toEqual([]);
  });

  it('passes Russian that no user reads: comments, console output and strings matched against data', () => {
    expect(runRule(untranslatedTextRule, widget(['ru', 'en'], DATA_ONLY))).toEqual([]);
  });

  it('passes texts the code already shows to Russian users only: locale dictionaries, ternaries, if and case on the language', () => {
    expect(runRule(untranslatedTextRule, widget(['ru', 'en'], TRANSLATED_INLINE))).toEqual([]);
  });

  it('still reports a Russian text outside those branches', () => {
    const mixed = TRANSLATED_INLINE.replace("this.word = function () {", "this.toast = function () { self.showHint('Готово'); };\n    this.word = function () {");
    const findings = runRule(untranslatedTextRule, widget(['ru', 'en'], mixed));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"Готово"');
  });

  it('reports Russian words in the markup of a template once, at the first one, and leaves comments alone', () => {
    const template = [
      '{# Карточка заказа: показывается в правой колонке #}',
      '<div class="acme-orders">',
      '  <!-- заголовок -->',
      '  <h3 class="acme-orders__title">{{ title }}</h3>',
      '  <button class="acme-orders__open">Открыть заказ</button>',
      '  <p class="acme-orders__empty">Заказов пока нет</p>',
      '</div>',
    ].join('\n');
    const files = { ...widget(['ru', 'en'], VALID_WIDGET_SCRIPT), 'templates/orders.twig': template };
    const findings = runRule(untranslatedTextRule, files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'templates/orders.twig', line: 5, column: 37 });
    expect(said(findings[0])).toContain('2 Russian texts in the markup ("Открыть заказ", "Заказов пока нет"), but the widget is also offered in en');
    expect(findings[0].line).toBe(5);
  });

  it('passes templates for Russian users only, templates that choose by language, and comment-only Russian', () => {
    const markup = '<button class="acme-orders__open">Открыть заказ</button>';
    const files = {
      ...widget(['ru', 'en'], VALID_WIDGET_SCRIPT),
      'templates/ru/orders.twig': markup,
      'templates/orders_ru.twig': markup,
      'templates/orders.twig': `{% if lang == 'ru' %}${markup}{% else %}<button class="acme-orders__open">Open the order</button>{% endif %}`,
      'templates/help.html': '<!-- Подсказка для менеджеров -->\n<p class="acme-help">{{ hint }}</p>',
    };
    expect(runRule(untranslatedTextRule, files)).toEqual([]);
    expect(runRule(untranslatedTextRule, { ...widget(['ru'], VALID_WIDGET_SCRIPT), 'templates/orders.twig': markup })).toEqual([]);
  });

  it('passes the valid widget on both platforms', () => {
    expect(runRule(untranslatedTextRule, {})).toEqual([]);
    expect(runRule(untranslatedTextRule, {}, { platform: 'kommo' })).toEqual([]);
  });
});
