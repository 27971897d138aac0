import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';
import { defineRule, SOURCES } from '../../../shared/rules/rule';
import { snapshotFromFiles, validI18n, validImageInfo, validManifest, validWidgetFiles, VALID_SCRIPT, type FixtureFiles } from '../../helpers/widget-fixture';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const encoder = new TextEncoder();

function withBom(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  const out = new Uint8Array(BOM.length + bytes.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

/** A widget with many defects in manifest, texts, code, styles and images at once. */
function defectiveWidget(): WidgetSnapshot {
  const files = validWidgetFiles();
  const manifest = validManifest() as { widget: Record<string, unknown>; locations: unknown[]; tour: Record<string, unknown>; settings: Record<string, unknown> };
  manifest.widget.interface_version = 1;
  manifest.widget.locale = ['ru', 'en', 'en', 'de_DE'];
  manifest.widget.version = '1.2';
  manifest.widget.code = 'old_code';
  manifest.widget.support = { link: 'http://acme-widgets.io/support', email: 'not-an-email' };
  manifest.widget.is_showcase = true;
  manifest.locations = ['ccard-1', 'lcard-3', 'lcrad-1', ' settings', 'digital_pipeline', 'card_sdk', 'ccard-0'];
  manifest.tour.is_tour = false;
  manifest.tour.tour_images = { ru: ['/images/tour_1_ru.png'], en: [] };
  manifest.settings = { api_key: { name: 'API key', type: 'texts', required: 'true', placeholder: 'Qm7tV2xK9pLr4sNw8ZcY1bHd' }, login: { type: 'text' } };
  (manifest as Record<string, unknown>).sms = { endpoint: 'ftp://acme-widgets.io/sms' };
  const en = validI18n('en') as { widget: Record<string, string>; settings: Record<string, string> };
  en.widget.name = 'Deals to Telegram and WhatsApp for Acme Corporation';
  en.widget.short_description = 'Сделки в Telegram — lorem ipsum dolor sit amet, see https://acme.ru/help';
  en.widget.tour_description = '';
  en.settings = {};
  const ru = validI18n('ru') as { widget: Record<string, string> };
  ru.widget.description = 'Widget sends the alerts about the new deals to the chat of the team and the managers.';
  const script =
    VALID_SCRIPT.replace('return true;\n      },\n      init', 'return false;\n      },\n      init').replace(
      'var self = this;',
      'var self = this;\n    console.log("x");\n    debugger;\n    alert("Сохранено");\n    eval("1 + 1");\n    APP.data = {};\n    leaked = 1;\n    var xhr = new XMLHttpRequest();\n    xhr.open("GET", "/a", false);\n    $.ajax({ url: "/b", async: false });\n    require(["http://cdn.example.org/lib.js"]);\n    var s = document.createElement("script");\n    self.renderMissing();',
    ) + '\n// var a = AMOCRM.constant("account").id;\n// var b = self.get_settings();\n';
  return snapshotFromFiles(
    {
      ...files,
      'manifest.json': manifest,
      'i18n/en.json': en,
      'i18n/ru.json': ru,
      'i18n/es.json': validI18n('es'),
      'script.js': withBom(script),
      'style.css': 'body { color: red; }\r\n.card-holder { margin: 0; }\r\n.switcher__on { color: blue; }\r\n@import url("https://fonts.example.org/a.css");\r\n:root { --accent: red; }\r\n',
      'templates/card.twig': '<div>Отправить сделку</div>',
      '.DS_Store': 'junk',
      'node_modules/a/index.js': 'x',
      'node_modules/b/index.js': 'y',
      'images/extra.png': new Uint8Array(400_000),
    },
    {
      images: {
        ...validImageInfo(),
        'images/logo_main.png': { format: 'png', width: 400, height: 300, bytes: 1000 },
        'images/logo.png': { format: 'jpeg', width: 130, height: 100, bytes: 1000 },
        'images/tour_1_ru.png': { format: 'png', width: 1000, height: 600, bytes: 2000 },
        'images/extra.png': { format: 'png', width: 10, height: 10, bytes: 400_000 },
        'images/logo_small.png': { format: null, width: null, height: null, bytes: 1000, error: 'the file is empty' },
      },
    },
  );
}

function brokenJsonWidget(): WidgetSnapshot {
  const files = validWidgetFiles();
  return snapshotFromFiles(
    {
      ...files,
      'manifest.json': '{\n  "widget": { "name": "widget.name", },\n  "widget": {}\n}\n',
      'i18n/en.json': '{ "widget": { "name": "A" "b": 1 }, "widget": 2 }',
      'i18n/ru.json': '[1, 2]',
      'i18n/pt.json': validI18n('pt'),
      'script.js': 'define(function () { return { render: function () { return true; }, init: function () { return true; } ',
      'style.css': '.acme { color: red; \n// comment\n',
    },
    { images: validImageInfo() },
  );
}

function emptyNestedZip(): WidgetSnapshot {
  const snapshot = snapshotFromFiles(
    { 'src/manifest.json': validManifest(), 'src/Script.js': 'x', 'Manifest.json': '{}', 'lang/i18n/en.json': {} },
    { kind: 'zip', nestedRoot: 'widget' },
  );
  snapshot.unsafeEntries = [
    { name: '../evil.js', kind: 'parent', detail: '' },
    { name: 'a\\b.js', kind: 'backslash', detail: '' },
    { name: 'script.js', kind: 'duplicate', detail: '' },
    { name: 'link', kind: 'symlink', detail: '' },
    { name: 'secret.js', kind: 'encrypted', detail: '' },
  ];
  return snapshot;
}

function structureWidget(): WidgetSnapshot {
  const files: FixtureFiles = validWidgetFiles('kommo');
  const manifest = validManifest('kommo') as Record<string, unknown>;
  (manifest.widget as Record<string, unknown>).locale = [];
  manifest.dp = { settings: {} };
  delete manifest.tour;
  const en = validI18n('en') as Record<string, unknown>;
  en.extra = { a: 'A', b: 'B', c: { d: 'D' } };
  en.only = 'x';
  const es = validI18n('es') as Record<string, unknown>;
  es.only = { nested: 'y' };
  return snapshotFromFiles(
    {
      ...files,
      'manifest.json': manifest,
      'i18n/en.json': en,
      'i18n/es.json': es,
      'i18n/tr.json': validI18n('en'),
      'script.js': `export const x = 1;\n${'var a=1,b=2,c=3;'.repeat(400)}`,
    },
    { images: validImageInfo('kommo') },
  );
}

/** Type errors, dangling i18n keys, a long description, a partner mention, a legacy encoding, a stray console.trace. */
function typesAndTextsWidget(): WidgetSnapshot {
  const files = validWidgetFiles();
  const manifest = validManifest() as { widget: Record<string, unknown>; locations: unknown };
  manifest.widget.installation = 'true';
  manifest.widget.description = 'widget.missing_text';
  delete manifest.widget.short_description;
  manifest.widget.name = 'Deals to Telegram';
  manifest.locations = 'lcard-1';
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.tour_description = `Become an amoCRM Partner today. ${'Long text. '.repeat(60)}`;
  return snapshotFromFiles(
    {
      ...files,
      'manifest.json': manifest,
      'i18n/en.json': en,
      'script.js': VALID_SCRIPT.replace('return this;\n  };', 'console.trace("here");\n    return this;\n  };'),
      'style.css': new Uint8Array([0x2e, 0x61, 0x20, 0x7b, 0x20, 0x7d, 0x0a, 0x2f, 0x2a, 0x20, 0xcf, 0xf0, 0xe8, 0x20, 0x2a, 0x2f, 0x0a]),
    },
    { images: validImageInfo() },
  );
}

const FIXTURES: Array<[string, () => WidgetSnapshot]> = [
  ['types and texts', typesAndTextsWidget],
  ['many defects', defectiveWidget],
  ['broken JSON', brokenJsonWidget],
  ['empty nested zip', emptyNestedZip],
  ['structure and module code (Kommo)', structureWidget],
];

/** Values copied into a message: digit runs (lines, counts, sizes), `code` spans, and the finding's file. */
function interpolatedValues(finding: Finding): string[] {
  // "i18n" is a word, not a number: Russian says "языковой файл" there.
  const values = new Set<string>(finding.message.replace(/i18n/g, '').match(/\d+/g) ?? []);
  for (const code of finding.message.match(/`[^`]+`/g) ?? []) values.add(code);
  if (finding.file && finding.message.includes(finding.file)) values.add(finding.file);
  return [...values];
}

describe('Russian finding messages', () => {
  const all = FIXTURES.flatMap(([name, make]) => {
    const snapshot = make();
    return checkWidget(snapshot, { platform: name.includes('Kommo') ? 'kommo' : 'amocrm' }).findings.map((finding) => ({ name, finding }));
  });

  it('the fixtures reach most of the catalogue', () => {
    const reached = new Set(all.map(({ finding }) => finding.ruleId));
    // These need inputs a small fixture cannot hold (megabytes past a parse cap; words a recogniser read in an
    // image); their own tests check both languages.
    const needOwnInput = new Set(['file/parse-limit', 'image/foreign-text']);
    const missed = RULE_CATALOGUE.map((rule) => rule.id).filter((id) => !reached.has(id) && !needOwnInput.has(id));
    expect(missed.length, `rules with no finding: ${missed.join(', ')}`).toBeLessThanOrEqual(2);
    expect(all.length).toBeGreaterThan(80);
  });

  it('every finding has a Russian message in Cyrillic, unlike its English one', () => {
    for (const { name, finding } of all) {
      const label = `${name}: ${finding.ruleId}: ${finding.message}`;
      expect(finding.messageRu, label).toMatch(CYRILLIC);
      expect(finding.messageRu, label).not.toBe(finding.message);
    }
  });

  it('the Russian message keeps every line, count, size, path and command of the English one', () => {
    for (const { name, finding } of all) {
      for (const value of interpolatedValues(finding)) {
        expect(finding.messageRu, `${name}: ${finding.ruleId}: "${value}" is in\n${finding.message}\nbut not in\n${finding.messageRu}`).toContain(value);
      }
    }
  });

  it('a rule that crashes is reported in both languages', () => {
    const broken = defineRule({
      id: 'test/crash',
      defaultSeverity: 'error',
      summary: 's',
      summaryRu: 'с',
      docs: 'd',
      sources: [SOURCES.structure('x')],
      check() {
        throw new Error('boom');
      },
    });
    const [finding] = checkWidget(snapshotFromFiles(validWidgetFiles()), { rules: [broken] }).findings;
    expect(finding.message).toContain('"test/crash" could not run');
    expect(finding.messageRu).toContain('Проверка "test/crash" не смогла выполниться на этом виджете (boom)');
  });
});
